// GET /simulator/api/exchanges: the recorded exchanges between the parties (the simulator's own API,
// issue 11). Every exchange of a flow carries the flow id the caller sent (x-simulator-flow); secrets
// are masked, tokens stored without signatures; the PDP's and MP-303's explanations are in the record,
// never in the answers of the PDP or the token endpoint.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { ORGS, SCOPES, SEED_AGENT_SYSTEM_ID, SEED_SYSTEM_ID } from "../../prisma/cast";
import { DRESS_MINST, ENDUSER_API, REGNSKAP_MED, SAME_ORIGIN, approveInBrowser, clientUuid, portalSession } from "../support/client-delegation";
import { DEMO_CLIENTS, TOKEN_PATH, JWT_BEARER, signGrant, getToken, type DemoClient, type SystemUserGrant } from "../support/maskinporten";
import { PDP_API, RR_API, authorizeToken, bearer, createApeSystemUser, putPolicy, resourceBody, resourceWriteToken, uniqueId, xacml } from "../support/service-owner";

const API = "/simulator/api/exchanges";
const flowHeaders = (flow: string) => ({ "x-simulator-flow": flow });

interface Exchange {
  seq: number;
  flowId: string;
  from: string;
  to: string;
  method: string;
  url: string;
  status: number;
  systemUserId: string | null;
  orgNos: string[];
  request: { headers: Record<string, string>; body: unknown };
  response: { headers: Record<string, string>; body: unknown };
  jwts: { where: string; header: Record<string, unknown>; payload: Record<string, unknown> }[];
  notes: Record<string, unknown>;
}

async function exchanges(request: APIRequestContext, query: string): Promise<{ exchanges: Exchange[]; latest: number }> {
  const res = await request.get(`${API}?${query}`);
  expect(res.status(), await res.text()).toBe(200);
  expect(res.headers()["cache-control"]).toBe("no-store");
  return (await res.json()) as { exchanges: Exchange[]; latest: number };
}

test("MP-303: the token request and Maskinporten's lookup are one flow; the lookup says which condition failed", async ({ request }) => {
  // lib/maskinporten/systemuser-lookup.ts; the lookup is SystemUserController.CheckIfPartyHasIntegration
  const flow = randomUUID();
  const assertion = await signGrant(DEMO_CLIENTS.smartcloud, { scopes: [SCOPES.kravOgBetalinger], systemUser: { orgNo: ORGS.ape.orgNo, externalRef: "no-such-ref" } });
  const res = await request.post(TOKEN_PATH, { form: { grant_type: JWT_BEARER, assertion }, headers: flowHeaders(flow) });
  expect(res.status()).toBe(400);
  const answer = (await res.json()) as { error: string; error_description: string };
  expect(answer.error).toBe("invalid_altinn_customer_configuration");
  // the explanation is the simulator's own: never in the token endpoint's answer
  expect(answer.error_description).not.toContain("MP-303 because");

  const { exchanges: xs } = await exchanges(request, `flow=${flow}`);
  expect(xs.map((x) => `${x.from}->${x.to} ${x.method} ${x.status}`)).toEqual(["vendor->maskinporten POST 400", "maskinporten->authentication GET 404"]);
  const [token, lookup] = xs as [Exchange, Exchange];
  expect(token.seq).toBeGreaterThan(lookup.seq);
  const url = new URL(lookup.url);
  expect(url.pathname).toBe("/authentication/api/v1/systemuser/byExternalId");
  expect(Object.fromEntries(url.searchParams)).toEqual({
    clientId: DEMO_CLIENTS.smartcloud.clientId,
    systemProviderOrgNo: ORGS.smartcloud.orgNo,
    systemUserOwnerOrgNo: ORGS.ape.orgNo,
    externalRef: "no-such-ref",
  });
  const why = lookup.notes.lookup as { verdict: string; conditions: { condition: string; holds: boolean; compared: string }[] };
  expect(why.verdict).toMatch(/^MP-303 because /);
  expect(why.conditions[0]).toMatchObject({ holds: true });
  expect(why.conditions.at(-1)).toMatchObject({ holds: false });
  // the grant is shown decoded, never usable: its signature is cut off
  const form = token.request.body as Record<string, string>;
  expect(form.assertion).toMatch(/\.<signature removed>$/);
  expect(JSON.stringify(xs)).not.toContain(assertion.split(".")[2]!);
  expect(token.jwts.map((j) => j.where)).toEqual(["request body assertion"]);
  expect(token.jwts[0]!.payload.iss).toBe(DEMO_CLIENTS.smartcloud.clientId);
});

