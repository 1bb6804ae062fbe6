// WCAG 2.1 AA (issue 12): axe on every page, in Norwegian bokmål and English, as every role that sees it.
// One test per persona: one login, one page, the pages visited one after another, the language switched
// through next-intl's cookie (no second login). The personas run on both workers. The data the pages show
// (a pending request, an approved system user with a change request, an agent system user, a flow with the
// PDP's "why") is made over HTTP, approvals through the confirm page's form (e2e/support/approve-http.ts).
// E2E_SCREENSHOTS=1 also saves every page in both languages: test-results/screenshots/a11y-<persona>-<nb|en>-<page>.png.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { ORGS, SEED_ACCESS_LIST_ID, SEED_AGENT_SYSTEM_ID } from "../../prisma/cast";
import { TEST_ENV } from "../test-env";
import { bearer } from "../api/vendor-fixtures";
import { DEMO_CLIENTS } from "../support/maskinporten";
import { approveOver } from "../support/approve-http";
import { REGNSKAP_MED } from "../support/client-delegation";
import { authorizeToken, bearer as auth, decide, xacml } from "../support/service-owner";
import { KRAV_READ, ORG, PERSON, createRequest } from "./approval-fixtures";
import { loginAs, screenshot } from "./helpers";

const LOCALES = ["nb", "en"] as const;
const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const SEED_SYSTEM = "991825827_smartcloud";
const ORIGIN = TEST_ENV.PUBLIC_BASE_URL;
const NO_SUCH = "00000000-0000-4000-8000-000000000000";

// Each persona's walk is one test; a busy machine (2 cores shared) needs more than the default minute
// (E2E_A11Y_TIMEOUT in seconds for a machine busier still).
test.describe.configure({ mode: "parallel", timeout: Number(process.env.E2E_A11Y_TIMEOUT || 300) * 1000 });

/** A page to audit: its path, and what to do before axe runs (open a panel the page only shows on a click). */
type Visit = string | { path: string; open?: (page: Page) => Promise<void> };

