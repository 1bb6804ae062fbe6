// The service owner's pages: RASK BLÅ ELG (Skatteetaten) creates and grants a scope, registers a resource
// with a policy, edits and deletes it; what the pages save is what the public API then answers.
import { expect, test, type Page } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { ORGS, SEED_RESOURCE_ID } from "../../prisma/cast";
import { DEMO_CLIENTS, getToken, signGrant, tokenResponse } from "../support/maskinporten";
import { loginAs, screenshot } from "./helpers";
import { LUR_GRONN_REV, createClientInBrowser, newKeyPair, pasteKey, selfServiceClient } from "./maskinporten-fixtures";
import { policyXml } from "../support/service-owner";

const RASK_BLA_ELG = "11887910024";
const STADIG_KONSERT = "15919110098";
const P = "urn:altinn:accesspackage:";

async function fillTitles(page: Page, prefix: string) {
  for (const [lang, label] of [["nb", "bokmål"], ["nn", "nynorsk"], ["en", "English"]] as const) {
    await page.getByLabel(`Title (${label})`).fill(`${prefix} ${lang}`);
  }
}

test("RASK BLÅ ELG creates and grants a scope, registers a resource with a policy, edits and deletes it", async ({ page, request }) => {
  // the whole story, access lists included, on a shared 2-core machine
  test.setTimeout(240_000);
  const suffix = randomUUID().slice(0, 8);
  const scope = `skatteetaten:h3test${suffix}`;
  const id = `h3-browser-${suffix}`;
  await loginAs(page, RASK_BLA_ELG);
  await expect(page).toHaveURL(/\/serviceowner$/);
  await expect(page.getByTestId("resources")).toContainText(SEED_RESOURCE_ID);
  await screenshot(page, "serviceowner-home");

  // scopes: the prefix is checked, then a scope is created, granted, and a grant revoked
  await page.getByRole("link", { name: "Create and grant scopes" }).click();
  await expect(page).toHaveURL(/\/serviceowner\/scopes$/);
  await page.getByLabel("Scope name").fill("altinn:h3test");
  await page.getByRole("button", { name: "Create scope" }).click();
  await expect(page.getByTestId("scope-error")).toContainText("belongs to the platform");
  await page.getByLabel("Scope name").fill("nav:h3test");
  await page.getByRole("button", { name: "Create scope" }).click();
  await expect(page.getByTestId("scope-error")).toContainText("is not yours");
  await page.getByLabel("Scope name").fill(scope);
  await page.getByLabel("Description").fill("A scope made by the service-owner browser test.");
  await page.getByRole("button", { name: "Create scope" }).click();
  const panel = page.getByTestId(`scope-${scope}`);
  await expect(panel).toBeVisible();
  await panel.getByLabel(`Grant ${scope} to organisation number`).fill("991825828");
  await panel.getByRole("button", { name: "Grant" }).click();
  await expect(panel.getByTestId("scope-error")).toContainText("check digit");
  await panel.getByLabel(`Grant ${scope} to organisation number`).fill(ORGS.smartcloud.orgNo);
  await panel.getByRole("button", { name: "Grant" }).click();
  await expect(panel.getByRole("cell", { name: "SMARTCLOUD AS", exact: true })).toBeVisible();
  await panel.getByLabel(`Grant ${scope} to organisation number`).fill(ORGS.konkurrent.orgNo);
  await panel.getByRole("button", { name: "Grant" }).click();
  await expect(panel.getByRole("cell", { name: "KONKURRENT DATA AS", exact: true })).toBeVisible();
  await screenshot(page, "serviceowner-scopes");
  await panel.getByRole("button", { name: `Revoke ${scope} from KONKURRENT DATA AS` }).click();
  await expect(panel.getByRole("cell", { name: "KONKURRENT DATA AS", exact: true })).toHaveCount(0);
  await expect(panel.getByRole("cell", { name: "SMARTCLOUD AS", exact: true })).toBeVisible();

  // a resource: first with faults, then valid, with two rules
  await page.goto("/serviceowner/resources/new");
  await page.getByLabel("Identifier").fill("Not Valid");
  await page.getByRole("button", { name: "Register resource" }).click();
  await expect(page.getByText("3–100 characters")).toBeVisible();
  await expect(page.getByText("Must not be empty.").first()).toBeVisible();
  await screenshot(page, "serviceowner-resource-errors");
  await page.getByLabel("Identifier").fill(id);
  await fillTitles(page, "Testressurs");
  await page.getByLabel("Description (English)").fill("Made by the browser test.");
  await page.getByLabel("Maskinporten scope the API is reached by").selectOption(scope);
  const rule1 = page.getByTestId("rule-0");
  await rule1.getByRole("checkbox", { name: "DAGL · Daglig leder" }).check();
  // the whole catalogue, by area: search, then tick
  await rule1.getByLabel("Search access packages").fill("skatt");
  await rule1.getByRole("checkbox", { name: "Package · Business tax", exact: true }).check();
  await rule1.getByRole("checkbox", { name: "write", exact: true }).check();
  await rule1.getByLabel("Rule description").fill("Leaders and tax staff");
  await page.getByRole("button", { name: "Add rule" }).click();
  const rule2 = page.getByTestId("rule-1");
  await rule2.getByLabel("Search access packages").fill("regnskapsforer-lonn");
  await rule2.getByRole("checkbox", { name: "Package · Accountant salary", exact: true }).check();
  // the form shows the XACML file it will save
  const rules = [
    { subjects: ["urn:altinn:rolecode:DAGL", `${P}skatt-naering`], actions: ["read", "write"], description: "Leaders and tax staff" },
    { subjects: [`${P}regnskapsforer-lonn`], actions: ["read"], description: "" },
  ];
  await page.getByText("The policy file these rules are saved as (XACML 3.0)").click();
  expect(await page.getByTestId("policy-xml").textContent()).toBe(policyXml(id, rules));
  await screenshot(page, "serviceowner-resource-new");
  await page.getByRole("button", { name: "Register resource" }).click();
  await expect(page).toHaveURL(new RegExp(`/serviceowner/resources/${id}\\?saved=1$`));
  await expect(page.getByTestId("saved")).toBeVisible();
  await screenshot(page, "serviceowner-resource-edit");

  const resource = await (await request.get(`/resourceregistry/api/v1/resource/${id}`)).json();
  expect(resource).toMatchObject({ identifier: id, title: { en: "Testressurs en" }, resourceReferences: [{ reference: scope, referenceType: "MaskinportenScope" }] });
  // what the form showed is the file the registry now serves, and what the page reads back
  const policy = await request.get(`/resourceregistry/api/v1/resource/${id}/policy`);
  expect(policy.headers()["content-type"]).toBe("text/xml");
  expect(await policy.text()).toBe(policyXml(id, rules));
  await page.getByText("The policy file these rules are saved as (XACML 3.0)").click();
  expect(await page.getByTestId("policy-xml").textContent()).toBe(policyXml(id, rules));

  // edit: a new English title, the second rule removed; a rule without subjects is refused first
  await page.getByLabel("Title (English)").fill("Edited title");
  // an area holding a chosen package opens by itself
  await page.getByTestId("rule-1").getByRole("checkbox", { name: "Package · Accountant salary", exact: true }).uncheck();
  await page.getByRole("button", { name: "Save resource" }).click();
  await expect(page.getByTestId("rules-error")).toContainText("Rule 2: A rule names at least one subject.");
  await page.getByRole("button", { name: "Remove rule 2" }).click();
  await page.getByRole("button", { name: "Save resource" }).click();
  await expect(page.getByTestId("saved")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Edited title");
  expect(await (await request.get(`/resourceregistry/api/v1/resource/${id}/policy`)).text()).toBe(policyXml(id, [rules[0]!]));

  // access lists: enabled in the form; a named list made on the access-list pages, with a member and a
  // connection to this resource filtered to read (the Resource Registry's AccessListsController model)
  await page.getByLabel("Access list mode").selectOption("Enabled");
  await page.getByRole("button", { name: "Save resource" }).click();
  await expect.poll(async () => ((await (await request.get(`/resourceregistry/api/v1/resource/${id}`)).json()) as { accessListMode: string }).accessListMode).toBe("Enabled");
  const lists = page.getByTestId("resource-access-lists");
  await expect(lists.getByText("Access list mode is Enabled")).toBeVisible();
  await expect(lists.getByText("No access list is connected to this resource.")).toBeVisible();
  await lists.getByRole("link", { name: "Manage access lists" }).click();
  await expect(page).toHaveURL(/\/serviceowner\/access-lists$/);
  await expect(page.getByTestId("access-lists")).toContainText("krav-og-betalinger-pilot");
  const listId = `h3-list-${suffix}`;
  await page.getByLabel("Identifier").fill("Not A Slug");
  await page.getByLabel("Name", { exact: true }).fill("Pilot banks");
  await page.getByRole("button", { name: "Create access list" }).click();
  await expect(page.getByTestId("create-list-error")).toContainText("lowercase letters, digits and hyphens");
  await page.getByLabel("Identifier").fill(listId);
  await page.getByRole("button", { name: "Create access list" }).click();
  await expect(page).toHaveURL(new RegExp(`/serviceowner/access-lists/${listId}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pilot banks");
  const members = page.getByTestId("members");
  await members.getByLabel("Add organisation number").fill("123");
  await members.getByRole("button", { name: "Add member" }).click();
  await expect(page.getByTestId("add-member-error")).toContainText("9 digits with a valid check digit");
  await members.getByLabel("Add organisation number").fill(ORGS.ape.orgNo);
  await members.getByRole("button", { name: "Add member" }).click();
  await expect(members.getByText(`TILFELDIG SUBTIL APE · ${ORGS.ape.orgNo}`)).toBeVisible();
  const connections = page.getByTestId("connections");
  await connections.getByLabel("Resource").selectOption(id);
  await connections.getByRole("checkbox", { name: "read", exact: true }).check();
  await connections.getByRole("button", { name: "Connect" }).click();
  await expect(connections.getByText(`${id} · actions: read · access list mode Enabled`)).toBeVisible();
  await screenshot(page, "serviceowner-access-list");
  // what the page saved is what the API answers
  const skd = await getToken(request, { ...DEMO_CLIENTS.skatteetaten }, { scopes: ["altinn:resourceregistry/accesslist.read"] });
  const apiMembers = await request.get(`/resourceregistry/api/v1/access-lists/skd/${listId}/members`, { headers: { authorization: `Bearer ${skd}` } });
  expect(((await apiMembers.json()) as { data: { identifiers: Record<string, string> }[] }).data.map((m) => m.identifiers["urn:altinn:organization:identifier-no"])).toEqual([ORGS.ape.orgNo]);
  // the resource's page names the list
  await page.goto(`/serviceowner/resources/${id}`);
  await expect(page.getByTestId("resource-access-lists")).toContainText(`Pilot banks (${listId}) · 1 member(s) · actions: read`);
  await page.goto(`/serviceowner/access-lists/${listId}`);
  await members.getByRole("button", { name: "Remove TILFELDIG SUBTIL APE from the list" }).click();
  await expect(members.getByText("The list has no members.")).toBeVisible();
  await connections.getByRole("button", { name: `Disconnect ${id}` }).click();
  await expect(connections.getByText("The list is connected to no resource.")).toBeVisible();
  await page.getByRole("button", { name: "Delete access list" }).click();
  await expect(page.getByTestId("list-deleted")).toContainText(`Access list ${listId} was deleted.`);
  await page.goto(`/serviceowner/resources/${id}`);

  await page.getByRole("button", { name: "Delete resource" }).click();
  await expect(page).toHaveURL(/\/serviceowner\?deleted=/);
  await expect(page.getByText(`Resource ${id} was deleted.`)).toBeVisible();
  expect((await request.get(`/resourceregistry/api/v1/resource/${id}`)).status()).toBe(404);
});

test("a resource in use cannot be deleted from the page; unknown resources are 404", async ({ page }) => {
  await loginAs(page, RASK_BLA_ELG);
  await page.goto(`/serviceowner/resources/${SEED_RESOURCE_ID}`);
  await expect(page.getByText("In use: named by")).toBeVisible();
  await page.getByRole("button", { name: "Delete resource" }).click();
  await expect(page.getByTestId("delete-error")).toContainText("still in use");
  await screenshot(page, "serviceowner-resource-in-use");
  expect((await page.goto("/serviceowner/resources/no-such-resource"))?.status()).toBe(404);
});

test("people without the resource administrator role are refused on every service-owner page", async ({ page }) => {
  await loginAs(page, STADIG_KONSERT);
  for (const path of ["/serviceowner", "/serviceowner/scopes", "/serviceowner/resources/new", `/serviceowner/resources/${SEED_RESOURCE_ID}`]) {
    expect((await page.goto(path))?.status(), path).toBe(403);
    await expect(page.getByTestId("not-allowed")).toBeVisible();
  }
});

test("a granted scope can be put on a vendor's client and used; after the revoke, Maskinporten refuses it", async ({ page, browser, request }) => {
  const scope = `skatteetaten:h3grant${randomUUID().slice(0, 8)}`;
  await loginAs(page, RASK_BLA_ELG, { callbackUrl: "/serviceowner/scopes" });
  await page.getByLabel("Scope name").fill(scope);
  await page.getByRole("button", { name: "Create scope" }).click();
  const panel = page.getByTestId(`scope-${scope}`);
  await panel.getByLabel(`Grant ${scope} to organisation number`).fill(ORGS.smartcloud.orgNo);
  await panel.getByRole("button", { name: "Grant" }).click();
  await expect(panel.getByRole("cell", { name: "SMARTCLOUD AS", exact: true })).toBeVisible();

  // SmartCloud's developer puts the granted scope on a new client of its own
  const vendor = await browser.newContext();
  const vendorPage = await vendor.newPage();
  await loginAs(vendorPage, LUR_GRONN_REV);
  const clientId = await createClientInBrowser(vendorPage, `test-${randomUUID()}`, [scope]);
  const key = await newKeyPair(`h3-${randomUUID().slice(0, 8)}`);
  await pasteKey(vendorPage, key.publicJwk);
  await expect(vendorPage.getByTestId("key-table")).toContainText(key.publicJwk.kid!);
  await vendor.close();
  const client = selfServiceClient(clientId, key.publicJwk.kid!, key.privateJwk);
  expect(await getToken(request, client, { scopes: [scope] })).toBeTruthy();

  await panel.getByRole("button", { name: `Revoke ${scope} from SMARTCLOUD AS` }).click();
  await expect(panel.getByRole("cell", { name: "SMARTCLOUD AS", exact: true })).toHaveCount(0);
  const refused = await tokenResponse(request, await signGrant(client, { scopes: [scope] }));
  expect(refused.status()).toBe(400);
  const body = (await refused.json()) as { error: string; error_description: string };
  expect(body.error).toBe("invalid_scope");
  expect(body.error_description).toContain("not granted");
});