test("an issued access token is recorded without its signature, decoded, and filterable by organisation", async ({ request }) => {
  const flow = randomUUID();
  const assertion = await signGrant(DEMO_CLIENTS.skatteetaten, { scopes: [SCOPES.authorize] });
  const res = await request.post(TOKEN_PATH, { form: { grant_type: JWT_BEARER, assertion }, headers: flowHeaders(flow) });
  expect(res.status()).toBe(200);
  const { access_token } = (await res.json()) as { access_token: string };
  const { exchanges: xs } = await exchanges(request, `flow=${flow}`);
  expect(xs).toHaveLength(1);
  const body = xs[0]!.response.body as { access_token: string; token_type: string };
  expect(body.token_type).toBe("Bearer");
  expect(body.access_token).toBe(`${access_token.split(".").slice(0, 2).join(".")}.<signature removed>`);
  expect(JSON.stringify(xs)).not.toContain(access_token.split(".")[2]!);
  const issued = xs[0]!.jwts.find((j) => j.where === "response body access_token");
  expect(issued?.payload.scope).toBe(SCOPES.authorize);
  expect(xs[0]!.orgNos).toContain(ORGS.skatteetaten.orgNo);
  const byOrg = await exchanges(request, `flow=${flow}&org=${ORGS.skatteetaten.orgNo}`);
  expect(byOrg.exchanges).toHaveLength(1);
  expect((await exchanges(request, `flow=${flow}&org=${ORGS.ape.orgNo}`)).exchanges).toHaveLength(0);
});

test("a PDP decision carries its explanation in the record, never in the PDP's answer", async ({ request }) => {
  // lib/pdp/explain.ts over evaluate.ts; the answer is XacmlJsonResponseExternal (authorization-tmp DecisionController)
  const flow = randomUUID();
  const unknown = randomUUID();
  const res = await request.post(PDP_API, { headers: { ...bearer(await authorizeToken(request)), ...flowHeaders(flow) }, data: xacml(unknown, "read", ORGS.ape.orgNo) });
  expect(res.status()).toBe(200);
  const answer = (await res.json()) as { response: Record<string, unknown>[] };
  expect(Object.keys(answer)).toEqual(["response"]);
  expect(Object.keys(answer.response[0]!).sort()).toEqual(["associateAdvice", "category", "decision", "obligations", "policyIdentifierList", "status"]);
  expect(JSON.stringify(answer)).not.toContain("Missing link");

  const { exchanges: xs } = await exchanges(request, `flow=${flow}`);
  expect(xs).toHaveLength(1);
  expect(xs[0]).toMatchObject({ from: "vendor", to: "pdp", method: "POST", status: 200, systemUserId: unknown });
  const why = xs[0]!.notes.why as { decision: string; link: string; verdict: string }[];
  expect(why).toEqual([expect.objectContaining({ decision: "NotApplicable", link: "unknown-system-user" })]);
  expect(why[0]!.verdict).toBe("No system user with this id exists, so it has no delegations and no rule applies.");
  // the caller's Authorization header keeps the claims, not the signature
  expect(xs[0]!.request.headers.authorization).toMatch(/^Bearer eyJ[^.]+\.eyJ[^.]+\.<signature removed>$/);
  const bySystemUser = await exchanges(request, `systemUser=${unknown}`);
  expect(bySystemUser.exchanges.map((x) => x.flowId)).toEqual([flow]);
});

