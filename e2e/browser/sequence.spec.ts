// The sequence view (/simulator/sequence, issue 11): a console run, a CLI call and a PDP question about a
// removed client each show up as a flow of exchanges between the parties, with the simulator's "why".
import { expect, test, type Browser, type Page } from "@playwright/test";
import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { ORGS, SCOPES } from "../../prisma/cast";
import { ENDUSER_API, SAME_ORIGIN, clientUuid, createAgent, createStandardSystemUser, DRESS_MINST, portalSession } from "../support/client-delegation";
import { DEMO_CLIENTS, JWT_BEARER, TOKEN_PATH, signGrant } from "../support/maskinporten";
import { PDP_API, authorizeToken, bearer, createApeSystemUser, STADIG_KONSERT, xacml } from "../support/service-owner";
import { TEST_ENV } from "../test-env";
import { loginAs, screenshot } from "./helpers";
import { LUR_GRONN_REV } from "./maskinporten-fixtures";

const TIGER = ORGS.tiger.orgNo;
const VEIK = ORGS.veik.orgNo;

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: TEST_ENV.PUBLIC_BASE_URL, viewport: { width: 1280, height: 900 } });
  return context.newPage();
}

const arrow = (page: Page, from: string, to: string) => page.locator(`[data-testid="arrow"][data-from="${from}"][data-to="${to}"]`);

test("a console run: the PDP exchange and its explanation appear in the console and in the sequence view", async ({ browser, request }) => {
  test.setTimeout(120_000);
  const systemUserId = await createStandardSystemUser(request, browser);
  const page = await newPage(browser);
  await loginAs(page, LUR_GRONN_REV, { callbackUrl: "/vendor/console" });
  await page.getByLabel("System user", { exact: true }).selectOption(systemUserId);
  await page.getByLabel("Party: whose claims to read (organisation number)").fill(TIGER);
  await page.getByRole("button", { name: "Run as the vendor's machine" }).click();
  const result = page.getByTestId("console-result");
  await expect(result.getByTestId("step-3").getByTestId("step-status")).toHaveText(/^200 /);
  // lib/pdp/explain.ts: the rule and the right that gave the Permit
  const why = result.getByTestId("why-decision");
  await expect(why).toHaveAttribute("data-decision", "Permit");
  await expect(why.getByTestId("why-verdict")).toHaveText(/^Permit: rule \d+ grants 'read' and the delegated right ske-krav-og-betalinger\/read matched it\.$/);
  await expect(why).toContainText(`Standard system user ${systemUserId}, owned by ${TIGER}.`);

  await page.getByTestId("console-sequence-link").click();
  await page.waitForURL((u) => u.pathname === "/simulator/sequence" && u.searchParams.has("flow"));
  const flow = page.getByTestId("flow");
  await expect(flow).toHaveCount(1);
  await expect(arrow(page, "vendor", "maskinporten").first()).toBeVisible();
  await expect(arrow(page, "maskinporten", "authentication")).toHaveAttribute("data-status", "200");
  await expect(arrow(page, "vendor", "skatteetaten")).toHaveAttribute("data-status", "200");
  const pdp = arrow(page, "skatteetaten", "pdp");
  await expect(pdp).toHaveAttribute("data-status", "200");
  await expect(pdp).toHaveAccessibleName("POST /authorization/api/v1/authorize from Skatteetaten's API to Altinn PDP: 200");

  // keyboard: an arrow is a button
  await pdp.focus();
  await page.keyboard.press("Enter");
  const detail = page.getByTestId("exchange-detail");
  await expect(detail.getByTestId("why-decision")).toHaveAttribute("data-decision", "Permit");
  await expect(detail).toContainText("urn:altinn:systemuser:uuid");
  await screenshot(page, "sequence-view-pdp-why");

  // the API call's token, decoded with every claim labelled
  await arrow(page, "vendor", "skatteetaten").click();
  const claims = page.getByTestId("exchange-detail").getByTestId("exchange-jwt").first();
  await expect(claims).toContainText("request Authorization");
  const row = claims.getByRole("row").filter({ hasText: "authorization_details[0].systemuser_id[0]" });
  await expect(row).toContainText(systemUserId);
  await expect(row).toContainText("System user id: the UUID Altinn's PDP is asked about");
  await expect(claims.getByRole("row").filter({ hasText: "authorization_details[0].systemuser_org.ID" })).toContainText(`0192:${TIGER}`);
  const systemIdRow = claims.getByRole("row").filter({ hasText: "authorization_details[0].system_id" });
  await expect(systemIdRow).toContainText("991825827_smartcloud");
  await expect(systemIdRow).toContainText("System id in the System Register (<vendor org>_<name>)");
  const consumerRow = claims.getByRole("row").filter({ hasText: "consumer.ID" });
  await expect(consumerRow).toContainText("0192:991825827");
  await expect(consumerRow).toContainText("Consumer organisation (0192: Norwegian organisation number)");
  await expect(page.getByTestId("exchange-detail")).toContainText("<signature removed>");
  await screenshot(page, "sequence-view-token-claims");
  await page.context().close();
});

