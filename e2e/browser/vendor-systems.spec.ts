// The vendor's pages in a browser: LUR GRØNN REV (SmartCloud's developer) registers a system, asks a
// customer for a system user, sees the confirmUrl and the live status, and every vendor page renders.
import { expect, test, type Page } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { TEST_ENV } from "../test-env";
import { loginAs, screenshot } from "./helpers";

const LUR = "23858510058";
const FRISK = "30916610064"; // KONKURRENT's developer
const BASE = TEST_ENV.PUBLIC_BASE_URL;

async function fillSystem(page: Page, idName: string, redirect: string) {
  await page.getByLabel("System id").fill(idName);
  for (const [lang, label] of [["nb", "bokmål"], ["nn", "nynorsk"], ["en", "English"]] as const) {
    await page.getByLabel(`Name (${label})`).fill(lang === "en" ? "UI test system" : "UI-testsystem");
    await page.getByLabel(`Description (${label})`).fill("Registered by the browser test");
  }
  await page.locator('input[name="rights"][value="ske-krav-og-betalinger|read"]').check();
  // Altinn's whole catalogue, grouped by area: search, then tick
  await page.getByLabel("Search access packages").fill("skatt");
  await page.getByLabel("Business tax", { exact: true }).check();
  await page.getByLabel("Allowed redirect URLs (one per line)").fill(redirect);
}