test("newest first; since= returns only newer exchanges; party= filters; limit= bounds the page", async ({ request }) => {
  const first = await exchanges(request, "limit=1");
  const before = first.latest;
  const flow = randomUUID();
  for (let i = 0; i < 3; i++) expect((await request.get("/maskinporten/jwk", { headers: flowHeaders(flow) })).status()).toBe(200);
  const newer = await exchanges(request, `since=${before}`);
  expect(newer.exchanges.filter((x) => x.flowId === flow)).toHaveLength(3);
  expect(newer.exchanges.every((x) => x.seq > before)).toBe(true);
  const seqs = newer.exchanges.map((x) => x.seq);
  expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
  expect(newer.latest).toBe(seqs[0]);
  expect((await exchanges(request, `since=${newer.latest}&flow=${flow}`)).exchanges).toHaveLength(0);
  const page = await exchanges(request, `flow=${flow}&limit=2`);
  expect(page.exchanges).toHaveLength(2);
  expect((await exchanges(request, `flow=${flow}&party=maskinporten`)).exchanges).toHaveLength(3);
  expect((await exchanges(request, `flow=${flow}&party=pdp`)).exchanges).toHaveLength(0);
});

test("a bad query is 400 with the reason, for each parameter", async ({ request }) => {
  for (const [query, field] of [
    ["since=abc", "since"],
    ["since=-1", "since"],
    ["party=nobody", "party"],
    ["limit=0", "limit"],
    ["limit=501", "limit"],
    ["org=12345", "org"],
    ["systemUser=not-a-uuid", "systemUser"],
    ["flow=short", "flow"],
  ] as const) {
    const res = await request.get(`${API}?${query}`);
    expect(res.status(), query).toBe(400);
    expect(res.headers()["content-type"]).toContain("application/problem+json");
    const body = (await res.json()) as { title: string; status: number; detail: string };
    expect(body).toMatchObject({ title: "Bad query", status: 400 });
    expect(body.detail.startsWith(`${field}:`), `${query}: ${body.detail}`).toBe(true);
  }
});

test("a call to Skatteetaten's API is one flow: the API asks the PDP in the caller's flow, naming itself", async ({ request, browser }) => {
  test.setTimeout(90_000);
  const su = await createApeSystemUser(request, browser);
  const token = await getToken(request, DEMO_CLIENTS.smartcloud, { scopes: [SCOPES.kravOgBetalinger], systemUser: { orgNo: ORGS.ape.orgNo, externalRef: su.externalRef } });
  const flow = randomUUID();
  const res = await request.get(`/skatteetaten/api/innkreving/kravogbetalinger/v1/krav/${ORGS.ape.orgNo}`, { headers: { ...bearer(token), ...flowHeaders(flow) } });
  expect(res.status(), await res.text()).toBe(200);
  const { exchanges: xs } = await exchanges(request, `flow=${flow}`);
  const call = xs.find((x) => x.to === "skatteetaten");
  const pdp = xs.find((x) => x.to === "pdp");
  expect(call).toMatchObject({ from: "vendor", method: "GET", status: 200, systemUserId: su.id });
  expect(pdp).toMatchObject({ from: "skatteetaten", method: "POST", status: 200, systemUserId: su.id });
  expect((pdp!.notes.why as { decision: string; verdict: string }[])[0]).toMatchObject({ decision: "Permit", verdict: expect.stringMatching(/^Permit: rule \d+ grants 'read' and the delegated right /) });
  // every exchange Skatteetaten made in turn (token, JWKS, PDP) names it as the caller
  expect(xs.filter((x) => x.to !== "skatteetaten").every((x) => x.from === "skatteetaten")).toBe(true);
  const labels = call!.jwts[0]!.payload;
  expect(JSON.stringify(labels)).toContain(su.id);
});

interface LookupWhy {
  verdict: string;
  conditions: { condition: string; holds: boolean; compared: string }[];
}

/** A grant Maskinporten refuses with MP-303, in a flow of its own: the recorded lookup's explanation. */
async function lookupMiss(request: APIRequestContext, client: DemoClient, scopes: string[], systemUser: SystemUserGrant): Promise<LookupWhy> {
  const flow = randomUUID();
  const assertion = await signGrant(client, { scopes, systemUser });
  const res = await request.post(TOKEN_PATH, { form: { grant_type: JWT_BEARER, assertion }, headers: flowHeaders(flow) });
  expect(res.status(), await res.text()).toBe(400);
  expect(((await res.json()) as { error: string }).error).toBe("invalid_altinn_customer_configuration");
  const { exchanges: xs } = await exchanges(request, `flow=${flow}`);
  const lookup = xs.find((x) => x.to === "authentication");
  expect(lookup).toMatchObject({ from: "maskinporten", method: "GET", status: 404 });
  return lookup!.notes.lookup as LookupWhy;
}

