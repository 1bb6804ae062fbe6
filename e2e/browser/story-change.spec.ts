// The change-request story (issue 10), written from Altinn/altinn-authentication
// src/Authentication/Controllers/ChangeRequestSystemUserController.cs and
// src/Authentication/Services/ChangeRequestSystemUserService.cs (ApproveAndDelegateChangeOnSystemUser,
// RejectChangeOnSystemUser): the vendor asks to swap a right, the end user sees what is added and what
// removed, approves, and the PDP's next decision reflects the new rights; a decided change request
// cannot be decided again; a rejected one changes nothing.
import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { SEED_RESOURCE_ID } from "../../prisma/cast";
import { TEST_ENV } from "../test-env";
import { bearer as vendorBearer, registerSystem } from "../api/vendor-fixtures";
import { RR_API, STADIG_KONSERT, authorizeToken, bearer, createApeSystemUser, decide, putPolicy, resourceBody, resourceWriteToken, uniqueId, xacml } from "../support/service-owner";
import { loginAs, screenshot } from "./helpers";

const APE = "310904473";
const CHANGE = "/authentication/api/v1/systemuser/changerequest/vendor";
const right = (resource: string) => ({ action: "read", resource: [{ id: "urn:altinn:resource", value: resource }] });

/** A new resource DAGL may read, a SmartCloud system with read on it and on Krav og betalinger, and APE's system user holding Krav only. */
async function setup(request: APIRequestContext, browser: Browser) {
  const rrToken = await resourceWriteToken(request);
  const resource = uniqueId("cr");
  expect((await request.post(RR_API, { headers: bearer(rrToken), data: resourceBody(resource) })).status()).toBe(201);
  await putPolicy(request, rrToken, resource, [{ subjects: ["urn:altinn:rolecode:DAGL"], actions: ["read"] }]);
  const headers = await vendorBearer(request);
  const systemId = await registerSystem(request, headers, { rights: [right(SEED_RESOURCE_ID), right(resource)], accessPackages: [] });
  const su = await createApeSystemUser(request, browser, { systemId });
  return { resource, headers, su };
}

async function openChange(browser: Browser, confirmUrl: string) {
  const context = await browser.newContext({ baseURL: TEST_ENV.PUBLIC_BASE_URL });
  const page = await context.newPage();
  const url = new URL(confirmUrl);
  await loginAs(page, STADIG_KONSERT, { callbackUrl: `${url.pathname}${url.search}` });
  await expect(page.getByTestId("changerequest-page")).toBeVisible();
  return page;
}

test("the vendor asks to swap a right, the end user approves, the PDP's next decision reflects it", async ({ request, browser }) => {
  test.setTimeout(120_000);
  const { resource, headers, su } = await setup(request, browser);
  const pdp = await authorizeToken(request);
  const decision = async (res: string) => (await decide(request, pdp, xacml(su.id, "read", APE, res)))[0]?.decision;
  expect(await decision(SEED_RESOURCE_ID)).toBe("Permit");
  expect(await decision(resource)).toBe("NotApplicable");

  const id = randomUUID();
  const created = await request.post(`${CHANGE}?correlation-id=${id}&system-user-id=${su.id}`, { headers, data: { requiredRights: [right(resource)], unwantedRights: [right(SEED_RESOURCE_ID)] } });
  expect(created.status(), await created.text()).toBe(201);
  const { confirmUrl } = await created.json();

  const page = await openChange(browser, confirmUrl);
  await expect(page.getByTestId("added")).toHaveText(`Read on ${resource}`);
  await expect(page.getByTestId("removed")).toHaveText(`Read on ${SEED_RESOURCE_ID}`);
  await screenshot(page, "changerequest-confirm");
  await page.getByRole("button", { name: "Approve", exact: true }).click();
  // logged out and sent to the neutral page (no redirectUrl), as the standard confirm page does
  await page.waitForURL((u) => u.pathname === "/accessmanagement/ui/systemuser/done");

  expect(await decision(resource)).toBe("Permit");
  expect(await decision(SEED_RESOURCE_ID)).toBe("NotApplicable");
  const read = await request.get(`${CHANGE}/${id}`, { headers });
  expect((await read.json()).status).toBe("Accepted");

  // decided: the page says so and offers no decision
  const again = await openChange(browser, confirmUrl);
  await expect(again.getByTestId("request-decided")).toContainText("Accepted");
  await expect(again.getByRole("button", { name: "Approve", exact: true })).toHaveCount(0);
  await again.context().close();
  await page.context().close();
});