test("LUR GRØNN REV registers a system, creates a request, sees its confirmUrl and the status change on approval", async ({ page, browser }) => {
  test.setTimeout(120_000); // a whole story: two personas, a dozen page loads
  await loginAs(page, LUR);
  await expect(page).toHaveURL(/\/vendor$/);
  await expect(page.getByTestId("vendor-nav")).toBeVisible();
  await expect(page.getByTestId("systems-table")).toContainText("991825827_");
  await screenshot(page, "vendor-home");

  // the home page shows ten systems (by id); the Systems page all of them, the seeded one among them
  await page.getByTestId("vendor-nav").getByRole("link", { name: "Systems" }).click();
  await expect(page).toHaveURL(/\/vendor\/systems$/);
  await expect(page.getByRole("link", { name: "991825827_smartcloud", exact: true })).toBeVisible();
  await screenshot(page, "vendor-systems");
  await page.getByRole("link", { name: "Register a system" }).click();
  await expect(page).toHaveURL(/\/vendor\/systems\/new$/);
  await screenshot(page, "vendor-system-new");

  // bad input first: errors per field, nothing registered
  const idName = `ui-${randomUUID().slice(0, 8)}`;
  await fillSystem(page, `${idName} x`, "http://evil.example/cb");
  await expect(page.getByTestId("package-count")).toHaveText("1 chosen");
  await screenshot(page, "vendor-system-packages-search");
  await page.getByRole("button", { name: "Register system" }).click();
  await expect(page.getByTestId("form-error")).toBeVisible();
  // the real titles (Altinn ValidationErrors.cs), shown under their fields
  await expect(page.getByText("System ID cannot have spaces in id (leading, trailing or in between the id)")).toBeVisible();
  await expect(page.getByText("One or more of the redirect urls format is not valid. The valid format is https://xxx.xx")).toBeVisible();
  await screenshot(page, "vendor-system-new-errors");

  await fillSystem(page, idName, `${BASE}/vendor/callback`);
  await page.getByRole("button", { name: "Register system" }).click();
  const systemId = `991825827_${idName}`;
  await expect(page).toHaveURL(new RegExp(`/vendor/systems/${systemId}\\?saved=1$`));
  await expect(page.getByTestId("system-fields")).toContainText(systemId);
  await expect(page.getByTestId("changelog")).toContainText("create");
  await screenshot(page, "vendor-system-detail");

  await page.getByRole("link", { name: "Edit" }).click();
  await expect(page.getByLabel("Name (English)")).toHaveValue("UI test system");
  // the area holding the system's package opens by itself, the package ticked
  await expect(page.getByLabel("Business tax", { exact: true })).toBeChecked();
  await screenshot(page, "vendor-system-edit");
  await page.getByLabel("Name (English)").fill("UI test system, edited");
  await page.getByRole("button", { name: "Save system" }).click();
  await expect(page.getByRole("heading", { name: "UI test system, edited" })).toBeVisible();
  await expect(page.getByTestId("changelog")).toContainText("update");

  await page.getByRole("link", { name: "Ask a customer for a system user" }).click();
  await expect(page).toHaveURL(/\/vendor\/requests\/new\?systemId=/);
  await page.getByLabel("Customer's organisation number").fill("310904474");
  await page.getByRole("button", { name: "Create request" }).click();
  await expect(page.getByText("(AUTH-00000)")).toBeVisible();
  await screenshot(page, "vendor-request-new-error");

  const externalRef = `ui-${randomUUID()}`;
  await page.getByLabel("Customer's organisation number").fill("310904473");
  await page.getByLabel("External reference (optional)").fill(externalRef);
  await page.getByLabel("Redirect URL after the customer's decision (optional)").selectOption(`${BASE}/vendor/callback`);
  await screenshot(page, "vendor-request-new");
  await page.getByRole("button", { name: "Create request" }).click();
  await expect(page).toHaveURL(/\/vendor\/requests\/[0-9a-f-]{36}$/);
  const requestId = page.url().split("/").pop()!;
  await expect(page.getByTestId("request-status")).toHaveText("New");
  await expect(page.getByTestId("confirm-url")).toHaveValue(`${BASE}/accessmanagement/ui/systemuser/request?id=${requestId}&DONTCHOOSEREPORTEE=true`);
  await expect(page.getByTestId("auto-refresh")).toContainText("Checking the status");
  await expect(page.getByTestId("request-json")).toContainText(externalRef);
  await screenshot(page, "vendor-request");

  // the same request again: Altinn answers with the live one
  await page.goto(`/vendor/requests/new?systemId=${systemId}`);
  await page.getByLabel("Customer's organisation number").fill("310904473");
  await page.getByLabel("External reference (optional)").fill(externalRef);
  await page.getByRole("button", { name: "Create request" }).click();
  await expect(page).toHaveURL(new RegExp(`/vendor/requests/${requestId}\\?existing=1$`));
  await expect(page.getByTestId("existing-request")).toBeVisible();

  // STADIG KONSERT opens the confirmUrl and approves; the vendor's open request page picks it up by polling
  const customer = await browser.newContext({ baseURL: BASE });
  const cpage = await customer.newPage();
  await loginAs(cpage, "15919110098", { callbackUrl: `/accessmanagement/ui/systemuser/request?id=${requestId}&DONTCHOOSEREPORTEE=true` });
  await cpage.getByRole("button", { name: "Approve" }).click();
  await cpage.waitForURL((u) => u.pathname === "/vendor/callback");
  await expect(cpage.getByTestId("vendor-callback")).toBeVisible();
  await screenshot(cpage, "vendor-callback-after-approval");
  await customer.close();
  await expect(page.getByTestId("request-status")).toHaveText("Accepted", { timeout: 15_000 });
  await expect(page.getByTestId("auto-refresh")).toContainText("Status is final");
  await screenshot(page, "vendor-request-accepted");

  // now the triple has a system user: a new request for it is refused (AUTH-00004)
  await page.goto(`/vendor/requests/new?systemId=${systemId}`);
  await page.getByLabel("Customer's organisation number").fill("310904473");
  await page.getByLabel("External reference (optional)").fill(externalRef);
  await page.getByRole("button", { name: "Create request" }).click();
  await expect(page.getByText("(AUTH-00004)")).toBeVisible();

  await page.goto(`/vendor/systems/${systemId}`);
  await expect(page.getByTestId("system-requests")).toContainText(externalRef);
  await expect(page.getByTestId("system-users")).toContainText(requestId);

  await page.getByTestId("vendor-nav").getByRole("link", { name: "Find a system user" }).click();
  await page.getByLabel("System").selectOption(systemId);
  await page.getByLabel("Customer's org number").fill("310904473");
  await page.getByLabel("External ref (optional)").fill(externalRef);
  await page.getByRole("button", { name: "Look up" }).click();
  await expect(page.getByTestId("lookup-result")).toContainText(requestId);
  await screenshot(page, "vendor-systemusers");
  await page.getByLabel("External ref (optional)").fill("no-such-ref");
  await page.getByRole("button", { name: "Look up" }).click();
  // SystemUserController.GetSingleSystemUserForVendor answers a bare NotFound()
  await expect(page.getByTestId("lookup-result")).toContainText("bare 404");

  await page.goto(`/vendor/systems/${systemId}`);
  await page.getByRole("button", { name: "Delete system" }).click();
  await expect(page.getByTestId("system-deleted")).toBeVisible();
  await expect(page.getByTestId("changelog")).toContainText("delete");
  await screenshot(page, "vendor-system-deleted");
});

test("the callback page shows the query it received, without login", async ({ page }) => {
  await page.goto("/vendor/callback?state=abc&note=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
  await expect(page.getByTestId("callback-query")).toContainText("abc");
  await expect(page.getByTestId("callback-query")).toContainText("<script>alert(1)</script>");
  await screenshot(page, "vendor-callback");
});

test("another vendor's developer cannot open SmartCloud's system or requests", async ({ page }) => {
  await loginAs(page, FRISK);
  expect((await page.goto("/vendor/systems/991825827_smartcloud"))?.status()).toBe(404);
  expect((await page.goto("/vendor/systems/991825827_smartcloud/edit"))?.status()).toBe(404);
  await page.goto("/vendor");
  await expect(page.getByText("991825827_smartcloud")).toHaveCount(0);
  expect((await page.goto(`/vendor/requests/${randomUUID()}`))?.status()).toBe(404);
});
