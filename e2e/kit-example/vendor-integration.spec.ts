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

// Depends on GET /simulator/api/exchanges (the sequence view, built on another branch of issue 13).
test("[needs GET /simulator/api/exchanges] the token request is among the recorded exchanges", async () => {
  const s = await sim.scenario("approved-standard-system-user", { externalRef: "acme-6" });
  expect((await sim.token({ scopes: [KRAV_SCOPE], systemUser: { org: s.partyOrgNo, externalRef: "acme-6" } })).status).toBe(200);
  const exchanges = await sim.exchanges();
  expect(JSON.stringify(exchanges)).toContain("/maskinporten/token");
});