test("a CLI call appears in the sequence view, and its MP-303 says which condition failed", async ({ browser, request }) => {
  test.setTimeout(120_000);
  await createStandardSystemUser(request, browser); // TIGER has a system user of the seeded system, with another externalRef
  const cli = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) =>
    execFile(
      "npx",
      ["tsx", "lib/vendor-client/cli.ts", "call", "--json", "--base-url", TEST_ENV.PUBLIC_BASE_URL, "--systemuser-org", TIGER, "--external-ref", "not-this-one"],
      { timeout: 60_000 },
      (err, stdout, stderr) => resolve({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr }),
    ),
  );
  expect(cli.code, cli.stderr).toBe(1);
  const out = JSON.parse(cli.stdout) as { flowId: string; sequence: string };
  expect(out.sequence).toBe(`${TEST_ENV.PUBLIC_BASE_URL}/simulator/sequence?flow=${out.flowId}`);

  const page = await newPage(browser);
  await page.goto(`/simulator/sequence?flow=${out.flowId}`);
  await expect(arrow(page, "vendor", "maskinporten").last()).toHaveAttribute("data-status", "400");
  const lookup = arrow(page, "maskinporten", "authentication");
  await expect(lookup).toHaveAttribute("data-status", "404");
  await lookup.click();
  const why = page.getByTestId("exchange-detail").getByTestId("why-lookup");
  // lib/maskinporten/systemuser-lookup.ts explainLookupMiss
  await expect(why.getByTestId("why-verdict")).toHaveText(/^MP-303 because the externalRef differs: asked 'not-this-one', the system user has /);
  await expect(why).toContainText("fails: A system user of the owner has the externalRef asked for");
  await screenshot(page, "sequence-view-mp303");
  await page.context().close();
});

test("a removed client: the PDP's NotApplicable is explained as no delegation for this party", async ({ browser, request }) => {
  test.setTimeout(120_000);
  const agent = await createAgent(request, browser);
  const dress = await portalSession(DRESS_MINST, TIGER);
  const client = `agent=${agent.id}&client=${clientUuid(VEIK)}`;
  expect((await dress.post(`${ENDUSER_API}/clients?${client}`, { headers: SAME_ORIGIN })).status()).toBe(200);
  expect((await dress.delete(`${ENDUSER_API}/clients?${client}`, { headers: SAME_ORIGIN })).status()).toBe(200);
  await dress.dispose();

  // Skatteetaten's question about the removed client, as its API asks it
  const flow = randomUUID();
  const res = await request.post(PDP_API, { headers: { ...bearer(await authorizeToken(request)), "x-simulator-flow": flow, "x-simulator-caller": "skatteetaten" }, data: xacml(agent.id, "read", VEIK) });
  expect(res.status()).toBe(200);
  expect(((await res.json()) as { response: { decision: string }[] }).response[0]!.decision).toBe("NotApplicable");

  const page = await newPage(browser);
  await page.goto(`/simulator/sequence?systemUser=${agent.id}`);
  await arrow(page, "skatteetaten", "pdp").click();
  const why = page.getByTestId("exchange-detail").getByTestId("why-decision");
  await expect(why).toHaveAttribute("data-link", "no-delegation");
  await expect(why.getByTestId("why-verdict")).toHaveText(/^Missing link: no delegation for this party\. 310609544 is not a client of this agent system user/);
  await expect(why).toContainText("Client delegation: none for 310609544.");
  await screenshot(page, "sequence-view-no-delegation");

  // the people's lane: DRESS MINST's approval in the pages is an exchange from the browser (lib/audit.ts)
  const people = arrow(page, "browser", "authentication");
  await expect(people.first()).toBeVisible();
  const actions: string[] = [];
  for (const a of await people.all()) {
    await a.click();
    await expect(a).toHaveAttribute("aria-pressed", "true");
    actions.push((await page.getByTestId("exchange-detail").textContent()) ?? "");
  }
  expect(actions.some((t) => t.includes('"action": "systemuser.request.accepted"') && t.includes(`"partyOrgNo": "${TIGER}"`))).toBe(true);
  await page.context().close();
});

