// The whole story of a standard system user, across the personas in their own browsers (reference §1):
// the service owner's resource and policy, the vendor's request, the end user's approval, the vendor's
// machine calling Skatteetaten through the console, and the end of it all when the end user deletes the
// system user (the next token request is MP-303). Screenshots: $E2E_RESULTS/screenshots/story-*.png.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { loadCredentials } from "../../lib/vendor-client/credentials";
import { statusFlow, tokenFlow } from "../../lib/vendor-client/flows";
import { TEST_ENV } from "../test-env";
import { loginAs, screenshot } from "./helpers";

const ELG = "11887910024"; // RASK BLÅ ELG, Skatteetaten's resource administrator
const REV = "23858510058"; // LUR GRØNN REV, SmartCloud's developer
const KONSERT = "15919110098"; // STADIG KONSERT, daglig leder of TILFELDIG SUBTIL APE
const APE = "310904473";
const SYSTEM_ID = "991825827_smartcloud";
const RESOURCE_ID = "ske-krav-og-betalinger";

// TILFELDIG SUBTIL APE's seeded claims (prisma/seed.ts), written out independently.
const APE_CLAIMS = [
  { kravid: "krav-310904473-0", kravtype: "MVA", kid: "31090400473", gjenstaaendeBeloep: 501503 },
  { kravid: "krav-310904473-1", kravtype: "ARBEIDSGIVERAVGIFT", kid: "31090401473", gjenstaaendeBeloep: 667004 },
  { kravid: "krav-310904473-2", kravtype: "FORSKUDDSSKATT", kid: "31090402473", gjenstaaendeBeloep: 832505 },
];
const APE_SUM = 2001012;

async function personaPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: TEST_ENV.PUBLIC_BASE_URL, viewport: { width: 1280, height: 900 } });
  return context.newPage();
}

