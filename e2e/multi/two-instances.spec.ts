// Two portal instances on one PostgreSQL database behave as one system (issue 14). Every case sends its
// steps to different instances (A = the test server, B = a second `next start` of the same build on the
// same database and public origin) and asserts only public HTTP behaviour, plus the audit rows.
// The single-instance forms of these rules are proven in e2e/api (requests.spec.ts: the triple under
// concurrency, RequestRepository.cs; maskinporten-token.spec.ts: the jti is single use).
import { expect, test, type APIRequestContext } from "@playwright/test";
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify, type JWK } from "jose";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { randomUUID } from "node:crypto";
import { ORGS, SCOPES, SEED_RESOURCE_ID, SEED_SYSTEM_ID } from "../../prisma/cast";
import { approvalForm, approveOver, postApproval, sessionCookie } from "../support/approve-http";
import { DRESS_MINST, ENDUSER_API, REGNSKAP_MED, SAME_ORIGIN, clientUuid, portalSession, registerAgentSystem } from "../support/client-delegation";
import { DEMO_CLIENTS, JWT_BEARER, MASKINPORTEN_ISSUER, TOKEN_PATH, getToken, signGrant } from "../support/maskinporten";
import { PDP_API, authorizeToken, bearer, xacml } from "../support/service-owner";
import { INSTANCE_B, TEST_ENV } from "../test-env";

const A = TEST_ENV.PUBLIC_BASE_URL;
const B = INSTANCE_B!;
/** Step i goes to A when even, to B when odd. */
const on = (i: number) => (i % 2 === 0 ? A : B);
const REQUESTS = "/authentication/api/v1/systemuser/request";
const KRAV = SCOPES.kravOgBetalinger;
const sc = DEMO_CLIENTS.smartcloud;

const vendorHeaders = async (request: APIRequestContext) =>
  bearer(await getToken(request, sc, { scopes: [SCOPES.systemregisterWrite, SCOPES.requestWrite, SCOPES.requestRead] }));

async function tokenFrom(request: APIRequestContext, origin: string, scopes: string[] = [KRAV], client = sc): Promise<string> {
  const res = await request.post(`${origin}${TOKEN_PATH}`, { form: { grant_type: JWT_BEARER, assertion: await signGrant(client, { scopes }) } });
  expect(res.status(), await res.text()).toBe(200);
  return ((await res.json()) as { access_token: string }).access_token;
}

/** A standard request of TIGER for SmartCloud's seeded system, created on `origin`. */
async function createRequest(request: APIRequestContext, origin: string, headers: Record<string, string>) {
  const res = await request.post(`${origin}${REQUESTS}/vendor`, {
    headers,
    data: { systemId: SEED_SYSTEM_ID, partyOrgNo: ORGS.tiger.orgNo, externalRef: `multi-${randomUUID()}`, rights: [{ action: "read", resource: [{ id: "urn:altinn:resource", value: SEED_RESOURCE_ID }] }] },
  });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()) as { id: string; confirmUrl: string };
}

// JtiCache in Digdir's Maskinporten is shared by every node; the simulator's is the database (a unique jti).
test("a grant's jti is spent on both: 30 parallel uses spread over A and B give exactly one token", async ({ request }) => {
  const assertion = await signGrant(sc, { scopes: [KRAV] });
  const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => request.post(`${on(i)}${TOKEN_PATH}`, { form: { grant_type: JWT_BEARER, assertion } })));
  expect(answers.map((a) => a.status()).sort()).toEqual([200, ...Array(29).fill(400)]);
  for (const a of answers.filter((x) => x.status() === 400)) expect(((await a.json()) as { error: string }).error).toBe("invalid_grant");
});

