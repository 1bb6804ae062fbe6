// Issue 8, item 9: text fields had no length limits (the 1 MB body cap bounds the whole body; these bound each field).
import { test } from "node:test";
import assert from "node:assert/strict";
import { standardRequestSchema } from "../requests/schema";
import { systemInputSchema } from "./schema";

const names = { nb: "n", nn: "n", en: "n" };
const system = { id: "991825827_x", vendor: { ID: "0192:991825827" }, name: names, description: names };

test("system and request fields have length limits", () => {
  assert.equal(systemInputSchema.safeParse(system).success, true);
  const tooLong: Record<string, unknown>[] = [
    { id: "9".repeat(256) },
    { name: { ...names, en: "x".repeat(2001) } },
    { clientId: ["c".repeat(256)] },
    { allowedRedirectUrls: [`https://a.no/${"x".repeat(2000)}`] },
    { clientId: Array.from({ length: 101 }, (_, i) => `c${i}`) },
    { rights: [{ action: "a".repeat(256), resource: [{ id: "urn:altinn:resource", value: "r" }] }] },
  ];
  for (const extra of tooLong) assert.equal(systemInputSchema.safeParse({ ...system, ...extra }).success, false, Object.keys(extra)[0]);

  const request = { systemId: "991825827_x", partyOrgNo: "310904473" };
  assert.equal(standardRequestSchema.safeParse(request).success, true);
  for (const extra of [{ externalRef: "e".repeat(256) }, { redirectUrl: `https://a.no/${"x".repeat(2000)}` }, { systemId: "s".repeat(256) }]) {
    assert.equal(standardRequestSchema.safeParse({ ...request, ...extra }).success, false, Object.keys(extra)[0]);
  }
});
