// The control API (/simulator/api/...) against its own server (project "control"): reset with the portal
// running, each scenario's state seen through the real APIs, the clock, each fault as a real client sees it,
// and the audit row of every call.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { CONTROL_ENV } from "../test-env";
import { PERSONAS, simulatorKit } from "../kit";
import { controlAuditRows } from "./control-db";
import { DEMO_CLIENTS, JWT_BEARER, signGrant } from "../support/maskinporten";
import { decodeJwt } from "jose";

const sim = simulatorKit({ baseURL: CONTROL_ENV.PUBLIC_BASE_URL });
const SCOPE = {
  read: "altinn:authentication/systemuser.request.read",
  write: "altinn:authentication/systemregister.write",
  krav: "skatteetaten:kravogbetalinger",
  authorize: "altinn:authorization/authorize",
};
const APE = "310904473";
const KRAV = (orgNo: string) => `/skatteetaten/api/innkreving/kravogbetalinger/v1/krav/${orgNo}`;
const REQUEST = (id: string) => `/authentication/api/v1/systemuser/request/vendor/${id}`;
const READ_RIGHT = { action: "read", resource: [{ id: "urn:altinn:resource", value: "ske-krav-og-betalinger" }] };

async function vendorToken(scopes = [SCOPE.read, SCOPE.write]): Promise<string> {
  const t = await sim.token({ scopes });
  expect(t.status, JSON.stringify(t.body)).toBe(200);
  return t.accessToken!;
}
const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });
/** The firm's agent system users (an end-user API: an Altinn token of its client administrator). */
const AGENTS = "/authentication/api/v1/enduser/systemuser/agents?party=314250052";

async function personToken(request: APIRequestContext, pid: string): Promise<string> {
  const res = await request.get(`/simulator/api/token/person?pid=${pid}&scopes=altinn:clientdelegations.read`);
  expect(res.status()).toBe(200);
  return res.text();
}

async function sessionPid(request: APIRequestContext, state: string): Promise<string | undefined> {
  const { cookies } = JSON.parse(readFileSync(state, "utf8")) as { cookies: { name: string; value: string }[] };
  const cookie = cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  const res = await request.get("/api/auth/session", { headers: { cookie } });
  return ((await res.json()) as { pid?: string } | null)?.pid;
}

test.beforeEach(async () => {
  await sim.reset();
});

test("reset: back to the seed in well under a second with the portal running; sessions and tokens end", async ({ request }) => {
  const state = await sim.storageState(PERSONAS.accessManager);
  expect(await sessionPid(request, state)).toBe(PERSONAS.accessManager);
  const oldToken = await vendorToken();
  const s = await sim.scenario("pending-standard-request");
  expect((await request.get(REQUEST(s.requestId!), bearer(oldToken))).status()).toBe(200);
  const oldAltinn = await personToken(request, PERSONAS.clientAdministrator);
  expect((await request.get(AGENTS, bearer(oldAltinn))).status()).toBe(200);

  const started = Date.now();
  const res = await request.post("/simulator/api/reset");
  const elapsed = Date.now() - started;
  expect(res.status()).toBe(200);
  const body = (await res.json()) as { reset: boolean; tookMs: number };
  expect(body.reset).toBe(true);
  expect(body.tookMs).toBeLessThan(1000);
  expect(elapsed).toBeLessThan(2000);

  // The session cookie no longer names a live session; the old token's key is gone.
  expect(await sessionPid(request, state)).toBeUndefined();
  expect((await request.get(REQUEST(s.requestId!), bearer(oldToken))).status()).toBe(401);
  // An Altinn token (the end-user APIs') ends too: the Altinn issuer's key went with the reset.
  expect((await request.get(AGENTS, bearer(oldAltinn))).status()).toBe(401);
  expect((await request.get(AGENTS, bearer(await personToken(request, PERSONAS.clientAdministrator)))).status()).toBe(200);
  // The seed state: the scenario's request is gone, the seeded system is there.
  const fresh = await vendorToken();
  expect((await request.get(REQUEST(s.requestId!), bearer(fresh))).status()).toBe(404);
  const systems = (await (await request.get("/authentication/api/v1/systemregister/vendor", bearer(fresh))).json()) as { systemId: string }[];
  expect(systems.map((x) => x.systemId)).toEqual(["991825827_smartcloud", "991825827_smartcloud_klient"]);
});