test("a rejected change request changes nothing", async ({ request, browser }) => {
  test.setTimeout(120_000);
  const { resource, headers, su } = await setup(request, browser);
  const id = randomUUID();
  const created = await request.post(`${CHANGE}?correlation-id=${id}&system-user-id=${su.id}`, { headers, data: { requiredRights: [right(resource)] } });
  expect(created.status(), await created.text()).toBe(201);
  const page = await openChange(browser, (await created.json()).confirmUrl);
  await expect(page.getByTestId("removed")).toHaveCount(0);
  await page.getByRole("button", { name: "Reject", exact: true }).click();
  await page.waitForURL((u) => u.pathname === "/accessmanagement/ui/systemuser/done");
  await page.context().close();
  const pdp = await authorizeToken(request);
  expect((await decide(request, pdp, xacml(su.id, "read", APE, resource)))[0]?.decision).toBe("NotApplicable");
  expect((await (await request.get(`${CHANGE}/${id}`, { headers })).json()).status).toBe("Rejected");
  // the same correlation id again answers the decided request (200), never a new one
  const again = await request.post(`${CHANGE}?correlation-id=${id}&system-user-id=${su.id}`, { headers, data: { requiredRights: [right(resource)] } });
  expect(again.status()).toBe(200);
  expect((await again.json()).status).toBe("Rejected");
});

// The vendor's pages: ask for a change on the page, follow its status, copy its confirmUrl, withdraw it.
test("the vendor asks for a change in the portal and finds its confirmUrl", async ({ request, browser }) => {
  test.setTimeout(120_000);
  const { resource, su } = await setup(request, browser);
  const context = await browser.newContext({ baseURL: TEST_ENV.PUBLIC_BASE_URL });
  const page = await context.newPage();
  await loginAs(page, "23858510058", { callbackUrl: `/vendor/changerequests/new?systemUser=${su.id}` }); // LUR GRØNN REV, SmartCloud
  await page.getByLabel("Rights to add (resource or resource:action, space separated)").fill(`${resource}:read`);
  await page.getByRole("button", { name: "Create change request" }).click();
  await page.waitForURL(/\/vendor\/changerequests\/[0-9a-f-]{36}$/);
  const id = new URL(page.url()).pathname.split("/").at(-1)!;
  await expect(page.getByTestId("confirm-url")).toHaveValue(`${TEST_ENV.PUBLIC_BASE_URL}/accessmanagement/ui/systemuser/changerequest?id=${id}&DONTCHOOSEREPORTEE=true`);
  await expect(page.getByTestId("changerequest-json")).toContainText('"status": "New"');
  await screenshot(page, "vendor-changerequest");

  // nothing to change: Altinn's NoChangeNeeded, shown, nothing created
  await page.goto(`/vendor/changerequests/new?systemUser=${su.id}`);
  await page.getByRole("button", { name: "Create change request" }).click();
  await expect(page.getByTestId("changerequest-error")).toContainText("NoChangeNeeded");

  await page.goto(`/vendor/changerequests/${id}`);
  await page.getByRole("button", { name: "Withdraw change request" }).click();
  await page.waitForURL(/\/vendor\/systemusers/);
  const headers = await vendorBearer(request);
  expect((await request.get(`${CHANGE}/${id}`, { headers })).status()).toBe(404);
  await context.close();
});
