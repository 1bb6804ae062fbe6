// The client administrator's pages: the firm's agent system users, and one agent's client delegation
// (add one, add selected, add all, the reason on clients that cannot be added, remove). Cross-tenant and
// anonymous visits see nothing.
import { expect, test, type Page } from "@playwright/test";
import { ORGS } from "../../prisma/cast";
import { DRESS_MINST, FLITTIG_GUL_HARE, REGNSKAP_MED, createAgent, createStandardSystemUser } from "../support/client-delegation";
import { loginAs, screenshot } from "./helpers";

const ADMIN = "/accessmanagement/ui/clientadministration";
const delegationPath = (id: string) => `/accessmanagement/ui/systemuser/${id}/agentdelegation`;

const available = (page: Page, orgNo: string) => page.getByTestId(`available-${orgNo}`);
const delegated = (page: Page, orgNo: string) => page.getByTestId(`delegated-${orgNo}`);

test("DRESS MINST delegates clients to an agent system user: one, selected, all; refusals say why; remove", async ({ page, request, browser }) => {
  const { id } = await createAgent(request, browser, [REGNSKAP_MED]);
  await loginAs(page, DRESS_MINST, { callbackUrl: ADMIN, orgName: ORGS.tiger.name });
  await page.goto(ADMIN);
  const row = page.getByTestId(`agent-${id}`);
  await expect(row).toContainText("Accountant with signing rights");
  await expect(row).toContainText("SMARTCLOUD AS");
  await expect(row.getByTestId("client-count")).toHaveText("0");
  await screenshot(page, "clientadmin-agents");

  await row.getByRole("link", { name: "Manage clients" }).click();
  await expect(page).toHaveURL(new RegExp(`${delegationPath(id)}$`));
  await expect(page.getByText("No clients are delegated to this system user yet.")).toBeVisible();
  // revisor-only and forretningsfører clients cannot take a regnskapsfører agent: the reason is shown
  for (const org of [ORGS.lilla, ORGS.puma, ORGS.skjor]) {
    await expect(available(page, org.orgNo).getByTestId("cannot-add")).toHaveText("Cannot be added (AUTH-00080): the client does not give the firm Accountant with signing rights, which the system user holds.");
    await expect(available(page, org.orgNo).getByRole("checkbox")).toBeDisabled();
  }
  await expect(available(page, ORGS.puma.orgNo)).toContainText("Forretningsfører");
  await expect(available(page, ORGS.ape.orgNo)).toHaveCount(0);
  await screenshot(page, "agentdelegation-before");

  await page.getByRole("button", { name: `Add ${ORGS.veik.name}` }).click();
  await expect(delegated(page, ORGS.veik.orgNo)).toBeVisible();
  await expect(page.getByTestId("add-result")).toContainText(`${ORGS.veik.name} added.`);
  await expect(available(page, ORGS.veik.orgNo)).toHaveCount(0);

  await page.getByRole("checkbox", { name: `Select ${ORGS.sitrongul.name}` }).check();
  await page.getByRole("checkbox", { name: `Select ${ORGS.oppstemt.name}` }).check();
  await page.getByRole("button", { name: "Add selected" }).click();
  await expect(delegated(page, ORGS.sitrongul.orgNo)).toBeVisible();
  await expect(delegated(page, ORGS.oppstemt.orgNo)).toBeVisible();
  await expect(available(page, ORGS.opplyst.orgNo)).toBeVisible();
  // the sole proprietorship (ENK) is a regnskapsfører client like the others
  await expect(available(page, ORGS.toppkatt.orgNo)).toBeVisible();

  await page.getByRole("button", { name: /Add all that can be added \(2\)/ }).click();
  await expect(delegated(page, ORGS.opplyst.orgNo)).toBeVisible();
  await expect(delegated(page, ORGS.toppkatt.orgNo)).toBeVisible();
  await expect(page.getByRole("button", { name: /Add all that can be added \(0\)/ })).toBeDisabled();
  await expect(page.getByRole("heading", { name: "Delegated clients (5)" })).toBeVisible();
  await screenshot(page, "agentdelegation-after-add");

  await page.getByRole("button", { name: `Remove ${ORGS.oppstemt.name}` }).click();
  await expect(delegated(page, ORGS.oppstemt.orgNo)).toHaveCount(0);
  await expect(available(page, ORGS.oppstemt.orgNo)).toBeVisible();
  await expect(page.getByText(`${ORGS.oppstemt.name} was removed from the system user.`)).toBeVisible();
  await screenshot(page, "agentdelegation-after-remove");

  await page.goto(ADMIN);
  await expect(page.getByTestId(`agent-${id}`).getByTestId("client-count")).toHaveText("4");
});

