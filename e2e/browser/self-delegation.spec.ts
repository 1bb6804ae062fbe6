// The client administrator's page adds and removes the firm's own organisation on its agent system user
// (self-delegation), by keyboard, with the result announced. Sources: Altinn/altinn-authentication
// src/Authentication/Controllers/SystemUserController.cs (DelegateSelfToAgentSystemUser,
// RevokeSelfFromAgentSystemUser), src/Authentication/Services/SystemUserService.cs (packages assignable as
// for a standard system user); Altinn/altinn-access-management-frontend
// src/features/amUI/systemUser/SystemUserAgentDelegationPage/SystemUserAgentDelegationPageContent.tsx
// (the button for an access manager when every package is assignable; "Add your organization").
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { ORGS } from "../../prisma/cast";
import { DRESS_MINST, PKG, REGNSKAP_MED, createAgent } from "../support/client-delegation";
import { authorizeToken, decide, xacml } from "../support/service-owner";
import { loginAs, screenshot } from "./helpers";

const delegationPath = (id: string) => `/accessmanagement/ui/systemuser/${id}/agentdelegation`;
const TIGER = ORGS.tiger;

test("DRESS MINST adds the firm itself to its agent system user by keyboard, sees it listed, and removes it", async ({ page, request, browser }) => {
  // a whole story (approval in a browser, then the page): 120 s, as the other story tests
  test.setTimeout(120_000);
  const { id } = await createAgent(request, browser, [`${PKG}skatt-naering`]);
  const pdp = await authorizeToken(request);
  const decision = async () => (await decide(request, pdp, xacml(id, "read", TIGER.orgNo)))[0]!.decision;
  await loginAs(page, DRESS_MINST, { callbackUrl: delegationPath(id), orgName: TIGER.name });
  await page.goto(delegationPath(id));
  const panel = page.getByTestId("own-organisation");
  await expect(panel.getByTestId("own-organisation-status")).toContainText(`${TIGER.name} is not added to this system access.`);

  const add = panel.getByRole("button", { name: "Add your organisation" });
  await add.focus();
  await page.keyboard.press("Enter");
  await expect(panel.getByRole("status")).toHaveText(`${TIGER.name} was added to the system access.`);
  await expect(panel.getByTestId("own-organisation-feedback")).toBeFocused();
  const row = page.getByTestId(`delegated-${TIGER.orgNo}`);
  await expect(row).toContainText(TIGER.name);
  await expect(row.getByTestId("own-organisation-tag")).toHaveText("Your organisation");
  await expect(panel.getByTestId("own-organisation-status")).toContainText(`${TIGER.name} is added to this system access`);
  expect(await decision()).toBe("Permit");
  await screenshot(page, "agentdelegation-own-organisation");
  // the page with the panel, the result and the listed own organisation: no WCAG 2.1 AA violations
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  const remove = panel.getByRole("button", { name: "Remove your organisation from system access" });
  await remove.focus();
  await page.keyboard.press("Enter");
  await expect(panel.getByRole("status")).toHaveText(`${TIGER.name} was removed from the system access.`);
  await expect(row).toHaveCount(0);
  await expect(panel.getByRole("button", { name: "Add your organisation" })).toBeVisible();
  expect(await decision()).toBe("NotApplicable");
});

test("an agent holding client packages: no button, the reason instead", async ({ page, request, browser }) => {
  test.setTimeout(120_000);
  const { id } = await createAgent(request, browser, [REGNSKAP_MED]);
  await loginAs(page, DRESS_MINST, { callbackUrl: delegationPath(id), orgName: TIGER.name });
  await page.goto(delegationPath(id));
  const panel = page.getByTestId("own-organisation");
  await expect(panel.getByTestId("own-organisation-unavailable")).toHaveText(`${TIGER.name} cannot be added: the system user holds client access packages, which an organisation cannot give itself.`);
  await expect(panel.getByRole("button")).toHaveCount(0);
});
