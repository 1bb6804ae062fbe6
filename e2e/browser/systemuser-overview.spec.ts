// The end user's overview (reference §1 step 4, §4): user-driven creation of a standard system user,
// deletion with a confirm step, and the cross-tenant guard on deletion.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { bearer, PKG, registerSystem } from "../api/vendor-fixtures";
import { screenshot } from "./helpers";
import { KRAV_READ, ORG, PERSON, SKATT_NAERING, confirmPath, createRequest, forgeHidden, openAs, readRequest, systemUserByQuery } from "./approval-fixtures";

const OVERVIEW = "/accessmanagement/ui/systemuser/overview";
const NEW = "/accessmanagement/ui/systemuser/new";

async function visibleSystem(request: APIRequestContext, headers: Record<string, string>, over: Record<string, unknown> = {}) {
  const name = `H4 visible ${randomUUID().slice(0, 8)}`;
  const id = await registerSystem(request, headers, { name: { nb: name, nn: name, en: name }, rights: [KRAV_READ], accessPackages: [], isVisible: true, ...over });
  return { id, name };
}

/** Creates a system user through the portal's user-driven flow and returns its id. */
async function createInPortal(page: import("@playwright/test").Page, systemName: string, title: string): Promise<string> {
  await page.goto(NEW);
  await page.getByRole("link", { name: systemName }).click();
  await expect(page.getByTestId("chosen-system")).toHaveText(systemName);
  await page.getByLabel("Name of the integration").fill(title);
  await page.getByRole("button", { name: "Create system user" }).click();
  await expect(page).toHaveURL(/\/overview\?created=/);
  return new URL(page.url()).searchParams.get("created")!;
}

test("STADIG KONSERT creates a system user herself, cannot create it twice, deletes it: gone and revoked", async ({ page, request }) => {
  const headers = await bearer(request);
  const sys = await visibleSystem(request, headers, { accessPackages: [SKATT_NAERING] });
  const title = `Min integrasjon ${randomUUID().slice(0, 6)}`;
  await openAs(page, PERSON.stadig, NEW);
  await expect(page.getByTestId("visible-systems")).toContainText(sys.name);
  await screenshot(page, "new-system-user-list");
  await page.getByRole("link", { name: sys.name }).click();
  await expect(page.getByTestId("rights")).toContainText("Claims and payments");
  await expect(page.getByTestId("rights")).toContainText("Business tax");
  await screenshot(page, "new-system-user-chosen");
  await page.getByLabel("Name of the integration").fill(title);
  await page.getByRole("button", { name: "Create system user" }).click();
  await expect(page).toHaveURL(/\/overview\?created=/);
  const id = new URL(page.url()).searchParams.get("created")!;
  await expect(page.getByTestId("created-notice")).toBeVisible();
  const card = page.locator(`[data-testid="system-user"][data-id="${id}"]`);
  await expect(card).toContainText(title);
  await expect(card.getByText("Read", { exact: true })).toBeVisible();
  const su = await systemUserByQuery(request, headers, sys.id, ORG.ape, ORG.ape);
  expect(await su.json()).toMatchObject({ id, integrationTitle: title, externalRef: ORG.ape, userType: "standard" });

  // the triple (system, org, externalRef = org) is taken
  await page.goto(`${NEW}?system=${encodeURIComponent(sys.id)}`);
  await page.getByRole("button", { name: "Create system user" }).click();
  await expect(page.getByTestId("create-error")).toContainText("AUTH-00004");

  await page.goto(OVERVIEW);
  await card.getByRole("link", { name: `Delete ${title}` }).click();
  await expect(page.getByTestId("delete-confirm")).toBeVisible();
  await screenshot(page, "overview-delete-confirm");
  await page.getByRole("button", { name: "Delete system user" }).click();
  await expect(page.getByTestId("deleted-notice")).toBeVisible();
  await expect(page.locator(`[data-testid="system-user"][data-id="${id}"]`)).toHaveCount(0);
  expect((await systemUserByQuery(request, headers, sys.id, ORG.ape, ORG.ape)).status()).toBe(404);
});