/** Opens every path in both languages in one page; axe must find nothing, and <html lang> follows. */
async function auditAll(page: Page, persona: string, visits: Visit[]) {
  const failures: string[] = [];
  for (const locale of LOCALES) {
    await page.context().addCookies([{ name: "NEXT_LOCALE", value: locale, url: ORIGIN }]);
    for (const visit of visits) {
      const { path, open } = typeof visit === "string" ? { path: visit, open: undefined } : visit;
      await page.goto(path);
      await expect(page.locator("html"), path).toHaveAttribute("lang", locale);
      await expect(page.locator("main h1").first(), path).toBeVisible();
      if (open) await open(page);
      // options() replaces withTags' runOnly, so the tags go in here (only violations: less work per page)
      const results = await new AxeBuilder({ page }).options({ runOnly: { type: "tag", values: WCAG_21_AA }, resultTypes: ["violations"] }).analyze();
      for (const v of results.violations) failures.push(`${locale} ${path}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
      if (process.env.E2E_SCREENSHOTS) await screenshot(page, `a11y-${persona}-${locale}-${path.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "").slice(0, 80) || "home"}`);
    }
  }
  expect(failures, persona).toEqual([]);
}

/** A page of `persona` (logged in once), or of a visitor without a session when `pid` is null. */
async function personaPage(browser: Browser, pid: string | null, orgName?: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: ORIGIN, locale: "en-GB" });
  const page = await context.newPage();
  if (pid) await loginAs(page, pid, orgName ? { orgName } : {});
  return page;
}

/** A new SmartCloud request to TILFELDIG SUBTIL APE for read on Krav og betalinger, left New. */
async function pendingRequest(api: APIRequestContext) {
  return createRequest(api, await bearer(api), { systemId: SEED_SYSTEM, partyOrgNo: ORG.ape, externalRef: `a11y-${randomUUID()}`, rights: [KRAV_READ] });
}

/** An approved standard system user of APE and a change request on it (New). */
async function changeRequest(api: APIRequestContext): Promise<{ systemUserId: string; changeId: string }> {
  const req = await pendingRequest(api);
  expect((await approveOver(ORIGIN, PERSON.stadig, ORG.ape, req.confirmUrl)).status).toBe(303);
  const changeId = randomUUID();
  const res = await api.post(`/authentication/api/v1/systemuser/changerequest/vendor?correlation-id=${changeId}&system-user-id=${req.id}`, {
    headers: await bearer(api),
    data: { unwantedRights: [KRAV_READ] },
  });
  expect(res.status(), await res.text()).toBe(201);
  return { systemUserId: req.id, changeId };
}

/** An agent request of SmartCloud's client system to the accounting firm TIGER. */
async function agentRequest(api: APIRequestContext) {
  return createRequest(api, await bearer(api), { systemId: SEED_AGENT_SYSTEM_ID, partyOrgNo: ORG.tiger, externalRef: `a11y-${randomUUID()}`, accessPackages: [{ urn: REGNSKAP_MED }] }, true);
}

/** Opens the first exchange sent to `to` in the sequence view (its detail, with the "why"). */
const openExchangeTo = (to: string) => async (page: Page) => {
  await page.locator(`[data-testid="arrow"][data-to="${to}"]`).first().click();
  await expect(page.getByTestId("exchange-detail")).toBeVisible();
};

test("axe as a visitor without a session", async ({ browser, request }) => {
  // A flow with the PDP's "why": Skatteetaten asks the PDP about a system user that does not exist.
  const flow = randomUUID();
  const res = await request.post("/authorization/api/v1/authorize", {
    headers: { ...auth(await authorizeToken(request)), "x-simulator-flow": flow, "x-simulator-caller": "skatteetaten" },
    data: xacml(NO_SUCH, "read", ORG.ape),
  });
  expect(res.status()).toBe(200);
  const page = await personaPage(browser, null);
  await auditAll(page, "anonymous", [
    "/",
    "/login",
    "/ordliste",
    "/accessmanagement/ui/systemuser/done?status=accepted",
    "/finnes-ikke",
    "/simulator/api-reference",
    "/simulator/sequence",
    { path: `/simulator/sequence?flow=${flow}`, open: openExchangeTo("pdp") },
  ]);
  await page.context().close();
});

test("axe as the service owner", async ({ browser }) => {
  const page = await personaPage(browser, "11887910024"); // RASK BLÅ ELG, Skatteetaten
  await auditAll(page, "serviceowner", [
    "/serviceowner",
    "/serviceowner/resources/new",
    "/serviceowner/resources/ske-krav-og-betalinger",
    "/serviceowner/scopes",
    "/serviceowner/access-lists",
    `/serviceowner/access-lists/${SEED_ACCESS_LIST_ID}`,
    "/simulator/audit",
  ]);
  await page.context().close();
});

test("axe as the vendor's developer", async ({ browser, request }) => {
  const pending = await pendingRequest(request);
  const { changeId } = await changeRequest(request);
  const page = await personaPage(browser, "23858510058"); // LUR GRØNN REV, SmartCloud
  await auditAll(page, "vendor", [
    "/vendor",
    "/vendor/maskinporten",
    `/vendor/maskinporten/${DEMO_CLIENTS.smartcloud.clientId}`,
    "/vendor/systems",
    "/vendor/systems/new",
    `/vendor/systems/${SEED_SYSTEM}`,
    `/vendor/systems/${SEED_SYSTEM}/edit`,
    "/vendor/requests/new",
    `/vendor/requests/${pending.id}`,
    "/vendor/systemusers",
    "/vendor/console",
    "/vendor/changerequests/new",
    `/vendor/changerequests/${changeId}`,
    `/vendor/callback?id=${pending.id}&status=Accepted`,
    "/simulator/audit",
  ]);
  await page.context().close();
});

test("axe as the customer's daglig leder", async ({ browser, request }) => {
  const pending = await pendingRequest(request);
  const { changeId } = await changeRequest(request);
  const page = await personaPage(browser, PERSON.stadig); // STADIG KONSERT, TILFELDIG SUBTIL APE
  await auditAll(page, "enduser", [
    "/accessmanagement/ui/systemuser/overview",
    "/accessmanagement/ui/systemuser/new",
    `/accessmanagement/ui/systemuser/new?system=${SEED_SYSTEM}`,
    `/accessmanagement/ui/systemuser/request?id=${pending.id}&DONTCHOOSEREPORTEE=true`,
    `/accessmanagement/ui/systemuser/request?id=${NO_SUCH}&DONTCHOOSEREPORTEE=true`,
    `/accessmanagement/ui/systemuser/changerequest?id=${changeId}&DONTCHOOSEREPORTEE=true`,
    `/accessmanagement/ui/systemuser/changerequest?id=${NO_SUCH}&DONTCHOOSEREPORTEE=true`,
    "/velg-aktor",
    "/simulator/audit",
  ]);
  await page.context().close();
});

test("axe as an employee without rights", async ({ browser, request }) => {
  const pending = await pendingRequest(request);
  const page = await personaPage(browser, PERSON.mus);
  // the list of areas, the confirm page's "send videre", and refused areas (403)
  await auditAll(page, "employee", [
    "/start",
    `/accessmanagement/ui/systemuser/request?id=${pending.id}&DONTCHOOSEREPORTEE=true`,
    "/vendor",
    "/serviceowner",
    "/accessmanagement/ui/clientadministration",
  ]);
  await page.context().close();
});

test("axe as the accounting firm's client administrator", async ({ browser, request }) => {
  const approved = await agentRequest(request);
  expect((await approveOver(ORIGIN, PERSON.dress, ORG.tiger, approved.confirmUrl)).status).toBe(303);
  const pending = await agentRequest(request);
  const page = await personaPage(browser, PERSON.dress); // DRESS MINST, TILBAKEHOLDEN USYMMETRISK TIGER
  await auditAll(page, "clientadmin", [
    "/accessmanagement/ui/clientadministration",
    `/accessmanagement/ui/systemuser/${approved.id}/agentdelegation`,
    `/accessmanagement/ui/systemuser/agentrequest?id=${pending.id}&DONTCHOOSEREPORTEE=true`,
    `/accessmanagement/ui/systemuser/agentrequest?id=${NO_SUCH}&DONTCHOOSEREPORTEE=true`,
  ]);
  await page.context().close();
});

test("axe as a person acting for two organisations", async ({ browser }) => {
  const page = await personaPage(browser, PERSON.hare, ORGS.flink.name); // the chooser and the list of areas
  await auditAll(page, "two-orgs", ["/velg-aktor", "/start"]);
  await page.context().close();
});
