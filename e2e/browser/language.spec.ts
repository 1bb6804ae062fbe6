// Norwegian bokmål and English (issue 12): bokmål by default as in Altinn, English for a browser that
// prefers it on a first visit, and the header's language switch is remembered. <html lang> follows.
import { expect, test, type Browser } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { TEST_ENV } from "../test-env";
import { bearer } from "../api/vendor-fixtures";
import { KRAV_READ, ORG, PERSON, confirmPath, createRequest, openAs } from "./approval-fixtures";
import { screenshot } from "./helpers";

async function firstVisit(browser: Browser, locale: string) {
  const context = await browser.newContext({ baseURL: TEST_ENV.PUBLIC_BASE_URL, locale });
  const page = await context.newPage();
  await page.goto("/");
  return { page, context };
}

test("a first visit follows Accept-Language; anything else gets Norwegian bokmål", async ({ browser }) => {
  for (const [acceptLanguage, lang, heading] of [
    ["en-GB", "en", "The system-user chain on one machine"],
    ["nb-NO", "nb", "Systembrukerkjeden på én maskin"],
    ["nn-NO", "nb", "Systembrukerkjeden på én maskin"],
    ["de-DE", "nb", "Systembrukerkjeden på én maskin"],
  ] as const) {
    const { page, context } = await firstVisit(browser, acceptLanguage);
    await expect(page.locator("html"), acceptLanguage).toHaveAttribute("lang", lang);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    await context.close();
  }
});

test("the language switch shows the approval page in Norwegian (Godkjenn) and English (Approve), and is remembered", async ({ page, request }) => {
  const headers = await bearer(request);
  const req = await createRequest(request, headers, { systemId: "991825827_smartcloud", partyOrgNo: ORG.ape, externalRef: `lang-${randomUUID()}`, rights: [KRAV_READ] });
  await openAs(page, PERSON.stadig, confirmPath(req));
  // The browser project prefers English (playwright.config.ts: locale en-GB).
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByTestId("decision-approve")).toHaveText("Approve");
  await expect(page).toHaveTitle(/^Approve system user · /);

  await page.getByTestId("header-language-nb").click();
  await expect(page.getByTestId("decision-approve")).toHaveText("Godkjenn");
  await expect(page.locator("html")).toHaveAttribute("lang", "nb");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Godkjenn systemtilgang");
  await expect(page.getByTestId("decision-reject")).toHaveText("Avvis");
  await expect(page.getByTestId("request-status")).toHaveText("Ny");
  await expect(page.getByTestId("party")).toHaveText("TILFELDIG SUBTIL APE (org.nr. 310904473)");
  await expect(page.getByTestId("header-language-nb")).toHaveAttribute("aria-pressed", "true");
  await expect(page).toHaveTitle(/^Godkjenn systemtilgang · Altinn systembruker-simulator$/);
  await screenshot(page, "language-approval-nb");

  // Remembered: a reload (Accept-Language still English) and another page stay Norwegian.
  await page.reload();
  await expect(page.getByTestId("decision-approve")).toHaveText("Godkjenn");
  await page.goto("/accessmanagement/ui/systemuser/overview");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Systemtilganger");
  // Resource titles in the chosen language (the registry holds nb/nn/en).
  await page.goto(confirmPath(req));
  await expect(page.getByTestId("rights")).toContainText("Krav og betalinger");

  await page.getByTestId("header-language-en").click();
  await expect(page.getByTestId("decision-approve")).toHaveText("Approve");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByTestId("rights")).toContainText("Claims and payments");
  await screenshot(page, "language-approval-en");
});

test("the glossary is linked from every page's footer and explains the terms in both languages", async ({ page }) => {
  await page.goto("/login");
  await page.getByTestId("footer-glossary").click();
  await expect(page).toHaveURL(/\/ordliste$/);
  await expect(page.getByTestId("glossary-systemUser")).toContainText("System user (systembruker; shown to end users as systemtilgang)");
  await expect(page.getByTestId("glossary-agentSystemUser")).toContainText("Agent system user (klientsystem)");
  await page.getByTestId("header-language-nb").click();
  await expect(page.getByTestId("glossary-accessPackage")).toContainText("Tilgangspakke (access package)");
  await expect(page.getByTestId("glossary-clientAdmin")).toContainText("Klientadministrator");
  await expect(page.getByTestId("glossary-facilitator")).toContainText("Tilrettelegger");
  await expect(page.getByTestId("glossary-rights")).toContainText("Rettigheter");
});

test("the favicon is served and the console stays clean on a page load", async ({ page, request }) => {
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") errors.push(m.text());
  });
  page.on("response", (r) => {
    if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`);
  });
  await page.goto("/");
  await page.goto("/login");
  await page.waitForLoadState("networkidle");
  expect(errors).toEqual([]);
  const icon = await request.get("/favicon.ico");
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/svg+xml");
});