// Altinn's role-to-package rows (altinn-authorization-tmp IngestRolePackage.cs): DAGL may delegate krav-og-utlegg.
test("a daglig leder may give a system user a package of the DAGL role without holding it herself (krav-og-utlegg)", async ({ page, request }) => {
  const headers = await bearer(request);
  const sys = await visibleSystem(request, headers, { accessPackages: [{ urn: `${PKG}krav-og-utlegg` }] });
  await openAs(page, PERSON.stadig, `${NEW}?system=${encodeURIComponent(sys.id)}`);
  await expect(page.getByTestId("rights")).toContainText("Claims, payments and enforcement");
  await expect(page.getByTestId("missing-rights")).toHaveCount(0);
  await page.getByLabel("Name of the integration").fill(`Krav ${randomUUID().slice(0, 6)}`);
  await page.getByRole("button", { name: "Create system user" }).click();
  await expect(page).toHaveURL(/\/overview\?created=/);
  expect((await systemUserByQuery(request, headers, sys.id, ORG.ape, ORG.ape)).status()).toBe(200);
});

test("a system whose package the person does not hold cannot be created (AUTH-00053 shown, nothing created)", async ({ page, request }) => {
  const headers = await bearer(request);
  // a daglig leder may delegate the 133 packages of Altinn's DAGL rows (IngestRolePackage.cs), not this one
  const sys = await visibleSystem(request, headers, { accessPackages: [{ urn: `${PKG}post-til-virksomheten-med-taushetsbelagt-innhold` }] });
  await openAs(page, PERSON.stadig, `${NEW}?system=${encodeURIComponent(sys.id)}`);
  await expect(page.getByTestId("missing-rights")).toContainText("Mail to business with confidential content");
  await expect(page.getByRole("button", { name: "Create system user" })).toBeDisabled();
  await screenshot(page, "new-system-user-missing");
  expect((await systemUserByQuery(request, headers, sys.id, ORG.ape, ORG.ape)).status()).toBe(404);
});

test("cross-tenant: DRESS MINST cannot delete APE's system user, not by link nor by a forged post", async ({ page, request }) => {
  const headers = await bearer(request);
  const apeSys = await visibleSystem(request, headers);
  const tigerSys = await visibleSystem(request, headers);
  await openAs(page, PERSON.stadig, OVERVIEW);
  const apeId = await createInPortal(page, apeSys.name, "APE's own");

  await openAs(page, PERSON.dress, OVERVIEW);
  await expect(page.locator(`[data-testid="system-user"][data-id="${apeId}"]`)).toHaveCount(0);
  await page.goto(`${OVERVIEW}?delete=${apeId}`);
  await expect(page.getByTestId("delete-confirm")).toHaveCount(0);

  const tigerId = await createInPortal(page, tigerSys.name, "TIGER's own");
  await page.goto(`${OVERVIEW}?delete=${tigerId}`);
  await forgeHidden(page, "systemUserId", apeId);
  await page.getByRole("button", { name: "Delete system user" }).click();
  await expect(page.getByTestId("delete-error")).toContainText("AUTH-00024");
  expect((await systemUserByQuery(request, headers, apeSys.id, ORG.ape, ORG.ape)).status()).toBe(200);
  expect((await systemUserByQuery(request, headers, tigerSys.id, ORG.tiger, ORG.tiger)).status()).toBe(200);
});

test("a request whose system user was created meanwhile in the portal: approving gives AUTH-00004 and changes nothing", async ({ page, request }) => {
  const headers = await bearer(request);
  const sys = await visibleSystem(request, headers);
  // no externalRef: it defaults to the org number, the same triple as user-driven creation
  const req = await createRequest(request, headers, { systemId: sys.id, partyOrgNo: ORG.ape, rights: [KRAV_READ] });
  await openAs(page, PERSON.stadig, OVERVIEW);
  const directId = await createInPortal(page, sys.name, "Created directly");
  await page.goto(confirmPath(req));
  await page.getByRole("button", { name: "Approve" }).click();
  await expect(page.getByTestId("decision-error")).toContainText("AUTH-00004");
  await screenshot(page, "approval-error-exists");
  expect((await readRequest(request, headers, req.id)).status).toBe("New");
  expect(await (await systemUserByQuery(request, headers, sys.id, ORG.ape, ORG.ape)).json()).toMatchObject({ id: directId });
});