test("another firm's client administrator, and anonymous visitors, never see TIGER's agent", async ({ page, request, browser }) => {
  const { id } = await createAgent(request, browser, [REGNSKAP_MED]);
  const res = await page.goto(delegationPath(id));
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  expect(res?.status()).toBe(200);

  await loginAs(page, FLITTIG_GUL_HARE, { orgName: ORGS.flink.name });
  expect((await page.goto(delegationPath(id)))?.status()).toBe(404);
  await expect(page.getByTestId("agentdelegation")).toHaveCount(0);
  await page.goto(ADMIN);
  await expect(page.getByTestId("area-clientAdmin")).toBeVisible();
  await expect(page.getByTestId(`agent-${id}`)).toHaveCount(0);
  await screenshot(page, "clientadmin-flink");
});

test("a standard system user's delegation page says it has no clients (AUTH-00034)", async ({ page, request, browser }) => {
  const id = await createStandardSystemUser(request, browser);
  await loginAs(page, DRESS_MINST, { callbackUrl: delegationPath(id) });
  await expect(page.getByRole("heading", { name: "Not an agent system user" })).toBeVisible();
  await expect(page.getByText("(AUTH-00034)")).toBeVisible();
  await expect(page.getByTestId("available-clients")).toHaveCount(0);
});

// C3: SystemUserService.DeleteAgentSystemUser → DeleteSystemUserAssignment(cascade) (Altinn/altinn-authentication,
// commit 191cce12): an agent system user with clients is deleted, and its client delegations with it.
test("deleting an agent system user removes its clients with it; the confirm step names them first", async ({ page, request, browser }) => {
  const { id } = await createAgent(request, browser, [REGNSKAP_MED]);
  await loginAs(page, DRESS_MINST, { callbackUrl: delegationPath(id) });
  for (const org of [ORGS.veik, ORGS.sitrongul]) {
    await page.getByRole("button", { name: `Add ${org.name}` }).click();
    await expect(delegated(page, org.orgNo)).toBeVisible();
  }

  await page.goto(`/accessmanagement/ui/systemuser/overview?delete=${id}`);
  await expect(page.getByTestId("delete-clients")).toContainText("Its 2 clients go with it");
  await expect(page.getByTestId("delete-client")).toHaveText([`${ORGS.veik.name} (${ORGS.veik.orgNo})`, `${ORGS.sitrongul.name} (${ORGS.sitrongul.orgNo})`]);
  await screenshot(page, "agent-delete-with-clients");
  await page.getByRole("button", { name: "Delete system user" }).click();
  await expect(page.getByTestId("deleted-notice")).toBeVisible();
  // a deleted agent has no delegation page, and is gone from the client administrator's list
  expect((await page.goto(delegationPath(id)))?.status()).toBe(404);
  await page.goto(ADMIN);
  await expect(page.getByTestId(`agent-${id}`)).toHaveCount(0);
});

test("a standard system user's confirm step names no clients", async ({ page, request, browser }) => {
  const id = await createStandardSystemUser(request, browser);
  await loginAs(page, DRESS_MINST, { callbackUrl: `/accessmanagement/ui/systemuser/overview?delete=${id}` });
  await expect(page.getByTestId("delete-confirm")).toBeVisible();
  await expect(page.getByTestId("delete-clients")).toHaveCount(0);
});

test("the client administrator sees their own Altinn token on the page, and it works on the client-delegation API", async ({ page, request }) => {
  await loginAs(page, DRESS_MINST, { callbackUrl: ADMIN, orgName: ORGS.tiger.name });
  await page.goto(ADMIN);
  await page.getByTestId("my-token").locator("summary").click();
  await expect(page.getByTestId("my-token")).toContainText("altinn:clientdelegations.read altinn:clientdelegations.write");
  const token = await page.getByTestId("my-token-value").inputValue();
  const res = await request.get(`/authentication/api/v1/enduser/systemuser/agents?party=${ORGS.tiger.orgNo}`, { headers: { authorization: `Bearer ${token}` } });
  expect(res.status(), await res.text()).toBe(200);
  // FLINK is not DRESS MINST's firm: the token is hers, the PDP check still applies (bare 403)
  const other = await request.get(`/authentication/api/v1/enduser/systemuser/agents?party=${ORGS.flink.orgNo}`, { headers: { authorization: `Bearer ${token}` } });
  expect({ status: other.status(), body: await other.text() }).toEqual({ status: 403, body: "" });
});