// lib/maskinporten/systemuser-lookup.ts explainLookupMiss, one condition of SystemUserController
// .CheckIfPartyHasIntegration (SystemUserRepository.CheckIfPartyHasIntegration's WHERE) at a time.
test("MP-303: a client id on no system, and a request not yet approved, are named with the values compared", async ({ request }) => {
  // Skatteetaten's own client is on no system of the System Register
  const noSystem = await lookupMiss(request, DEMO_CLIENTS.skatteetaten, [SCOPES.authorize], { orgNo: ORGS.ape.orgNo });
  expect(noSystem.verdict).toBe(`MP-303 because client id ${DEMO_CLIENTS.skatteetaten.clientId} is not on a live system of ${ORGS.skatteetaten.orgNo}.`);
  expect(noSystem.conditions).toEqual([
    { condition: "The client id is on a live system of the client's organisation in the System Register", holds: false, compared: `client id ${DEMO_CLIENTS.skatteetaten.clientId} is on no system` },
  ]);

  // KONKURRENT's request, still New: no system user exists yet (KONKURRENT can own none of this system:
  // its access manager lacks the right, approval.spec.ts)
  const externalRef = `pending-${randomUUID()}`;
  const created = await request.post("/authentication/api/v1/systemuser/request/vendor", {
    headers: bearer(await getToken(request, DEMO_CLIENTS.smartcloud, { scopes: [SCOPES.requestWrite] })),
    data: { systemId: SEED_SYSTEM_ID, partyOrgNo: ORGS.konkurrent.orgNo, externalRef, rights: [{ action: "read", resource: [{ id: "urn:altinn:resource", value: "ske-krav-og-betalinger" }] }] },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  const pending = await lookupMiss(request, DEMO_CLIENTS.smartcloud, [SCOPES.kravOgBetalinger], { orgNo: ORGS.konkurrent.orgNo, externalRef });
  expect(pending.verdict).toBe(`MP-303 because ${ORGS.konkurrent.orgNo}'s request ${id} is New, not approved: no system user exists yet.`);
  expect(pending.conditions.map((c) => c.holds)).toEqual([true, false]);
  expect(pending.conditions[0]!.compared).toBe(
    `client id ${DEMO_CLIENTS.smartcloud.clientId} is on system ${SEED_SYSTEM_ID} (vendor ${ORGS.smartcloud.orgNo}); the client belongs to ${ORGS.smartcloud.orgNo}`,
  );
  expect(pending.conditions[1]!.compared).toBe(`${ORGS.konkurrent.orgNo} owns no system user of ${SEED_SYSTEM_ID}; its latest request ${id} (externalRef '${externalRef}') is New`);
});

test("MP-303: an agent's client named as systemuser_org instead of the facilitator says so", async ({ request, browser }) => {
  test.setTimeout(120_000);
  const { tiger, veik } = ORGS;
  // an agent system user of SmartCloud Klient for the firm, with VEIK as its client
  const created = await request.post("/authentication/api/v1/systemuser/request/vendor/agent", {
    headers: bearer(await getToken(request, DEMO_CLIENTS.smartcloud, { scopes: [SCOPES.requestWrite] })),
    data: { systemId: SEED_AGENT_SYSTEM_ID, partyOrgNo: tiger.orgNo, externalRef: `agent-${randomUUID()}`, accessPackages: [{ urn: REGNSKAP_MED }] },
  });
  expect(created.status(), await created.text()).toBe(201);
  const agent = (await created.json()) as { id: string; confirmUrl: string };
  await approveInBrowser(browser, DRESS_MINST, agent.confirmUrl);
  const dress = await portalSession(DRESS_MINST, tiger.orgNo);
  expect((await dress.post(`${ENDUSER_API}/clients?agent=${agent.id}&client=${clientUuid(veik.orgNo)}`, { headers: SAME_ORIGIN })).status()).toBe(200);
  await dress.dispose();

  const why = await lookupMiss(request, DEMO_CLIENTS.smartcloudKlient, [SCOPES.kravOgBetalinger], { orgNo: veik.orgNo });
  expect(why.verdict).toBe(
    `MP-303 because the grant named the client ${veik.orgNo} instead of the facilitator ${tiger.orgNo}: an agent system user's token names the facilitator as systemuser_org.`,
  );
  expect(why.conditions.at(-1)).toMatchObject({ holds: false, compared: expect.stringMatching(new RegExp(`^${veik.orgNo} owns no system user of ${SEED_AGENT_SYSTEM_ID}; it is a client of agent system user [0-9a-f-]{36}, whose facilitator is ${tiger.orgNo}`)) });
});

// The resource's `delegable` flag: Altinn's approval refuses a right on it (AUTH-00001), so a system user
// can hold none; the PDP does not read the flag (lib/pdp/evaluate.ts), the explanation names it.
test("a PDP decision on a resource that is not delegable is explained as 'resource not delegable'", async ({ request, browser }) => {
  test.setTimeout(120_000);
  const resource = uniqueId("nodeleg");
  const rrToken = await resourceWriteToken(request);
  const res = await request.post(RR_API, { headers: bearer(rrToken), data: resourceBody(resource, { delegable: false }) });
  expect(res.status(), await res.text()).toBe(201);
  await putPolicy(request, rrToken, resource, [{ subjects: ["urn:altinn:rolecode:DAGL"], actions: ["read"] }]);
  const su = await createApeSystemUser(request, browser);

  const flow = randomUUID();
  const decided = await request.post(PDP_API, { headers: { ...bearer(await authorizeToken(request)), ...flowHeaders(flow) }, data: xacml(su.id, "read", ORGS.ape.orgNo, resource) });
  expect(decided.status()).toBe(200);
  const answer = (await decided.json()) as { response: { decision: string }[] };
  expect(answer.response[0]!.decision).toBe("NotApplicable");
  expect(JSON.stringify(answer)).not.toContain("not delegable");
  const { exchanges: xs } = await exchanges(request, `flow=${flow}`);
  const why = xs[0]!.notes.why as { decision: string; link: string; verdict: string }[];
  expect(why).toEqual([expect.objectContaining({ decision: "NotApplicable", link: "not-delegable" })]);
  expect(why[0]!.verdict).toBe(
    `Missing link: resource not delegable. ${resource} is not delegable, so no right to it can be delegated to a system user (the approval refuses it, AUTH-00001); only an access package its rules name could give 'read', and the system user holds none.`,
  );
});

test("the vendor's calls to Altinn's APIs (System Register, requests) are recorded, the token decoded", async ({ request }) => {
  const token = await getToken(request, DEMO_CLIENTS.smartcloud, { scopes: [SCOPES.systemregisterWrite, SCOPES.requestRead] });
  const flow = randomUUID();
  const system = await request.get(`/authentication/api/v1/systemregister/vendor/${SEED_SYSTEM_ID}`, { headers: { ...bearer(token), ...flowHeaders(flow) } });
  expect(system.status(), await system.text()).toBe(200);
  const requests = await request.get(`/authentication/api/v1/systemuser/request/vendor/bysystem/${SEED_SYSTEM_ID}`, { headers: { ...bearer(token), ...flowHeaders(flow) } });
  expect(requests.status(), await requests.text()).toBe(200);
  const { exchanges: xs } = await exchanges(request, `flow=${flow}`);
  expect(xs.map((x) => `${x.from}->${x.to} ${x.method} ${new URL(x.url).pathname} ${x.status}`)).toEqual([
    `vendor->authentication GET /authentication/api/v1/systemuser/request/vendor/bysystem/${SEED_SYSTEM_ID} 200`,
    `vendor->authentication GET /authentication/api/v1/systemregister/vendor/${SEED_SYSTEM_ID} 200`,
  ]);
  for (const x of xs) {
    expect(x.jwts[0]).toMatchObject({ where: "request Authorization", payload: { client_id: DEMO_CLIENTS.smartcloud.clientId, consumer: { ID: `0192:${ORGS.smartcloud.orgNo}` } } });
    expect(x.orgNos).toContain(ORGS.smartcloud.orgNo);
  }
  expect((xs[1]!.response.body as { id?: string; systemId?: string })).toMatchObject({ id: SEED_SYSTEM_ID });
});