test("the view updates live, filters by party, and is reachable from the navigation", async ({ browser, request }) => {
  const page = await newPage(browser);
  await loginAs(page, LUR_GRONN_REV, { callbackUrl: "/vendor" });
  await page.getByTestId("nav-sequence").click();
  await page.waitForURL((u) => u.pathname === "/simulator/sequence");
  await page.locator("select[name=party]").selectOption("maskinporten"); // not getByLabel: arrows name URLs with "party="
  await page.getByRole("button", { name: "Filter" }).click();
  await page.waitForURL((u) => u.searchParams.get("party") === "maskinporten");
  const flow = randomUUID();
  await expect((await request.get("/maskinporten/jwk", { headers: { "x-simulator-flow": flow } })).status()).toBe(200);
  // polled every 2 s: the new flow appears without a reload
  await expect(page.locator(`[data-testid="flow"][data-flow="${flow}"]`)).toBeVisible({ timeout: 10_000 });
  await expect(page.getByText(/new exchanges?\./)).toBeVisible();
  // one round trip for every arrow (the view holds all of the run's Maskinporten exchanges)
  const ends = await page.getByTestId("arrow").evaluateAll((arrows) => arrows.map((a) => [a.getAttribute("data-from"), a.getAttribute("data-to")]));
  expect(ends.length).toBeGreaterThan(0);
  for (const pair of ends) expect(pair).toContain("maskinporten");
  await page.context().close();
});

// Every role area's navigation (app/_components/shell/site-header.tsx) links the view.
test("the view is reachable from every role area's navigation", async ({ browser }) => {
  test.setTimeout(120_000);
  const areas = [
    { pid: "11887910024", area: "serviceOwner", path: "/serviceowner" }, // RASK BLÅ ELG, Skatteetaten
    { pid: LUR_GRONN_REV, area: "vendor", path: "/vendor" },
    { pid: STADIG_KONSERT, area: "endUser", path: "/accessmanagement/ui/systemuser/overview" },
    { pid: DRESS_MINST, area: "clientAdmin", path: "/accessmanagement/ui/clientadministration" },
  ];
  for (const { pid, area, path } of areas) {
    const page = await newPage(browser);
    await loginAs(page, pid, { callbackUrl: path });
    await page.goto(path);
    const nav = page.getByRole("navigation", { name: "Role areas" });
    await expect(nav.getByTestId(`header-nav-${area}`), `${pid} on ${path}`).toBeVisible();
    await nav.getByRole("link", { name: "Sequence view" }).click();
    await page.waitForURL((u) => u.pathname === "/simulator/sequence");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sequence view: every exchange between the parties");
    await page.context().close();
  }
});

test("the filters by system user and organisation, and a flow's own link", async ({ browser, request }) => {
  // one PDP question about an unknown system user, one token of Skatteetaten's, one JWKS read: three flows
  const unknown = randomUUID();
  const pdpFlow = randomUUID();
  const authorize = await authorizeToken(request);
  expect((await request.post(PDP_API, { headers: { ...bearer(authorize), "x-simulator-flow": pdpFlow }, data: xacml(unknown, "read", ORGS.ape.orgNo) })).status()).toBe(200);
  const tokenFlow = randomUUID();
  const grant = await signGrant(DEMO_CLIENTS.skatteetaten, { scopes: [SCOPES.authorize] });
  expect((await request.post(TOKEN_PATH, { form: { grant_type: JWT_BEARER, assertion: grant }, headers: { "x-simulator-flow": tokenFlow } })).status()).toBe(200);
  const jwkFlow = randomUUID();
  expect((await request.get("/maskinporten/jwk", { headers: { "x-simulator-flow": jwkFlow } })).status()).toBe(200);
  const flowSection = (page: Page, id: string) => page.locator(`[data-testid="flow"][data-flow="${id}"]`);

  const page = await newPage(browser);
  await page.goto("/simulator/sequence");
  await expect(flowSection(page, jwkFlow)).toBeVisible();
  // by system user: the one flow that names it
  await page.getByLabel("System user id").fill(unknown);
  await page.getByRole("button", { name: "Filter" }).click();
  await page.waitForURL((u) => u.searchParams.get("systemUser") === unknown);
  await expect(page.getByTestId("flow")).toHaveCount(1);
  await expect(flowSection(page, pdpFlow)).toBeVisible();
  await expect(arrow(page, "vendor", "pdp")).toHaveCount(1);

  // by organisation: Skatteetaten's token names its organisation (consumer); the JWKS read names none
  await page.getByLabel("System user id").fill("");
  await page.getByLabel("Organisation number").fill(ORGS.skatteetaten.orgNo);
  await page.getByRole("button", { name: "Filter" }).click();
  await page.waitForURL((u) => u.searchParams.get("org") === ORGS.skatteetaten.orgNo && !u.searchParams.get("systemUser"));
  await expect(flowSection(page, tokenFlow)).toBeVisible();
  await expect(flowSection(page, jwkFlow)).toHaveCount(0);
  await screenshot(page, "sequence-view-filter-org");

  // a flow's deep link shows that flow alone
  await flowSection(page, tokenFlow).getByRole("link", { name: "Link to this flow" }).click();
  await page.waitForURL((u) => u.searchParams.get("flow") === tokenFlow);
  await expect(page.getByTestId("flow")).toHaveCount(1);
  await expect(page.getByText(`Showing one flow: ${tokenFlow}.`)).toBeVisible();
  await screenshot(page, "sequence-view-one-flow");
  // and back to every flow
  await page.getByRole("link", { name: "Show all flows" }).click();
  await page.waitForURL((u) => u.pathname === "/simulator/sequence" && !u.search);
  await expect(flowSection(page, jwkFlow)).toBeVisible();
  await expect(flowSection(page, pdpFlow)).toBeVisible();
  await page.context().close();
});