// RequestSystemUserService.ApproveAndCreateSystemUser: the request leaves New once, one system user.
test("30 parallel approvals of one request spread over A and B: exactly one system user", async ({ request }) => {
  const headers = await vendorHeaders(request);
  const created = await createRequest(request, A, headers);
  // an approval logs its person out, so each of the 30 has a session of its own (signed in on either instance)
  const cookies = await Promise.all(Array.from({ length: 30 }, (_, i) => sessionCookie(on(i + 1), DRESS_MINST, ORGS.tiger.orgNo)));
  const form = await approvalForm(B, cookies[0]!, created.confirmUrl);
  const answers = await Promise.all(cookies.map((cookie, i) => postApproval(on(i), form, cookie)));
  const statuses = answers.map((a) => a.status);
  // the one that took is sent on to the done page; the others see the page again, with AUTH-00013
  expect(statuses.filter((s) => s === 303), JSON.stringify(statuses)).toHaveLength(1);
  expect(statuses.filter((s) => s !== 303)).toEqual(Array(29).fill(200));
  expect(answers.find((a) => a.status === 303)!.headers.get("location")).toBe("/accessmanagement/ui/systemuser/done?status=accepted");
  for (const a of answers.filter((x) => x.status === 200)) expect(await a.text()).toContain("AUTH-00013");

  const byId = await request.get(`${B}${REQUESTS}/vendor/${created.id}`, { headers });
  expect(((await byId.json()) as { status: string }).status).toBe("Accepted");
  const list = await request.get(`${A}/authentication/api/v1/systemuser/vendor/bysystem/${SEED_SYSTEM_ID}`, { headers });
  expect(list.status()).toBe(200);
  const users = ((await list.json()) as { data: { id: string }[] }).data.filter((u) => u.id === created.id);
  expect(users).toHaveLength(1);
});

// RequestRepository.CreateRequest: one live request per (system, party, externalRef).
test("20 parallel creations of one request triple spread over A and B: one 201, the rest 200 with its id", async ({ request }) => {
  const headers = await vendorHeaders(request);
  const data = { systemId: SEED_SYSTEM_ID, partyOrgNo: ORGS.ape.orgNo, externalRef: `multi-${randomUUID()}`, rights: [{ resource: [{ id: "urn:altinn:resource", value: SEED_RESOURCE_ID }] }] };
  const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => request.post(`${on(i)}${REQUESTS}/vendor`, { headers, data })));
  expect(answers.map((a) => a.status()).sort()).toEqual([...Array(19).fill(200), 201]);
  const ids = new Set(await Promise.all(answers.map(async (a) => ((await a.json()) as { id: string }).id)));
  expect(ids.size).toBe(1);
});

test("a token issued by A validates through B's JWKS, and B's APIs accept it", async ({ request }) => {
  const token = await tokenFrom(request, A, [SCOPES.authorize], DEMO_CLIENTS.skatteetaten);
  const jwks = (await (await request.get(`${B}/maskinporten/jwk`)).json()) as { keys: JWK[] };
  const { payload } = await jwtVerify(token, createLocalJWKSet(jwks), { issuer: MASKINPORTEN_ISSUER });
  expect(payload.scope).toBe(SCOPES.authorize);
  const res = await request.post(`${B}${PDP_API}`, { headers: bearer(token), data: xacml(randomUUID(), "read", ORGS.ape.orgNo) });
  expect(res.status(), await res.text()).toBe(200);
});

// `npm run keys:rotate` is another process on the same database: both instances must sign with the new key
// and publish it from the moment the command returns (PostgreSQL NOTIFY, lib/key-changes.ts). Both keep
// signing while the command runs, so their cached key is fresh when it commits: a cache that only re-read
// the key id now and then would still sign with the old key just after. (Checked: with the notification
// ignored, lib/key-changes.ts, this test fails every time; while an instance listens it keeps its key until
// told, so only NOTIFY can make it pass.)
test("a key rotation is published by B and used by A and B at once", async ({ request }) => {
  const before = decodeProtectedHeader(await tokenFrom(request, A)).kid;
  expect(decodeProtectedHeader(await tokenFrom(request, B)).kid).toBe(before);
  let rotating = true;
  const busy = (async () => {
    while (rotating) await Promise.all([tokenFrom(request, A), tokenFrom(request, B)]);
  })();
  const { stdout } = await promisify(execFile)("npx", ["tsx", "lib/maskinporten/rotate-cli.ts"], { env: { ...process.env, DATABASE_URL: TEST_ENV.DATABASE_URL }, encoding: "utf8" });
  rotating = false;
  const kid = /New signing key: (\S+)\./.exec(stdout)?.[1];
  expect(kid).toBeTruthy();
  expect(kid).not.toBe(before);
  const published = ((await (await request.get(`${B}/maskinporten/jwk`)).json()) as { keys: JWK[] }).keys.map((k) => k.kid);
  expect(published).toEqual(expect.arrayContaining([kid, before]));
  for (let i = 0; i < 4; i++) expect(decodeProtectedHeader(await tokenFrom(request, on(i))).kid).toBe(kid);
  await busy;
});

