// WCAG 2.1 AA (issue 12): axe on every page, in Norwegian bokmål and English, as every role that sees it.
// One login per persona; the language is switched through next-intl's cookie between the two runs.
// Screenshots of every page in both languages land in test-results/screenshots/a11y-*.png.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { TEST_ENV } from "../test-env";
import { bearer } from "../api/vendor-fixtures";
import { DEMO_CLIENTS } from "../support/maskinporten";
import { createAgent, DRESS_MINST } from "../support/client-delegation";
import { KRAV_READ, ORG, PERSON, createRequest } from "./approval-fixtures";
import { loginAs, screenshot } from "./helpers";

const LOCALES = ["nb", "en"] as const;
const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** Visits each path in both languages and expects axe to find nothing; also a unique, translated title. */
async function auditPages(page: Page, persona: string, paths: string[]) {
  for (const locale of LOCALES) {
    await page.context().addCookies([{ name: "NEXT_LOCALE", value: locale, url: TEST_ENV.PUBLIC_BASE_URL }]);
    for (const path of paths) {
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.locator("main h1").first()).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
      const found = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
      expect(found, `${persona} ${locale} ${path}`).toEqual([]);
      await screenshot(page, `a11y-${persona}-${locale}-${path.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "") || "home"}`);
    }
  }
}

async function personaPage(browser: Browser, pid: string, orgName?: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: TEST_ENV.PUBLIC_BASE_URL, locale: "en-GB" });
  const page = await context.newPage();
  await loginAs(page, pid, orgName ? { orgName } : {});
  return page;
}

test("anonymous pages have no axe violations in either language", async ({ page }) => {
  await auditPages(page, "anonymous", ["/", "/login", "/ordliste", "/accessmanagement/ui/systemuser/done?status=accepted", "/finnes-ikke"]);
});

test("the service owner's pages have no axe violations in either language", async ({ browser }) => {
  const page = await personaPage(browser, "11887910024"); // RASK BLÅ ELG
  await auditPages(page, "serviceowner", ["/serviceowner", "/serviceowner/resources/new", "/serviceowner/resources/ske-krav-og-betalinger", "/serviceowner/scopes"]);
});

test("the vendor's pages have no axe violations in either language", async ({ browser, request }) => {
  const headers = await bearer(request);
  const req = await createRequest(request, headers, { systemId: "991825827_smartcloud", partyOrgNo: ORG.ape, externalRef: `a11y-${randomUUID()}`, rights: [KRAV_READ] });
  const page = await personaPage(browser, "23858510058"); // LUR GRØNN REV
  await auditPages(page, "vendor", [
    "/vendor",
    "/vendor/maskinporten",
    `/vendor/maskinporten/${DEMO_CLIENTS.smartcloud.clientId}`,
    "/vendor/systems",
    "/vendor/systems/new",
    "/vendor/systems/991825827_smartcloud",
    "/vendor/systems/991825827_smartcloud/edit",
    "/vendor/requests/new",
    `/vendor/requests/${req.id}`,
    "/vendor/systemusers",
    "/vendor/console",
    "/vendor/changerequests/new",
  ]);
});

test("the end user's pages, the confirm page and the refusals have no axe violations in either language", async ({ browser, request }) => {
  const headers = await bearer(request);
  const req = await createRequest(request, headers, { systemId: "991825827_smartcloud", partyOrgNo: ORG.ape, externalRef: `a11y-${randomUUID()}`, rights: [KRAV_READ] });
  const page = await personaPage(browser, PERSON.stadig);
  await auditPages(page, "enduser", [
    "/accessmanagement/ui/systemuser/overview",
    "/accessmanagement/ui/systemuser/new",
    "/accessmanagement/ui/systemuser/new?system=991825827_smartcloud",
    `/accessmanagement/ui/systemuser/request?id=${req.id}&DONTCHOOSEREPORTEE=true`,
    "/accessmanagement/ui/systemuser/request?id=00000000-0000-4000-8000-000000000000&DONTCHOOSEREPORTEE=true",
    "/velg-aktor",
  ]);
  const employee = await personaPage(browser, PERSON.mus);
  await auditPages(employee, "employee", ["/start", `/accessmanagement/ui/systemuser/request?id=${req.id}&DONTCHOOSEREPORTEE=true`, "/vendor"]);
});

test("the client administrator's pages have no axe violations in either language", async ({ browser, request }) => {
  const { id } = await createAgent(request, browser);
  const page = await personaPage(browser, DRESS_MINST);
  await auditPages(page, "clientadmin", ["/accessmanagement/ui/clientadministration", `/accessmanagement/ui/systemuser/${id}/agentdelegation`]);
  const hare = await personaPage(browser, PERSON.hare, "FLINK REGNSKAP AS");
  await auditPages(hare, "two-orgs", ["/velg-aktor", "/start"]);
});