test("npm run db:reset while the portal runs: resets in place, the portal keeps answering from the seed", async ({ request }) => {
  const s = await sim.scenario("approved-standard-system-user");
  // Issue 12 item 8: the old script moved the SQLite file away (SQLITE_READONLY_DBMOVED in the portal).
  execFileSync("npm", ["run", "db:reset"], { env: { ...process.env, DATABASE_URL: CONTROL_ENV.DATABASE_URL }, stdio: "pipe" });
  const token = await vendorToken();
  expect((await request.get(REQUEST(s.requestId!), bearer(token))).status()).toBe(404);
  const systems = await request.get("/authentication/api/v1/systemregister/vendor", bearer(token));
  expect(systems.status()).toBe(200);
  expect(((await systems.json()) as { systemId: string }[]).map((x) => x.systemId)).toEqual(["991825827_smartcloud", "991825827_smartcloud_klient"]);
  const t = await sim.token({ scopes: [SCOPE.krav], systemUser: { org: s.partyOrgNo, externalRef: s.externalRef } });
  expect(t.body.error).toBe("invalid_altinn_customer_configuration");
});

test("GET /simulator/api/scenarios lists the scenarios; an unknown one is 404, bad parameters 400", async ({ request }) => {
  const list = (await (await request.get("/simulator/api/scenarios")).json()) as { name: string }[];
  expect(list.map((s) => s.name)).toEqual([
    "pending-standard-request",
    "approved-standard-system-user",
    "rejected-request",
    "agent-system-user-with-clients",
    "system-user-deleted",
    "change-request-pending",
  ]);
  const unknown = await request.post("/simulator/api/scenarios/nope");
  expect(unknown.status()).toBe(404);
  expect(((await unknown.json()) as { code: string }).code).toBe("SIM-00001");
  expect((await request.post("/simulator/api/scenarios/pending-standard-request", { data: { org: "12" } })).status()).toBe(400);
  expect((await request.post("/simulator/api/scenarios/pending-standard-request", { data: { other: 1 } })).status()).toBe(400);
});

test("scenario pending-standard-request: a New request at its confirmUrl, with the externalRef asked for", async ({ request }) => {
  const s = await sim.scenario("pending-standard-request", { externalRef: "ref-pending" });
  expect(s).toMatchObject({ partyOrgNo: APE, externalRef: "ref-pending", status: "New", personas: { vendor: PERSONAS.vendor, accessManager: PERSONAS.accessManager } });
  const res = await request.get(REQUEST(s.requestId!), bearer(await vendorToken()));
  expect(res.status()).toBe(200);
  expect(await res.json()).toMatchObject({ id: s.requestId, status: "New", externalRef: "ref-pending", partyOrgNo: APE, confirmUrl: s.confirmUrl });
});