test("a system user deleted in the pages: the people's lane shows it, the next token's MP-303 says deleted, the audit log holds it", async ({ browser, request }) => {
  test.setTimeout(120_000);
  const su = await createApeSystemUser(request, browser);
  const page = await newPage(browser);
  await loginAs(page, STADIG_KONSERT, { callbackUrl: "/accessmanagement/ui/systemuser/overview" });
  const card = page.locator(`[data-testid="system-user"][data-id="${su.id}"]`);
  await card.getByRole("link", { name: /^Delete / }).click();
  await page.getByRole("button", { name: "Delete system user" }).click();
  await expect(page.getByTestId("deleted-notice")).toBeVisible();

  // the machine asks for a token for the deleted system user
  const flow = randomUUID();
  const grant = await signGrant(DEMO_CLIENTS.smartcloud, { scopes: [SCOPES.kravOgBetalinger], systemUser: { orgNo: ORGS.ape.orgNo, externalRef: su.externalRef } });
  expect((await request.post(TOKEN_PATH, { form: { grant_type: JWT_BEARER, assertion: grant }, headers: { "x-simulator-flow": flow } })).status()).toBe(400);

  // the people's lane: the deletion in the overview page (lib/exchanges/person-actions.ts)
  await page.goto(`/simulator/sequence?systemUser=${su.id}`);
  // the approval (system user created, request accepted: one flow each), then the deletion
  const people = arrow(page, "browser", "authentication");
  await expect(people).toHaveCount(3);
  const actions: string[] = [];
  for (const a of await people.all()) {
    await a.click();
    await expect(a).toHaveAttribute("aria-pressed", "true");
    actions.push(/"action": "([^"]+)"/.exec((await page.getByTestId("exchange-detail").textContent()) ?? "")?.[1] ?? "");
  }
  // flows newest first
  expect(actions[0]).toBe("systemuser.deleted");
  expect(actions.slice(1).sort()).toEqual(["systemuser.created", "systemuser.request.accepted"]);
  // one click is one flow: the approval's two changes are one flow, the deletion another
  const peopleFlows = page.getByTestId("flow").filter({ has: page.locator('[data-testid="arrow"][data-from="browser"]') });
  await expect(peopleFlows).toHaveCount(2);
  await expect(peopleFlows.last().getByTestId("arrow")).toHaveCount(2);
  // each arrow of the people's lane says what the person did, as the audit log does
  await expect(people.first()).toContainText("System user deleted · 200");
  await expect(people.first()).toHaveAccessibleName(/^System user deleted: POST \/accessmanagement\/ui\/systemuser\/overview\?delete=[0-9a-f-]{36} from People in the browser to Altinn Authentication: 200$/);
  await people.first().click();
  const detail = page.getByTestId("exchange-detail");
  await expect(detail).toContainText('"action": "systemuser.deleted"');
  await expect(detail).toContainText("/accessmanagement/ui/systemuser/overview");
  await screenshot(page, "sequence-view-person-deleted");

  // lib/maskinporten/systemuser-lookup.ts explainLookupMiss: the one condition that fails is "not deleted"
  await page.goto(`/simulator/sequence?flow=${flow}`);
  await arrow(page, "maskinporten", "authentication").click();
  const why = page.getByTestId("exchange-detail").getByTestId("why-lookup");
  await expect(why.getByTestId("why-verdict")).toHaveText(`MP-303 because system user ${su.id} (externalRef '${su.externalRef}') is deleted.`);
  await expect(why).toContainText(`fails: That system user is not deleted (system user ${su.id} was deleted)`);
  await screenshot(page, "sequence-view-mp303-deleted");

  await page.goto(`/simulator/audit?systemUser=${su.id}`);
  await expect(page.locator('[data-testid="audit-row"][data-action="systemuser.deleted"]')).toHaveCount(1);
  await page.context().close();
});