// SystemUserClientDelegationController.RemoveClient on one node; the PDP of any node decides on the database.
// B answers Permit before the removal, so a cache of decisions or facts in B would answer Permit after it
// (checked: a 30 s cache of lib/pdp/load.ts's facts makes this test fail).
test("a client delegated on B and removed on A is denied by B's PDP at once", async ({ request }) => {
  const headers = await vendorHeaders(request);
  const systemId = await registerAgentSystem(request, [REGNSKAP_MED]);
  const res = await request.post(`${A}${REQUESTS}/vendor/agent`, {
    headers,
    data: { systemId, partyOrgNo: ORGS.tiger.orgNo, externalRef: `multi-${randomUUID()}`, accessPackages: [{ urn: REGNSKAP_MED }] },
  });
  expect(res.status(), await res.text()).toBe(201);
  const agent = (await res.json()) as { id: string; confirmUrl: string };
  const approved = await approveOver(B, DRESS_MINST, ORGS.tiger.orgNo, agent.confirmUrl);
  expect(approved.status).toBe(303);

  const dress = await portalSession(DRESS_MINST, ORGS.tiger.orgNo);
  const clients = `${ENDUSER_API}/clients?agent=${agent.id}&client=${clientUuid(ORGS.veik.orgNo)}`;
  const added = await dress.post(`${B}${clients}`, { headers: SAME_ORIGIN });
  expect(added.status(), await added.text()).toBe(200);
  const pdpToken = await authorizeToken(request);
  const decideOn = async (origin: string) => {
    const r = await request.post(`${origin}${PDP_API}`, { headers: bearer(pdpToken), data: xacml(agent.id, "read", ORGS.veik.orgNo) });
    expect(r.status(), await r.text()).toBe(200);
    return ((await r.json()) as { response: { decision: string }[] }).response[0]?.decision;
  };
  expect(await decideOn(A)).toBe("Permit");
  expect(await decideOn(B)).toBe("Permit");
  const removed = await dress.delete(`${A}${clients}`, { headers: SAME_ORIGIN });
  expect(removed.status(), await removed.text()).toBe(200);
  expect(await decideOn(B)).toBe("NotApplicable");
  await dress.dispose();
});

// The simulator's own record (its sequence view and audit log) is read from the database by whichever
// instance serves the reader: the calls served by A and by B are one record. Each instance writes its
// recorded exchanges in batches a moment later (lib/exchanges/recorder.ts), so the readers poll for them.
test("the sequence view and the audit log show the calls of both instances, read through either", async ({ request, browser }) => {
  const flow = randomUUID();
  // the sequence page on A, filtered to this flow, is open before any call is made: B's call must reach it live
  const page = await (await browser.newContext({ baseURL: A })).newPage();
  await page.goto(`/simulator/sequence?flow=${flow}`);
  await expect(page.getByTestId("sequence-view")).toBeVisible();
  await expect(page.getByTestId("arrow")).toHaveCount(0);

  const headers = { ...(await vendorHeaders(request)), "x-simulator-flow": flow };
  const onA = await createRequest(request, A, headers);
  const onB = await createRequest(request, B, headers);
  const created = [onA.id, onB.id].sort();

  for (const origin of [A, B]) {
    await expect
      .poll(async () => {
        const res = await request.get(`${origin}/simulator/api/exchanges?flow=${flow}`);
        expect(res.status()).toBe(200);
        const { exchanges } = (await res.json()) as { exchanges: { from: string; to: string; method: string; status: number; response: { body: { id?: string } } }[] };
        return exchanges.map((x) => `${x.from}->${x.to} ${x.method} ${x.status} ${x.response.body.id}`).sort();
      }, { message: `the exchanges read through ${origin}`, timeout: 5_000 })
      .toEqual(created.map((id) => `vendor->authentication POST 201 ${id}`));
  }
  const arrows = page.locator('[data-testid="arrow"][data-from="vendor"][data-to="authentication"][data-status="201"]');
  await expect(arrows).toHaveCount(2);
  await page.context().close();

  // GET /simulator/api/audit for SmartCloud's developer, through A and through B: both creations, once each
  const lur = await portalSession("23858510058", ORGS.smartcloud.orgNo);
  for (const origin of [A, B]) {
    for (const id of created) {
      const res = await lur.get(`${origin}/simulator/api/audit?format=json&systemUser=${id}`);
      expect(res.status(), await res.text()).toBe(200);
      const { events } = (await res.json()) as { events: { action: string; actor: string; subject: string }[] };
      expect(events).toEqual([expect.objectContaining({ action: "request.standard.created", actor: `client:${sc.clientId}`, subject: id })]);
    }
  }
  await lur.dispose();
});