test("scenario parameters: another org is served by its own access manager; an org without one is refused", async ({ request }) => {
  const puma = "313351203"; // GENIERKLÆRT LEI PUMA, whose access manager in the cast is its daglig leder
  const s = await sim.scenario("approved-standard-system-user", { org: puma, externalRef: "ref-puma" });
  expect(s.partyOrgNo).toBe(puma);
  expect(s.personas.accessManager).not.toBe(PERSONAS.accessManager);
  const res = await request.get(REQUEST(s.requestId!), bearer(await vendorToken()));
  expect(await res.json()).toMatchObject({ status: "Accepted", partyOrgNo: puma, externalRef: "ref-puma" });
  const t = await sim.token({ scopes: [SCOPE.krav], systemUser: { org: puma, externalRef: "ref-puma" } });
  expect(t.status).toBe(200);
  // The same externalRef again: an approved one is Altinn's own AUTH-00004; a pending one would answer the
  // existing request (Altinn's 200), so the scenario refuses rather than promise a state it did not build.
  const approvedAgain = await request.post("/simulator/api/scenarios/approved-standard-system-user", { data: { org: puma, externalRef: "ref-puma" } });
  expect(approvedAgain.status()).toBe(400);
  expect(((await approvedAgain.json()) as { code: string }).code).toBe("AUTH-00004");
  await sim.scenario("rejected-request", { org: puma, externalRef: "ref-puma-2" });
  const pendingAgain = await request.post("/simulator/api/scenarios/pending-standard-request", { data: { org: puma, externalRef: "ref-puma-2" } });
  expect(pendingAgain.status()).toBe(409);
  expect(((await pendingAgain.json()) as { code: string }).code).toBe("SIM-00008");
  // Skatteetaten (974761076) has no access manager among the cast's people.
  const none = await request.post("/simulator/api/scenarios/pending-standard-request", { data: { org: "974761076" } });
  expect(none.status()).toBe(400);
  expect(((await none.json()) as { code: string }).code).toBe("SIM-00002");
});

test("scenario approved-standard-system-user: the vendor lists it and its token reaches Skatteetaten's API", async ({ request }) => {
  const s = await sim.scenario("approved-standard-system-user");
  expect((await (await request.get(REQUEST(s.requestId!), bearer(await vendorToken()))).json()).status).toBe("Accepted");
  const list = await request.get(`/authentication/api/v1/systemuser/vendor/bysystem/${s.systemId}`, bearer(await vendorToken()));
  expect(((await list.json()) as { data: { id: string }[] }).data.map((u) => u.id)).toContain(s.systemUserId);
  const t = await sim.token({ scopes: [SCOPE.krav], systemUser: { org: s.partyOrgNo, externalRef: s.externalRef } });
  expect(t.status).toBe(200);
  expect((await request.get(KRAV(s.partyOrgNo), bearer(t.accessToken!))).status()).toBe(200);
});

test("scenario rejected-request: the request reads Rejected", async ({ request }) => {
  const s = await sim.scenario("rejected-request");
  const res = await request.get(REQUEST(s.requestId!), bearer(await vendorToken()));
  expect(((await res.json()) as { status: string }).status).toBe("Rejected");
});

test("scenario agent-system-user-with-clients: the end-user API lists the delegated clients", async ({ request }) => {
  const s = await sim.scenario("agent-system-user-with-clients", { clients: ["310609544", "313872076"] });
  expect(s.personas.clientAdministrator).toBe(PERSONAS.clientAdministrator);
  const altinn = await personToken(request, PERSONAS.clientAdministrator);
  const res = await request.get(`/authentication/api/v1/enduser/systemuser/clients?agent=${s.systemUserId}`, bearer(altinn));
  expect(res.status()).toBe(200);
  const ids = ((await res.json()) as { data: { clientId: string }[] }).data.map((c) => c.clientId).sort();
  expect(ids).toEqual(s.clients!.map((c) => c.partyUuid).sort());
});

test("scenario system-user-deleted: its token request gets MP-303 and its request is gone", async ({ request }) => {
  const s = await sim.scenario("system-user-deleted");
  const t = await sim.token({ scopes: [SCOPE.krav], systemUser: { org: s.partyOrgNo, externalRef: s.externalRef } });
  expect(t.status).toBe(400);
  expect(t.body.error).toBe("invalid_altinn_customer_configuration");
  expect((await request.get(REQUEST(s.requestId!), bearer(await vendorToken()))).status()).toBe(404);
});

test("scenario change-request-pending: the vendor reads the New change request", async ({ request }) => {
  const s = await sim.scenario("change-request-pending");
  const res = await request.get(`/authentication/api/v1/systemuser/changerequest/vendor/${s.changeRequestId}`, bearer(await vendorToken()));
  expect(res.status()).toBe(200);
  expect(await res.json()).toMatchObject({ id: s.changeRequestId, status: "New", systemUserId: s.systemUserId, unwantedRights: [READ_RIGHT], confirmUrl: s.confirmUrl });
});

