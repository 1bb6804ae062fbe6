// WCAG 2.1 AA (issue 12): axe on every page, in Norwegian bokmål and English, as every role that sees it.
// One login per persona (its storage state is reused by that persona's page tests); the language is
// switched through next-intl's cookie. Screenshots of every page in both languages:
// test-results/screenshots/a11y-<persona>-<nb|en>-<page>.png.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type BrowserContext } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { TEST_ENV } from "../test-env";
import { bearer } from "../api/vendor-fixtures";
import { DEMO_CLIENTS } from "../support/maskinporten";
import { createAgent, DRESS_MINST } from "../support/client-delegation";
import { KRAV_READ, ORG, PERSON, createRequest } from "./approval-fixtures";
import { loginAs, screenshot } from "./helpers";

const LOCALES = ["nb", "en"] as const;
const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const SEED_SYSTEM = "991825827_smartcloud";

/** Opens `path` in both languages in the persona's context; axe must find nothing, and <html lang> follows. */
async function audit(context: BrowserContext, persona: string, path: string) {
  const page = await context.newPage();
  for (const locale of LOCALES) {
    await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: TEST_ENV.PUBLIC_BASE_URL }]);
    await page.goto(path);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page.locator("main h1").first()).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
    const found = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
    expect(found, `${persona} ${locale} ${path}`).toEqual([]);
    await screenshot(page, `a11y-${persona}-${locale}-${path.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "").slice(0, 80) || "home"}`);
  }
  await page.close();
}

/** A persona's logged-in browser context, created once per describe block. */
async function loggedIn(browser: Browser, pid: string | null, orgName?: string): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: TEST_ENV.PUBLIC_BASE_URL, locale: "en-GB" });
  if (pid) {
    const page = await context.newPage();
    await loginAs(page, pid, orgName ? { orgName } : {});
    await page.close();
  }
  return context;
}

/** One test per page; `paths` may depend on data made in beforeAll, so they are read lazily. */
function auditAll(persona: string, pid: string | null, paths: () => string[], orgName?: string, setup?: (browser: Browser) => Promise<void>) {
  test.describe(`axe as ${persona}`, () => {
    test.describe.configure({ mode: "serial", timeout: 180_000 });
    let context: BrowserContext;
    test.beforeAll(async ({ browser }) => {
      test.setTimeout(180_000);
      if (setup) await setup(browser);
      context = await loggedIn(browser, pid, orgName);
    });
    test.afterAll(async () => context?.close());
    for (let i = 0; i < paths().length; i++) {
      test(`${i + 1}. ${paths()[i]}: no violations in nb and en`, async () => {
        await audit(context, persona, paths()[i]!);
      });
    }
  });
}

const ANONYMOUS = ["/", "/login", "/ordliste", "/accessmanagement/ui/systemuser/done?status=accepted", "/finnes-ikke"];
auditAll("anonymous", null, () => ANONYMOUS);

const SERVICE_OWNER = ["/serviceowner", "/serviceowner/resources/new", "/serviceowner/resources/ske-krav-og-betalinger", "/serviceowner/scopes"];
auditAll("serviceowner", "11887910024", () => SERVICE_OWNER); // RASK BLÅ ELG

// Requests made over HTTP before the personas' tests (the vendor's request page, the confirm pages).
let requestId = "00000000-0000-4000-8000-000000000000";
let agentId = "00000000-0000-4000-8000-000000000000";
async function makeRequest(): Promise<void> {
  const { request } = await import("@playwright/test");
  const api = await request.newContext({ baseURL: TEST_ENV.PUBLIC_BASE_URL });
  const req = await createRequest(api, await bearer(api), { systemId: SEED_SYSTEM, partyOrgNo: ORG.ape, externalRef: `a11y-${randomUUID()}`, rights: [KRAV_READ] });
  requestId = req.id;
  await api.dispose();
}

const VENDOR = () => [
  "/vendor",
  "/vendor/maskinporten",
  `/vendor/maskinporten/${DEMO_CLIENTS.smartcloud.clientId}`,
  "/vendor/systems",
  "/vendor/systems/new",
  `/vendor/systems/${SEED_SYSTEM}`,
  `/vendor/systems/${SEED_SYSTEM}/edit`,
  "/vendor/requests/new",
  `/vendor/requests/${requestId}`,
  "/vendor/systemusers",
  "/vendor/console",
  "/vendor/changerequests/new",
];
auditAll("vendor", "23858510058", VENDOR, undefined, makeRequest); // LUR GRØNN REV

const confirm = () => `/accessmanagement/ui/systemuser/request?id=${requestId}&DONTCHOOSEREPORTEE=true`;
const END_USER = () => [
  "/accessmanagement/ui/systemuser/overview",
  "/accessmanagement/ui/systemuser/new",
  `/accessmanagement/ui/systemuser/new?system=${SEED_SYSTEM}`,
  confirm(),
  "/accessmanagement/ui/systemuser/request?id=00000000-0000-4000-8000-000000000000&DONTCHOOSEREPORTEE=true",
  "/velg-aktor",
];
auditAll("enduser", PERSON.stadig, END_USER, undefined, makeRequest);
// Without rights: the area list, the confirm page's "send videre", and a refused area (403).
auditAll("employee", PERSON.mus, () => ["/start", confirm(), "/vendor"], undefined, makeRequest);

async function makeAgent(browser: Browser): Promise<void> {
  const { request } = await import("@playwright/test");
  const api = await request.newContext({ baseURL: TEST_ENV.PUBLIC_BASE_URL });
  agentId = (await createAgent(api, browser)).id;
  await api.dispose();
}
auditAll("clientadmin", DRESS_MINST, () => ["/accessmanagement/ui/clientadministration", `/accessmanagement/ui/systemuser/${agentId}/agentdelegation`], undefined, makeAgent);
// Acting for two organisations: the chooser and the list of areas.
auditAll("two-orgs", PERSON.hare, () => ["/velg-aktor", "/start"], "FLINK REGNSKAP AS");
