// Issue 8 in the browser: logging out ends the session on the server (item 6), pages run under the CSP
// without a single violation and cannot be framed (item 7), and removing another vendor's system is a
// clean refusal (item 9).
import { expect, test, type Page } from "@playwright/test";
import { ORGS, SCOPES } from "../../prisma/cast";
import { DEMO_CLIENTS, getToken } from "../support/maskinporten";
import { bearer } from "../support/service-owner";
import { loginAs } from "./helpers";

const LUR_GRONN_REV = "23858510058";
const STADIG_KONSERT = "15919110098";

test("item 6: after logout, the session cookie captured before no longer works", async ({ page, browser }) => {
  await loginAs(page, LUR_GRONN_REV);
  const captured = await page.context().storageState();
  await page.getByRole("button", { name: "Log out" }).click();
  await page.waitForURL((u) => u.pathname === "/");

  const attacker = await browser.newContext({ storageState: captured });
  const stolen = await attacker.newPage();
  await stolen.goto("/vendor");
  await expect(stolen).toHaveURL(/\/login\?callbackUrl=%2Fvendor/);
  await expect(stolen.getByTestId("whoami")).toHaveCount(0);
  await attacker.close();
});

/** Records every CSP violation of the page (the listener is installed before any page script runs). */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const console: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) console.push(m.text());
  });
  return async () => [...console, ...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp))];
}

test("item 7: pages and their client components run under the CSP without violations", async ({ page }) => {
  const violations = await watchCsp(page);
  for (const path of ["/", "/login"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    expect(await violations(), path).toEqual([]);
  }
  // The login form is a client component (useActionState): a wrong number is answered in place, by React.
  await page.getByLabel("National identity number (fødselsnummer)").fill("12345678901");
  await page.getByRole("button", { name: "Log in", exact: true }).click();
  await expect(page.getByText("The check digits of this national identity number are wrong.")).toBeVisible();
  await loginAs(page, STADIG_KONSERT);
  for (const path of ["/accessmanagement/ui/systemuser/overview", "/accessmanagement/ui/systemuser/new", "/start"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    expect(await violations(), path).toEqual([]);
  }
  // Client-side navigation (Next's router, loaded through 'strict-dynamic') works too.
  await page.goto("/start");
  await page.getByRole("banner").getByRole("link", { name: "Altinn" }).click();
  await expect(page).toHaveURL(/\/$/);
  expect(await violations()).toEqual([]);
});

test("item 7: another page cannot frame the portal", async ({ page, baseURL }) => {
  await page.setContent(`<iframe id="f" src="${baseURL}/login" width="800" height="600"></iframe>`);
  await page.waitForTimeout(1_500);
  const frame = page.frames().find((f) => f !== page.mainFrame());
  expect(frame).toBeTruthy();
  // Chromium refuses to render it (X-Frame-Options DENY, frame-ancestors 'none'): no login form inside.
  expect(await frame!.locator("input[name=pid]").count()).toBe(0);
});

test("item 9: removing another vendor's system is a clean refusal and changes nothing", async ({ page, request }) => {
  // A system of KONKURRENT DATA AS, registered through the API with its demo client.
  const kk = await getToken(request, DEMO_CLIENTS.konkurrent, { scopes: [SCOPES.systemregisterWrite] });
  const id = `${ORGS.konkurrent.orgNo}_hard${Date.now()}`;
  const text = { nb: "Konkurrent", nn: "Konkurrent", en: "Konkurrent" };
  const created = await request.post("/authentication/api/v1/systemregister/vendor", {
    headers: bearer(kk),
    data: { id, vendor: { authority: "iso6523-actorid-upis", ID: `0192:${ORGS.konkurrent.orgNo}` }, name: text, description: text, rights: [], accessPackages: [], clientId: [], allowedRedirectUrls: [], isVisible: false },
  });
  expect([200, 201], await created.text()).toContain(created.status());

  // SmartCloud's developer forges the delete form of his own system to name it.
  await loginAs(page, LUR_GRONN_REV);
  await page.goto(`/vendor/systems/${ORGS.smartcloud.orgNo}_smartcloud`);
  await page.locator('input[name="systemId"]').evaluate((el, value) => ((el as HTMLInputElement).value = value), id);
  await page.getByRole("button", { name: "Delete system" }).click();
  await expect(page.getByTestId("not-allowed")).toBeVisible();

  const after = await request.get(`/authentication/api/v1/systemregister/vendor/${id}`, { headers: bearer(kk) });
  expect(after.status()).toBe(200);
  expect((await after.json()).isDeleted).toBe(false);
});
