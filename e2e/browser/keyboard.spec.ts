// Keyboard only (WCAG 2.1.1, 2.4.3, 2.4.7): log in, approve a request and delegate a client with the Tab
// and Enter keys alone; every element that takes focus on the way shows it, and focus moves to the result.
import { expect, test, type Page } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { bearer } from "../api/vendor-fixtures";
import { createAgent, DRESS_MINST } from "../support/client-delegation";
import { KRAV_READ, ORG, PERSON, confirmPath, createRequest } from "./approval-fixtures";
import { screenshot } from "./helpers";

/** The focused element's test id and whether its focus can be seen (an outline or a focus ring). */
function focusState(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { testId: null, visible: false, tag: "body" };
    const s = getComputedStyle(el);
    const visible = (s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== "none";
    return { testId: el.dataset.testid ?? null, visible, tag: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""} ${el.textContent?.trim().slice(0, 40) ?? ""}` };
  });
}

/** Presses Tab until the element with `testId` has focus; every stop on the way must show its focus. */
async function tabTo(page: Page, testId: string, max = 120) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const f = await focusState(page);
    if (f.tag === "body") continue; // past the last element, Tab wraps round through the document
    expect(f.visible, `focus not visible on ${f.tag}`).toBe(true);
    if (f.testId === testId) return;
  }
  throw new Error(`${testId} not reached with Tab`);
}

async function keyboardLogin(page: Page, pid: string, callbackUrl: string) {
  await page.goto(`/login?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  // The skip link comes first and moves focus to the main content.
  await page.keyboard.press("Tab");
  expect((await focusState(page)).testId).toBe("skip-link");
  await expect(page.getByTestId("skip-link")).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.locator("#main-content")).toBeFocused();
  await tabTo(page, "login-pid");
  await page.keyboard.type(pid);
  await page.keyboard.press("Enter");
  await page.waitForURL((u) => u.pathname + u.search === callbackUrl);
}

test("keyboard only: log in and approve a system-user request", async ({ page, request }) => {
  test.setTimeout(180_000);
  const headers = await bearer(request);
  const req = await createRequest(request, headers, { systemId: "991825827_smartcloud", partyOrgNo: ORG.ape, externalRef: `kbd-${randomUUID()}`, rights: [KRAV_READ] });
  await keyboardLogin(page, PERSON.stadig, confirmPath(req));
  await tabTo(page, "decision-approve");
  await screenshot(page, "keyboard-approve-focus");
  await page.keyboard.press("Enter");
  await page.waitForURL((u) => u.pathname === "/accessmanagement/ui/systemuser/done" || u.pathname === "/vendor/callback");
});

test("keyboard only: the client administrator adds a client, and focus moves to the result", async ({ page, request, browser }) => {
  test.setTimeout(180_000);
  const { id } = await createAgent(request, browser);
  await keyboardLogin(page, DRESS_MINST, `/accessmanagement/ui/systemuser/${id}/agentdelegation`);
  await tabTo(page, "clients-add-one");
  await screenshot(page, "keyboard-add-client-focus");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("add-result")).toBeVisible();
  await expect(page.getByTestId("clients-add-feedback")).toBeFocused();
  await expect(page.getByTestId("add-result")).toContainText("added");
  // ... and removes it again.
  await tabTo(page, "clients-remove");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("clients-remove-feedback")).toBeFocused();
  await expect(page.getByTestId("clients-remove-feedback")).toContainText("was removed from the system user.");
});
