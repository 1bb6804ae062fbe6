// Browser helpers shared by the specs: persona login and screenshots.
import { expect, type Page } from "@playwright/test";
import { RESULTS_DIR } from "../test-env";

/** Logs in through the TestID page by typing the number; chooses `orgName` when the person has several. */
export async function loginAs(page: Page, pid: string, opts: { callbackUrl?: string; orgName?: string } = {}) {
  const q = opts.callbackUrl ? `?callbackUrl=${encodeURIComponent(opts.callbackUrl)}` : "";
  await page.goto(`/login${q}`);
  await page.getByLabel("National identity number (fødselsnummer)").fill(pid);
  await page.getByRole("button", { name: "Log in", exact: true }).click();
  await page.waitForURL((u) => !u.pathname.startsWith("/login"));
  if (opts.orgName && new URL(page.url()).pathname === "/velg-aktor") {
    await page.getByRole("button", { name: opts.orgName }).click();
    await page.waitForURL((u) => u.pathname !== "/velg-aktor");
  }
  await expect(page.getByTestId("whoami")).toBeVisible();
}

export async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: `${RESULTS_DIR}/screenshots/${name}.png`, fullPage: true });
}
