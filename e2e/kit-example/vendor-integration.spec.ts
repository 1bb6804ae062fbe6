// The test kit's example suite: how an outside team tests its Altinn integration against a running portal.
// It uses only the kit (e2e/kit) and public URLs, as the README's "Test kit" section shows.
import { expect, test } from "@playwright/test";
import { PERSONAS, simulatorKit, type SimulatorKit } from "../kit";

const KRAV_SCOPE = "skatteetaten:kravogbetalinger";
const krav = (orgNo: string) => `/skatteetaten/api/innkreving/kravogbetalinger/v1/krav/${orgNo}`;

let sim: SimulatorKit;

test.beforeAll(({}, testInfo) => {
  sim = simulatorKit({ baseURL: testInfo.project.use.baseURL });
});

test.beforeEach(async () => {
  await sim.reset();
  await sim.clock.reset();
  await sim.clearFaults();
});

/** The integration under test: a token request that retries once on a 5xx, honouring Retry-After. */
async function tokenWithRetry(org: string, externalRef: string) {
  let answer = await sim.token({ scopes: [KRAV_SCOPE], systemUser: { org, externalRef } });
  if (answer.status >= 500) answer = await sim.token({ scopes: [KRAV_SCOPE], systemUser: { org, externalRef } });
  return answer;
}

test("the customer approves our request in the portal, and our integration reads the claims", async ({ browser, request }) => {
  const s = await sim.scenario("pending-standard-request", { externalRef: "acme-1" });
  await sim.decide(browser, s.confirmUrl!, s.personas.accessManager, "approve");
  const token = await sim.token({ scopes: [KRAV_SCOPE], systemUser: { org: s.partyOrgNo, externalRef: "acme-1" } });
  expect(token.status).toBe(200);
  const res = await request.get(krav(s.partyOrgNo), { headers: { authorization: `Bearer ${token.accessToken}` } });
  expect(res.status()).toBe(200);
});

test("the customer rejects: no system user, the token request gets MP-303", async ({ browser }) => {
  const s = await sim.scenario("pending-standard-request", { externalRef: "acme-2" });
  await sim.decide(browser, s.confirmUrl!, s.personas.accessManager, "reject");
  const token = await sim.token({ scopes: [KRAV_SCOPE], systemUser: { org: s.partyOrgNo, externalRef: "acme-2" } });
  expect(token.status).toBe(400);
  expect(token.body.error).toBe("invalid_altinn_customer_configuration");
});

test("our integration survives one Maskinporten 5xx", async () => {
  const s = await sim.scenario("approved-standard-system-user", { externalRef: "acme-3" });
  await sim.armFault("maskinporten-token-error", { count: 1 });
  const token = await tokenWithRetry(s.partyOrgNo, "acme-3");
  expect(token.status).toBe(200);
});

test("a logged-in access manager sees the system user (storage state, no login page)", async ({ browser }) => {
  const s = await sim.scenario("approved-standard-system-user", { externalRef: "acme-4" });
  const context = await browser.newContext({ storageState: await sim.storageState(PERSONAS.accessManager, s.partyOrgNo) });
  const page = await context.newPage();
  await page.goto("/accessmanagement/ui/systemuser/overview");
  await expect(page.locator(`[data-testid="system-user"][data-id="${s.systemUserId}"]`)).toBeVisible();
  await context.close();
});

test("tokens expire when the portal's clock passes their lifetime", async ({ request }) => {
  const s = await sim.scenario("approved-standard-system-user", { externalRef: "acme-5" });
  const token = await sim.token({ scopes: [KRAV_SCOPE], systemUser: { org: s.partyOrgNo, externalRef: "acme-5" } });
  await sim.clock.set(3600);
  const res = await request.get(krav(s.partyOrgNo), { headers: { authorization: `Bearer ${token.accessToken}` } });
  expect(res.status()).toBe(401);
  await sim.clock.reset();
});

test("the grant our integration sent is among the exchanges the portal recorded", async () => {
  const s = await sim.scenario("approved-standard-system-user", { externalRef: "acme-6" });
  expect((await sim.token({ scopes: [KRAV_SCOPE], systemUser: { org: s.partyOrgNo, externalRef: "acme-6" } })).status).toBe(200);
  const exchanges = await sim.exchanges({ systemUser: s.systemUserId!, party: "maskinporten" });
  const token = exchanges.find((x) => x.method === "POST" && new URL(x.url).pathname === "/maskinporten/token");
  expect(token?.status).toBe(200);
  expect(token?.from).toBe("vendor");
  // The grant as Maskinporten received it, decoded: the system user asked for by org and externalRef.
  const grant = token?.jwts.find((j) => Array.isArray(j.payload.authorization_details));
  expect(grant?.payload.authorization_details).toEqual([
    { type: "urn:altinn:systemuser", systemuser_org: { authority: "iso6523-actorid-upis", ID: `0192:${s.partyOrgNo}` }, externalRef: "acme-6" },
  ]);
});

test("the customer approves our change request in the portal, and the system user loses the right", async ({ browser, request }) => {
  const s = await sim.scenario("change-request-pending", { externalRef: "acme-7" });
  await sim.decide(browser, s.confirmUrl!, s.personas.accessManager, "approve");
  const vendor = await sim.token({ scopes: ["altinn:authentication/systemuser.request.read"] });
  const res = await request.get(`/authentication/api/v1/systemuser/changerequest/vendor/${s.changeRequestId}`, { headers: { authorization: `Bearer ${vendor.accessToken}` } });
  expect(res.status()).toBe(200);
  expect(((await res.json()) as { status: string }).status).toBe("Accepted");
  // Without its read right, the system user's token reaches Skatteetaten's API no more.
  const token = await sim.token({ scopes: [KRAV_SCOPE], systemUser: { org: s.partyOrgNo, externalRef: "acme-7" } });
  expect(token.status).toBe(200);
  expect((await request.get(krav(s.partyOrgNo), { headers: { authorization: `Bearer ${token.accessToken}` } })).status()).toBe(403);
});