test("clock: 181 days on times the request out (RequestRepository: 180 days); DELETE returns to real time", async ({ request }) => {
  const s = await sim.scenario("pending-standard-request");
  const put = await request.put("/simulator/api/clock", { data: { offsetSeconds: 181 * 24 * 3600 } });
  expect(put.status()).toBe(200);
  expect(((await put.json()) as { offsetSeconds: number }).offsetSeconds).toBe(181 * 24 * 3600);
  // The vendor's token is signed on the portal's clock (the kit reads it), so it still works.
  expect(await (await request.get(REQUEST(s.requestId!), bearer(await vendorToken()))).json()).toMatchObject({ timedOut: true });
  expect((await request.delete("/simulator/api/clock")).status()).toBe(200);
  expect(await (await request.get(REQUEST(s.requestId!), bearer(await vendorToken()))).json()).toMatchObject({ timedOut: false, status: "New" });
  expect((await request.put("/simulator/api/clock", { data: { offsetSeconds: "soon" } })).status()).toBe(400);
  // A date instead of an offset; at most ten years away.
  const at = await request.put("/simulator/api/clock", { data: { now: "2030-06-01T12:00:00Z" } });
  expect(at.status()).toBe(200);
  expect(Math.abs(Date.parse(((await at.json()) as { now: string }).now) - Date.parse("2030-06-01T12:00:00Z"))).toBeLessThan(5000);
  const far = await request.put("/simulator/api/clock", { data: { now: "2099-01-01T00:00:00Z" } });
  expect(far.status()).toBe(400);
  expect(((await far.json()) as { code: string }).code).toBe("SIM-00007");
  expect(((await (await request.delete("/simulator/api/clock")).json()) as { offsetSeconds: number }).offsetSeconds).toBe(0);
});

test("clock: the grant's iat window and the issued token's iat/exp follow the portal's clock", async ({ request }) => {
  const DAY = 24 * 3600;
  await sim.clock.set(DAY);
  // A grant signed on real time is a day behind the portal: Maskinporten allows 10 s (grant-checks.ts).
  const realTime = await signGrant(DEMO_CLIENTS.smartcloud, { scopes: [SCOPE.read], claims: { aud: `${CONTROL_ENV.PUBLIC_BASE_URL}/maskinporten/` } });
  const refused = await request.post("/maskinporten/token", { form: { grant_type: JWT_BEARER, assertion: realTime } });
  expect(refused.status()).toBe(400);
  const body = (await refused.json()) as { error: string; error_description: string };
  expect(body.error).toBe("invalid_grant");
  expect(body.error_description).toMatch(/^MP-100: .*behind the server clock/);
  // One signed on the portal's clock (the kit reads it) is taken; the token's times are the portal's.
  const t = await sim.token({ scopes: [SCOPE.write] });
  expect(t.status).toBe(200);
  const claims = decodeJwt(t.accessToken!);
  const portalNow = Math.floor(Date.parse((await sim.clock.now()).now) / 1000);
  expect(Math.abs(claims.iat! - portalNow)).toBeLessThan(30);
  expect(claims.exp! - claims.iat!).toBe(120);
  expect(t.body.expires_in).toBe(120);
  // Altinn's APIs check the token's exp on the same clock.
  expect((await request.get("/authentication/api/v1/systemregister/vendor", bearer(t.accessToken!))).status()).toBe(200);
  await sim.clock.set(DAY + 121);
  const late = await request.get("/authentication/api/v1/systemregister/vendor", bearer(t.accessToken!));
  expect(late.status()).toBe(401);
  expect(late.headers()["www-authenticate"]).toContain("Bearer");
  await sim.clock.reset();
});

