// GET /simulator/api/audit: the audit log's export (issue 11). The simulator's own endpoint (Altinn has
// no such API): who may read it (README, "The audit log"), the CSV and JSON shapes, the bounds.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { portalSession } from "../support/client-delegation";
import { expectProblem } from "../support/problems";
import { bearer, REQUESTS, RESOURCE, SMARTCLOUD } from "./vendor-fixtures";

const AUDIT = "/simulator/api/audit";
const PERSON = { lur: "23858510058", frisk: "30916610064", stadig: "15919110098", mus: "02877310097" } as const;
const ORG = { smartcloud: "991825827", konkurrent: "315000009", ape: "310904473" } as const;
const COLUMNS = "at,party,action,actor,actorName,subject,systemUserId,organisations,summary,details";

interface AuditJson {
  organisation: string;
  limit: number;
  count: number;
  truncated: boolean;
  events: { id: string; at: string; party: string; action: string; actor: string; actorName: string; subject: string; systemUserId: string | null; orgNos: string[]; summary: string; details: Record<string, unknown> }[];
}

/** A new request of SmartCloud's seeded system for TILFELDIG SUBTIL APE: one request.standard.created event. */
async function smartcloudRequest(request: APIRequestContext): Promise<string> {
  const res = await request.post(`${REQUESTS}/vendor`, {
    headers: await bearer(request),
    data: { systemId: "991825827_smartcloud", partyOrgNo: ORG.ape, externalRef: `audit-${randomUUID()}`, rights: [{ action: "read", resource: [{ id: "urn:altinn:resource", value: RESOURCE }] }] },
  });
  expect(res.status(), await res.text()).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

async function readJson(ctx: APIRequestContext, query = ""): Promise<AuditJson> {
  const res = await ctx.get(`${AUDIT}?format=json${query}`);
  expect(res.status(), await res.text()).toBe(200);
  return (await res.json()) as AuditJson;
}

/** RFC 4180 records (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = "";
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") record.push(field), (field = "");
    else if (c === "\r" && text[i + 1] === "\n") {
      record.push(field), records.push(record), (record = []), (field = ""), i++;
    } else field += c;
  }
  expect(quoted, "an unterminated quoted field").toBe(false);
  expect(field + record.join(""), "the last record ends with CRLF").toBe("");
  return records;
}

test("who may read: nobody without a session (401), nobody without a role area (403), before the query is even read", async ({ request }) => {
  await expectProblem(await request.get(`${AUDIT}?format=json`), 401, "SIM-00001");
  await expectProblem(await request.get(`${AUDIT}?format=xml`), 401, "SIM-00001");
  // SKEPTISK GRÅ MUS is an employee of APE without rights: no area, no log
  const mus = await portalSession(PERSON.mus, ORG.ape);
  await expectProblem(await mus.get(`${AUDIT}?format=json`), 403, "SIM-00002");
});

test("cross-tenant: another vendor reads none of SmartCloud's events, not even by naming its org or system user", async ({ request }) => {
  const id = await smartcloudRequest(request);
  const lur = await portalSession(PERSON.lur, ORG.smartcloud);
  const mine = await readJson(lur, `&systemUser=${id}`);
  expect(mine.organisation).toBe(ORG.smartcloud);
  expect(mine.events.map((e) => e.action)).toEqual(["request.standard.created"]);
  expect(mine.events[0]).toMatchObject({ party: "authentication", subject: id, systemUserId: id, orgNos: [ORG.ape, ORG.smartcloud] });
  // the customer sees the request made to it
  const stadig = await portalSession(PERSON.stadig, ORG.ape);
  expect((await readJson(stadig, `&systemUser=${id}`)).events.map((e) => e.action)).toEqual(["request.standard.created"]);

  const frisk = await portalSession(PERSON.frisk, ORG.konkurrent);
  for (const query of [`&systemUser=${id}`, `&org=${ORG.smartcloud}`, `&org=${ORG.ape}`, "&limit=5000"]) {
    const theirs = await readJson(frisk, query);
    expect(theirs.organisation).toBe(ORG.konkurrent);
    expect(theirs.events.filter((e) => e.subject === id || e.systemUserId === id)).toEqual([]);
    for (const e of theirs.events) expect(e.orgNos).toContain(ORG.konkurrent);
  }
  const csv = await frisk.get(`${AUDIT}?format=csv&limit=5000`);
  expect(await csv.text()).not.toContain(id);
});

test("JSON export: the answer's shape, newest first, and the filters", async ({ request }) => {
  const first = await smartcloudRequest(request);
  const second = await smartcloudRequest(request);
  const lur = await portalSession(PERSON.lur, ORG.smartcloud);
  const res = await lur.get(`${AUDIT}?format=json&party=authentication&limit=1`);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("application/json");
  expect(res.headers()["cache-control"]).toBe("no-store");
  expect(res.headers()["content-disposition"]).toMatch(/^attachment; filename="audit-991825827-[\dTZ-]+\.json"$/);
  const one = (await res.json()) as AuditJson;
  expect(Object.keys(one).sort()).toEqual(["count", "events", "limit", "organisation", "truncated"]);
  // more than one event matches: the bound is said
  expect(one).toMatchObject({ organisation: ORG.smartcloud, limit: 1, count: 1, truncated: true });
  const body = await readJson(lur, "&party=authentication&limit=5000");
  // newest first (other specs may write events meanwhile: only these two are compared)
  expect(body.events.map((e) => e.subject).filter((s) => s === first || s === second)).toEqual([second, first]);
  body.events = body.events.filter((e) => e.subject === second);
  expect(Object.keys(body.events[0]!).sort()).toEqual(["action", "actor", "actorName", "at", "details", "id", "orgNos", "party", "subject", "summary", "systemUserId"]);
  expect(body.events[0]).toMatchObject({ action: "request.standard.created", actor: `client:${SMARTCLOUD.clientId}`, details: { systemId: "991825827_smartcloud", partyOrgNo: ORG.ape } });

  // party: the token endpoint's events only
  const tokens = await readJson(lur, "&party=maskinporten&limit=50");
  expect(tokens.events.length).toBeGreaterThan(0);
  for (const e of tokens.events) expect(e.action).toMatch(/^(token|maskinporten|scope)\./);
  // time: nothing after the newest event; the window around it holds it
  const at = body.events[0]!.at;
  expect((await readJson(lur, `&systemUser=${second}&from=${encodeURIComponent(new Date(Date.parse(at) + 1000).toISOString())}`)).events).toEqual([]);
  expect((await readJson(lur, `&systemUser=${second}&from=${encodeURIComponent(at)}&to=${encodeURIComponent(at)}`)).events.map((e) => e.subject)).toEqual([second]);
  // organisation: APE is in the request's events, KONKURRENT is not
  expect((await readJson(lur, `&systemUser=${second}&org=${ORG.ape}`)).count).toBe(1);
  expect((await readJson(lur, `&systemUser=${second}&org=${ORG.konkurrent}`)).count).toBe(0);
});

test("CSV export: a header row and one well-formed record per event", async ({ request }) => {
  const id = await smartcloudRequest(request);
  const lur = await portalSession(PERSON.lur, ORG.smartcloud);
  const res = await lur.get(`${AUDIT}?format=csv&limit=20`);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(res.headers()["content-disposition"]).toMatch(/^attachment; filename="audit-991825827-[\dTZ-]+\.csv"$/);
  const records = parseCsv(await res.text());
  expect(records[0]!.join(",")).toBe(COLUMNS);
  for (const r of records) expect(r).toHaveLength(10);
  expect(records.length).toBeGreaterThan(1);
  const mine = parseCsv(await (await lur.get(`${AUDIT}?format=csv&systemUser=${id}`)).text());
  expect(mine).toHaveLength(2);
  const row = mine[1]!;
  expect(row[5]).toBe(id);
  expect(row.slice(1, 3)).toEqual(["authentication", "request.standard.created"]);
  expect(row[7]).toBe(`${ORG.ape} ${ORG.smartcloud}`);
  expect(JSON.parse(row[9]!)).toMatchObject({ systemId: "991825827_smartcloud", partyOrgNo: ORG.ape });
});

test("bad queries: every bad parameter in one 400 problem; the export is bounded to 5000 events", async () => {
  const lur = await portalSession(PERSON.lur, ORG.smartcloud);
  for (const [query, path] of [
    ["format=xml", "format"],
    ["party=vendor", "party"],
    ["org=99182582", "org"],
    ["systemUser=not-a-uuid", "systemUser"],
    ["from=yesterday", "from"],
    ["limit=5001", "limit"],
    ["limit=0", "limit"],
  ] as const) {
    const body = await expectProblem(await lur.get(`${AUDIT}?${query}`), 400, "SIM.VLD-00001");
    expect(body.validationErrors?.[0]?.paths).toEqual([path]);
  }
  const both = await expectProblem(await lur.get(`${AUDIT}?format=xml&limit=99999`), 400, "SIM.VLD-00001");
  expect(both.validationErrors?.map((e) => e.paths[0])).toEqual(["format", "limit"]);
  expect((await readJson(lur, "&limit=5000")).limit).toBe(5000);
});
