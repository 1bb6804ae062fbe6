import { test } from "node:test";
import assert from "node:assert/strict";
import { Problem } from "../problems/problem";
import { AUDIT_LIMIT_MAX, csvCell, parseAuditQuery, toCsv, CSV_COLUMNS } from "./query";
import type { AuditEntry } from "./entry";

const q = (s: string) => parseAuditQuery(new URLSearchParams(s));

test("a valid query: every filter, format and limit", () => {
  const r = q("format=csv&party=pdp&org=310904473&systemUser=0B5B7C1E-1111-4222-8333-444455556666&from=2026-12-03&to=2026-12-03T15:00&limit=5000");
  assert.equal(r.format, "csv");
  assert.equal(r.limit, 5000);
  assert.deepEqual(r.filter, {
    party: "pdp",
    orgNo: "310904473",
    systemUserId: "0b5b7c1e-1111-4222-8333-444455556666",
    from: new Date("2026-12-03T00:00:00Z"),
    to: new Date("2026-12-03T15:00:00Z"),
  });
  assert.equal(q("").format, "json");
});

test("every bad parameter is named in one 400 problem; the limit is bounded", () => {
  for (const [query, path] of [
    ["format=xml", "format"],
    ["party=vendor", "party"],
    ["org=12345678", "org"],
    ["systemUser=abc", "systemUser"],
    ["from=yesterday", "from"],
    ["from=2026-12-04&to=2026-12-03", "to"],
    ["limit=0", "limit"],
    [`limit=${AUDIT_LIMIT_MAX + 1}`, "limit"],
  ] as const) {
    assert.throws(
      () => q(query),
      (e: unknown) => e instanceof Problem && e.status === 400 && e.code === "STD-00000" && e.validationErrors?.[0]?.code === "SIM.VLD-00001" && e.validationErrors[0].paths[0] === path,
      query,
    );
  }
  assert.throws(() => q("format=xml&org=1"), (e: unknown) => e instanceof Problem && e.validationErrors?.length === 2);
});

test("CSV cells: RFC 4180 quoting, and no formula can reach a spreadsheet", () => {
  assert.equal(csvCell("plain"), "plain");
  assert.equal(csvCell('a "b", c'), '"a ""b"", c"');
  assert.equal(csvCell("two\nlines"), '"two\nlines"');
  assert.equal(csvCell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
  assert.equal(csvCell("@SUM(A1)"), "'@SUM(A1)");
});

test("the CSV has a header row and one line per event", () => {
  const e: AuditEntry = { id: "1", at: "2026-12-03T10:00:00.000Z", party: "pdp", action: "pdp.decision", actor: "client:c", actorName: "SKATTEETATEN", subject: "s", systemUserId: null, orgNos: ["1", "2"], summary: "Deny, no", details: { a: 1 } };
  const csv = toCsv([e]);
  assert.equal(csv, `${CSV_COLUMNS.join(",")}\r\n2026-12-03T10:00:00.000Z,pdp,pdp.decision,client:c,SKATTEETATEN,s,,1 2,"Deny, no","{""a"":1}"\r\n`);
});