test("clock: a token expires when the clock passes its 120 s lifetime", async ({ request }) => {
  const s = await sim.scenario("approved-standard-system-user");
  const t = await sim.token({ scopes: [SCOPE.krav], systemUser: { org: s.partyOrgNo, externalRef: s.externalRef } });
  expect((await request.get(KRAV(s.partyOrgNo), bearer(t.accessToken!))).status()).toBe(200);
  await sim.clock.set(121);
  const res = await request.get(KRAV(s.partyOrgNo), bearer(t.accessToken!));
  expect(res.status()).toBe(401);
  expect(((await res.json()) as { kode: string }).kode).toBe("KOB-401");
  await sim.clock.reset();
});

test.describe("faults", () => {
  test.afterEach(async () => {
    await sim.clearFaults();
  });

  test("maskinporten-token-error: the next call is Maskinporten's 500 server_error, the one after works", async () => {
    await sim.armFault("maskinporten-token-error", { count: 1 });
    const failed = await sim.token({ scopes: [SCOPE.read] });
    expect(failed.status).toBe(500);
    expect(failed.body.error).toBe("server_error");
    expect(failed.headers.get("cache-control")).toBe("no-store");
    expect((await sim.token({ scopes: [SCOPE.read] })).status).toBe(200);
  });

  test("maskinporten-token-error with status 503: temporarily_unavailable with Retry-After until switched off", async () => {
    await sim.armFault("maskinporten-token-error", { status: 503, retryAfter: 7 });
    for (let i = 0; i < 2; i++) {
      const t = await sim.token({ scopes: [SCOPE.read] });
      expect(t.status).toBe(503);
      expect(t.body.error).toBe("temporarily_unavailable");
      expect(t.headers.get("retry-after")).toBe("7");
    }
    await sim.clearFaults("maskinporten-token-error");
    expect((await sim.token({ scopes: [SCOPE.read] })).status).toBe(200);
  });

  test("maskinporten-token-slow: the token comes after the delay", async () => {
    await sim.armFault("maskinporten-token-slow", { count: 1, delayMs: 1500 });
    const started = Date.now();
    expect((await sim.token({ scopes: [SCOPE.read] })).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1500);
  });

  test("maskinporten-mp303: a system-user grant gets MP-303, a plain grant is not affected", async () => {
    const s = await sim.scenario("approved-standard-system-user");
    await sim.armFault("maskinporten-mp303", { count: 1 });
    expect((await sim.token({ scopes: [SCOPE.read] })).status).toBe(200);
    const t = await sim.token({ scopes: [SCOPE.krav], systemUser: { org: s.partyOrgNo, externalRef: s.externalRef } });
    expect(t.status).toBe(400);
    expect(t.body.error).toBe("invalid_altinn_customer_configuration");
    expect(String(t.body.error_description)).toMatch(/^MP-303/);
    expect((await sim.token({ scopes: [SCOPE.krav], systemUser: { org: s.partyOrgNo, externalRef: s.externalRef } })).status).toBe(200);
  });

  test("maskinporten-jwks-unavailable: the JWKS answers 503 with Retry-After", async ({ request }) => {
    await sim.armFault("maskinporten-jwks-unavailable", { retryAfter: 5 });
    const res = await request.get("/maskinporten/jwk");
    expect(res.status()).toBe(503);
    expect(res.headers()["retry-after"]).toBe("5");
    await sim.clearFaults("maskinporten-jwks-unavailable");
    expect((await request.get("/maskinporten/jwk")).status()).toBe(200);
  });

  test("maskinporten-jwks-unavailable seen by an API that validates tokens: Skatteetaten's answers 502 until the keys can be fetched", async ({ request }) => {
    // After the reset (beforeEach) Skatteetaten's API holds no keys: it must fetch the JWKS over HTTP.
    const s = await sim.scenario("approved-standard-system-user");
    const t = await sim.token({ scopes: [SCOPE.krav], systemUser: { org: s.partyOrgNo, externalRef: s.externalRef } });
    expect(t.status).toBe(200);
    await sim.armFault("maskinporten-jwks-unavailable");
    const refused = await request.get(KRAV(s.partyOrgNo), bearer(t.accessToken!));
    expect(refused.status()).toBe(502);
    expect(((await refused.json()) as { kode: string }).kode).toBe("KOB-502");
    await sim.clearFaults("maskinporten-jwks-unavailable");
    expect((await request.get(KRAV(s.partyOrgNo), bearer(t.accessToken!))).status()).toBe(200);
  });

  test("pdp-indeterminate and pdp-notapplicable: the PDP's answer, and Skatteetaten's API refusing on it", async ({ request }) => {
    const s = await sim.scenario("approved-standard-system-user");
    const pdp = await sim.token({ client: "skatteetaten", scopes: [SCOPE.authorize] });
    const xacml = {
      Request: {
        AccessSubject: [{ Attribute: [{ AttributeId: "urn:altinn:systemuser:uuid", Value: s.systemUserId }] }],
        Action: [{ Attribute: [{ AttributeId: "urn:oasis:names:tc:xacml:1.0:action:action-id", Value: "read" }] }],
        Resource: [{ Attribute: [{ AttributeId: "urn:altinn:resource", Value: "ske-krav-og-betalinger" }, { AttributeId: "urn:altinn:organization:identifier-no", Value: s.partyOrgNo }] }],
      },
    };
    const decide = async () => (await (await request.post("/authorization/api/v1/authorize", { ...bearer(pdp.accessToken!), data: xacml })).json()) as { response: { decision: string; status: { statusCode: { value: string } } }[] };
    expect((await decide()).response[0]!.decision).toBe("Permit");
    await sim.armFault("pdp-indeterminate", { count: 1 });
    const ind = (await decide()).response[0]!;
    expect(ind.decision).toBe("Indeterminate");
    expect(ind.status.statusCode.value).toBe("urn:oasis:names:tc:xacml:1.0:status:processing-error");
    await sim.armFault("pdp-notapplicable", { count: 1 });
    expect((await decide()).response[0]!.decision).toBe("NotApplicable");
    // Skatteetaten's API as the PDP's client: NotApplicable is no Permit.
    const t = await sim.token({ scopes: [SCOPE.krav], systemUser: { org: s.partyOrgNo, externalRef: s.externalRef } });
    await sim.armFault("pdp-notapplicable", { count: 1 });
    const krav = await request.get(KRAV(s.partyOrgNo), bearer(t.accessToken!));
    expect(krav.status()).toBe(403);
    expect(((await krav.json()) as { kode: string }).kode).toBe("KOB-403-TILGANG");
    expect((await request.get(KRAV(s.partyOrgNo), bearer(t.accessToken!))).status()).toBe(200);
  });

  test("altinn-api-throttled: 429 with Retry-After for exactly `count` calls, even when they race", async ({ request }) => {
    const token = await vendorToken();
    await sim.armFault("altinn-api-throttled", { count: 3, retryAfter: 12 });
    const answers = await Promise.all(Array.from({ length: 8 }, () => request.get("/authentication/api/v1/systemregister/vendor", bearer(token))));
    const throttled = answers.filter((r) => r.status() === 429);
    expect(throttled).toHaveLength(3);
    expect(answers.filter((r) => r.status() === 200)).toHaveLength(5);
    expect(throttled[0]!.headers()["retry-after"]).toBe("12");
    expect(await throttled[0]!.json()).toEqual({ statusCode: 429, message: "Rate limit is exceeded. Try again in 12 seconds." });
    // Other APIs are outside the default path.
    await sim.armFault("altinn-api-throttled", { count: 1 });
    expect((await request.get("/resourceregistry/api/v1/resource/resourcelist")).status()).toBe(200);
  });

  test("altinn-api-unavailable: 503 with Retry-After on the path asked for", async ({ request }) => {
    const token = await vendorToken();
    await sim.armFault("altinn-api-unavailable", { count: 1, path: "/authentication/api/v1/systemregister/" });
    const res = await request.get("/authentication/api/v1/systemregister/vendor", bearer(token));
    expect(res.status()).toBe(503);
    expect(res.headers()["retry-after"]).toBe("30");
    expect((await request.get("/authentication/api/v1/systemregister/vendor", bearer(token))).status()).toBe(200);
  });

  test("the Altinn API faults reach every API under the path: the token exchange and the end-user client APIs", async ({ request }) => {
    const vendor = await vendorToken();
    await sim.armFault("altinn-api-throttled", { count: 1, retryAfter: 9 });
    const throttled = await request.get("/authentication/api/v1/exchange/maskinporten", bearer(vendor));
    expect(throttled.status()).toBe(429);
    expect(throttled.headers()["retry-after"]).toBe("9");
    expect((await request.get("/authentication/api/v1/exchange/maskinporten", bearer(vendor))).status()).toBe(200);
    const altinn = await personToken(request, PERSONAS.clientAdministrator);
    await sim.armFault("altinn-api-unavailable", { count: 1, path: "/authentication/api/v1/enduser/" });
    const unavailable = await request.get(AGENTS, bearer(altinn));
    expect(unavailable.status()).toBe(503);
    expect(unavailable.headers()["retry-after"]).toBe("30");
    expect((await request.get(AGENTS, bearer(altinn))).status()).toBe(200);
  });

  test("GET /simulator/api/faults documents every fault and lists the armed ones; bad input is refused", async ({ request }) => {
    await sim.armFault("pdp-indeterminate", { count: 2 });
    const body = (await (await request.get("/simulator/api/faults")).json()) as { available: { kind: string; answers: string }[]; armed: { kind: string; remaining: number }[] };
    expect(body.available.map((f) => f.kind)).toHaveLength(8);
    expect(body.armed).toEqual([expect.objectContaining({ kind: "pdp-indeterminate", remaining: 2 })]);
    expect((await request.put("/simulator/api/faults/nope")).status()).toBe(404);
    expect((await request.put("/simulator/api/faults/pdp-indeterminate", { data: { delayMs: 5 } })).status()).toBe(400);
    expect((await request.put("/simulator/api/faults/maskinporten-token-error", { data: { status: 418 } })).status()).toBe(400);
    expect((await request.put("/simulator/api/faults/maskinporten-token-error", { data: { count: 0 } })).status()).toBe(400);
    expect((await request.delete("/simulator/api/faults")).status()).toBe(204);
    expect(((await (await request.get("/simulator/api/faults")).json()) as { armed: unknown[] }).armed).toEqual([]);
  });
});