test("a standard system user from the service owner's policy to the deleted system user", async ({ browser }) => {
  test.setTimeout(120_000);
  const externalRef = `test-${randomUUID()}`;
  const machine = await loadCredentials({ baseUrl: TEST_ENV.PUBLIC_BASE_URL });

  await test.step("RASK BLÅ ELG (Skatteetaten) reviews the resource Krav og betalinger and its policy", async () => {
    const page = await personaPage(browser);
    await loginAs(page, ELG, { callbackUrl: `/serviceowner/resources/${RESOURCE_ID}` });
    await expect(page.getByRole("heading", { level: 1, name: "Claims and payments" })).toBeVisible();
    await expect(page.getByText(`Resource ${RESOURCE_ID}`)).toBeVisible();
    // Viewed, not saved: the seeded policy is shared by every test of the run (the PDP reads it live).
    const readRule = page.getByTestId("rule-0");
    await expect(readRule.getByLabel("Rule description")).toHaveValue("Daglig leder, tax staff, accountants and auditors may read the claims.");
    await expect(readRule.getByRole("checkbox", { name: "read", exact: true })).toBeChecked();
    await expect(readRule.getByRole("checkbox", { name: "DAGL · Daglig leder" })).toBeChecked();
    await screenshot(page, "story-01-service-owner-resource-policy");
    await page.context().close();
  });

  let confirmUrl = "";
  let requestId = "";
  const vendor = await personaPage(browser);
  await test.step("LUR GRØNN REV (SmartCloud) asks TILFELDIG SUBTIL APE for a system user and copies the confirmUrl", async () => {
    // The seeded system holds SmartCloud's demo client (a client id may be on one live system only).
    await loginAs(vendor, REV, { callbackUrl: `/vendor/systems/${SYSTEM_ID}` });
    await expect(vendor.getByTestId("system-fields")).toContainText(machine.clientId);
    await screenshot(vendor, "story-02-vendor-system");
    await vendor.getByRole("link", { name: "Ask a customer for a system user" }).click();
    await vendor.getByLabel("Customer's organisation number").fill(APE);
    await vendor.getByLabel("External reference (optional)").fill(externalRef);
    await expect(vendor.getByTestId("request-rights").getByRole("checkbox", { name: `${RESOURCE_ID} · read` })).toBeChecked();
    await vendor.getByRole("button", { name: "Create request" }).click();
    await vendor.waitForURL(/\/vendor\/requests\/[0-9a-f-]{36}/);
    requestId = new URL(vendor.url()).pathname.split("/").at(-1) ?? "";
    confirmUrl = await vendor.getByTestId("confirm-url").inputValue();
    expect(confirmUrl).toBe(`${TEST_ENV.PUBLIC_BASE_URL}/accessmanagement/ui/systemuser/request?id=${requestId}&DONTCHOOSEREPORTEE=true`);
    await expect(vendor.getByTestId("request-json")).toContainText('"status": "New"');
    await screenshot(vendor, "story-02-vendor-request-created");
  });

  await test.step("STADIG KONSERT opens the confirmUrl, logs in and approves", async () => {
    const page = await personaPage(browser);
    await loginAs(page, KONSERT, { callbackUrl: new URL(confirmUrl).pathname + new URL(confirmUrl).search });
    await expect(page.getByTestId("request-page")).toBeVisible();
    await expect(page.getByTestId("party")).toContainText(`TILFELDIG SUBTIL APE (org. no. ${APE})`);
    await expect(page.getByTestId("system")).toContainText(SYSTEM_ID);
    await expect(page.getByText(externalRef)).toBeVisible();
    await screenshot(page, "story-03-end-user-request");
    await page.getByRole("button", { name: "Approve" }).click();
    await expect(page.getByTestId("decision-done")).toBeVisible();
    await expect(page.getByRole("heading", { name: "System user created" })).toBeVisible();
    await screenshot(page, "story-04-end-user-approved");
    await page.context().close();
  });

  await test.step("the vendor sees the request Accepted, in the portal and through the API", async () => {
    await vendor.reload();
    await expect(vendor.getByTestId("request-json")).toContainText('"status": "Accepted"');
    const flow = await statusFlow(machine, requestId, false);
    expect(flow.steps.at(-1)?.response?.status).toBe(200);
    expect(flow.value?.status).toBe("Accepted");
  });

  await test.step("in the console, the vendor's machine gets a system-user token and reads the claims", async () => {
    const page = vendor;
    await page.getByTestId("vendor-nav").getByRole("link", { name: "Run console" }).click();
    await page.waitForURL(/\/vendor\/console$/);
    await page.getByLabel("System user", { exact: true }).selectOption(requestId);
    await expect(page.getByLabel("Party: whose claims to read (organisation number)")).toHaveValue(APE);
    await expect(page.getByTestId("cli-command")).toContainText(`--external-ref '${externalRef}'`);
    await page.getByRole("button", { name: "Run as the vendor's machine" }).click();
    const result = page.getByTestId("console-result");
    await expect(result).toBeVisible({ timeout: 30_000 });
    for (const n of [1, 2, 3]) await expect(result.getByTestId(`step-${n}`).getByTestId("step-status")).toHaveText(/^200 /);
    await expect(page.getByTestId("krav-result").getByRole("heading")).toContainText(`Claims of ${APE}: 3`);
    for (const k of APE_CLAIMS) {
      const row = page.getByTestId("krav-result").getByRole("row").filter({ hasText: k.kravid });
      await expect(row).toContainText(k.kravtype);
      await expect(row).toContainText(k.kid);
    }
    const response = result.getByTestId("step-3");
    for (const k of APE_CLAIMS) await expect(response).toContainText(`"gjenstaaendeBeloep": ${k.gjenstaaendeBeloep}`);
    await expect(response).toContainText(`"sumGjenstaaende": ${APE_SUM}`);
    // the token the machine got names the system user approved above
    await result.getByTestId("step-2").locator("summary").click();
    await expect(result.getByTestId("step-2")).toContainText(`"systemuser_id": [\n`);
    await expect(result.getByTestId("step-2")).toContainText(`"${requestId}"`);
    await screenshot(page, "story-05-vendor-console-claims");
  });

  await test.step("STADIG KONSERT deletes the system user", async () => {
    const page = await personaPage(browser);
    await loginAs(page, KONSERT);
    await page.goto("/accessmanagement/ui/systemuser/overview");
    const item = page.locator(`[data-testid="system-user"][data-id="${requestId}"]`);
    await expect(item).toContainText(externalRef);
    await screenshot(page, "story-06-end-user-overview");
    await item.getByRole("link", { name: "Delete" }).click();
    await item.getByRole("button", { name: "Delete system user" }).click();
    await expect(page.getByTestId("deleted-notice")).toBeVisible();
    await expect(page.locator(`[data-testid="system-user"][data-id="${requestId}"]`)).toHaveCount(0);
    await screenshot(page, "story-07-end-user-deleted");
    await page.context().close();
  });

  await test.step("the vendor's machine asks for a token again: MP-303", async () => {
    const flow = await tokenFlow(machine, ["skatteetaten:kravogbetalinger"], { orgNo: APE, externalRef });
    const token = flow.steps.at(-1);
    expect(token?.response?.status).toBe(400);
    const body = token?.response?.body as { error?: string; error_description?: string };
    expect(body.error).toBe("invalid_altinn_customer_configuration");
    expect(body.error_description).toContain("MP-303");
    expect(flow.ok).toBe(false);
    // and the console, acting as the machine, sees the same: it still offers the deleted system user,
    // marked, and running it stops at Maskinporten's MP-303
    await vendor.reload();
    const select = vendor.getByLabel("System user", { exact: true });
    await expect(select.locator(`option[value="${requestId}"]`)).toContainText("deleted");
    await select.selectOption(requestId);
    await expect(vendor.getByTestId("deleted-target")).toBeVisible();
    await vendor.getByRole("button", { name: "Run as the vendor's machine" }).click();
    await expect(vendor.getByTestId("console-result")).toContainText("invalid_altinn_customer_configuration");
    // the console says why, as the sequence view does (lib/maskinporten/systemuser-lookup.ts explainLookupMiss)
    await expect(vendor.getByTestId("console-result").getByTestId("why-lookup").getByTestId("why-verdict")).toHaveText(
      `MP-303 because system user ${requestId} (externalRef '${externalRef}') is deleted.`,
    );
    await screenshot(vendor, "story-08-console-mp303");
    await vendor.context().close();
  });
});