test("every control call leaves an audit row", async ({ request }) => {
  const before = (await controlAuditRows()).length;
  await request.post("/simulator/api/reset");
  await request.get("/simulator/api/scenarios");
  await request.get("/simulator/api/clock");
  await request.post("/simulator/api/scenarios/nope");
  await request.put("/simulator/api/faults/pdp-notapplicable", { data: { count: 1 } });
  await request.delete("/simulator/api/faults");
  const token = await personToken(request, PERSONAS.clientAdministrator);
  const rows = (await controlAuditRows()).slice(before);
  // Rows written in the same millisecond may come back in any order.
  expect(rows).toHaveLength(7);
  expect(rows.map((r) => [r.action, r.subject])).toEqual(
    expect.arrayContaining([
      ["simulator.reset", "/simulator/api/reset"],
      ["simulator.scenarios.list", "/simulator/api/scenarios"],
      ["simulator.clock.read", "/simulator/api/clock"],
      ["simulator.scenario", "/simulator/api/scenarios/nope"],
      ["simulator.fault.arm", "/simulator/api/faults/pdp-notapplicable"],
      ["simulator.faults.clear", "/simulator/api/faults"],
      ["simulator.token.person", "/simulator/api/token/person"],
    ]),
  );
  // Who a person token was issued for is recorded, the token itself never.
  const issued = rows.find((r) => r.action === "simulator.token.person")!;
  expect(issued.details).toMatchObject({ pid: PERSONAS.clientAdministrator, status: 200 });
  expect(JSON.stringify(issued.details)).not.toContain(token);
  expect(rows.find((r) => r.action === "simulator.scenario")!.details).toMatchObject({ status: 404, scenario: "nope" });
  expect(rows.find((r) => r.action === "simulator.reset")!.details).toMatchObject({ status: 200, tookMs: expect.any(Number) });
});
