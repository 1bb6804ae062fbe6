// The documentation's client-delegation story end to end: SmartCloud asks the accounting firm for an agent
// system user; DRESS MINST approves it and delegates two clients; SmartCloud's machine gets one token for
// the agent and calls Skatteetaten's API for each client: Permit for the delegated ones, not for a third
// client; after a client is removed its call is refused at once.
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import type { JWK } from "jose";
import { ORGS, SCOPES } from "../../prisma/cast";
import { DEMO_CLIENTS, getToken, tokenResponse, signGrant, type DemoClient } from "../support/maskinporten";
import { DRESS_MINST, REGNSKAP_MED } from "../support/client-delegation";
import { loginAs, screenshot } from "./helpers";
import { createClientInBrowser, LUR_GRONN_REV, pasteKey, selfServiceClient } from "./maskinporten-fixtures";

const KRAV = "/skatteetaten/api/innkreving/kravogbetalinger/v1/krav";
const text = { nb: "SmartCloud klient", nn: "SmartCloud klient", en: "SmartCloud client" };

async function vendorPost(request: APIRequestContext, path: string, data: Record<string, unknown>) {
  const token = await getToken(request, DEMO_CLIENTS.smartcloud, { scopes: [SCOPES.systemregisterWrite, SCOPES.requestWrite] });
  const res = await request.post(path, { headers: { authorization: `Bearer ${token}` }, data });
  expect([200, 201], await res.text()).toContain(res.status());
  return (await res.json()) as Record<string, unknown>;
}

async function callKrav(request: APIRequestContext, machine: DemoClient, party: string) {
  // One token for the agent: systemuser_org is the facilitator, never the client.
  const token = await getToken(request, machine, { scopes: [SCOPES.kravOgBetalinger], systemUser: { orgNo: ORGS.tiger.orgNo } });
  return request.get(`${KRAV}/${party}`, { headers: { authorization: `Bearer ${token}` } });
}

async function addClient(page: Page, name: string, orgNo: string) {
  await page.getByRole("button", { name: `Add ${name}` }).click();
  await expect(page.getByTestId(`delegated-${orgNo}`)).toBeVisible();
}

test("agent system user: approve, delegate two clients, calls permitted for them only, removal stops them", async ({ page, browser, request }) => {
  test.setTimeout(180_000);
  const { veik, sitrongul, oppstemt, tiger } = ORGS;

  // 1. Vendor: a Maskinporten client of its own carrying the demo public key (the seeded client is taken by
  //    the seeded system), then an invisible system with a client package, and the agent request.
  await loginAs(page, LUR_GRONN_REV);
  const clientId = await createClientInBrowser(page, `Agent story ${randomUUID().slice(0, 8)}`, [SCOPES.kravOgBetalinger]);
  const kid = `agent-story-${randomUUID().slice(0, 8)}`;
  const demoPublic = JSON.parse(readFileSync("prisma/fixtures/demo-keys/smartcloud.public.jwk.json", "utf8")) as JWK;
  await pasteKey(page, { ...demoPublic, kid });
  await expect(page.getByText(`Key "${kid}" registered.`)).toBeVisible();
  const machine = selfServiceClient(clientId, kid, DEMO_CLIENTS.smartcloud.privateJwk);

  const systemId = `${ORGS.smartcloud.orgNo}_agentstory${randomUUID().slice(0, 8)}`;
  await vendorPost(request, "/authentication/api/v1/systemregister/vendor", {
    id: systemId,
    vendor: { authority: "iso6523-actorid-upis", ID: `0192:${ORGS.smartcloud.orgNo}` },
    name: text,
    description: text,
    rights: [],
    accessPackages: [{ urn: REGNSKAP_MED }],
    clientId: [clientId],
    allowedRedirectUrls: [],
    isVisible: false,
  });
  const agentRequest = await vendorPost(request, "/authentication/api/v1/systemuser/request/vendor/agent", {
    systemId,
    partyOrgNo: tiger.orgNo,
    accessPackages: [{ urn: REGNSKAP_MED }],
  });
  const agentId = String(agentRequest.id);
  const confirmUrl = new URL(String(agentRequest.confirmUrl));
  expect(confirmUrl.pathname).toBe("/accessmanagement/ui/systemuser/agentrequest");

  // Before approval there is no system user: Maskinporten answers MP-303.
  const early = await tokenResponse(request, await signGrant(machine, { scopes: [SCOPES.kravOgBetalinger], systemUser: { orgNo: tiger.orgNo } }));
  expect(early.status()).toBe(400);
  expect((await early.json()).error).toBe("invalid_altinn_customer_configuration");

  // 2. DRESS MINST approves the agent request on the confirm page.
  const firm = await browser.newPage();
  await loginAs(firm, DRESS_MINST, { callbackUrl: `${confirmUrl.pathname}${confirmUrl.search}` });
  await expect(firm.getByText("Accountant with signing rights").first()).toBeVisible();
  await screenshot(firm, "story-agent-01-agentrequest");
  await firm.getByRole("button", { name: "Approve", exact: true }).click();
  await firm.waitForURL((u) => u.pathname === "/accessmanagement/ui/systemuser/done");

  // 3. ... and, as client administrator, delegates two clients.
  await loginAs(firm, DRESS_MINST, { callbackUrl: "/accessmanagement/ui/clientadministration" });
  await firm.goto("/accessmanagement/ui/clientadministration");
  await expect(firm.getByTestId(`agent-${agentId}`)).toBeVisible();
  await screenshot(firm, "story-agent-02-clientadministration");
  await firm.getByTestId(`agent-${agentId}`).getByRole("link", { name: "Manage clients" }).click();
  await addClient(firm, veik.name, veik.orgNo);
  await addClient(firm, sitrongul.name, sitrongul.orgNo);
  await screenshot(firm, "story-agent-03-two-clients");

  // 4. The machine: the delegated clients' claims; a third client of the firm is not delegated.
  for (const client of [veik, sitrongul]) {
    const res = await callKrav(request, machine, client.orgNo);
    expect(res.status(), await res.text()).toBe(200);
    expect((await res.json()).organisasjonsnummer).toBe(client.orgNo);
  }
  const third = await callKrav(request, machine, oppstemt.orgNo);
  expect(third.status()).toBe(403);
  expect((await third.json()).kode).toBe("KOB-403-TILGANG");
  // Naming a client as systemuser_org instead of the facilitator is MP-303, as in the real system.
  const wrongOrg = await tokenResponse(request, await signGrant(machine, { scopes: [SCOPES.kravOgBetalinger], systemUser: { orgNo: veik.orgNo } }));
  expect((await wrongOrg.json()).error).toBe("invalid_altinn_customer_configuration");

  // 5. Removing a client stops its calls at once; the other client still works.
  await firm.getByRole("button", { name: `Remove ${veik.name}` }).click();
  await expect(firm.getByTestId(`delegated-${veik.orgNo}`)).toHaveCount(0);
  await screenshot(firm, "story-agent-04-removed");
  expect((await callKrav(request, machine, veik.orgNo)).status()).toBe(403);
  expect((await callKrav(request, machine, sitrongul.orgNo)).status()).toBe(200);

  // 6. Deleting the agent system user takes its remaining client with it (C3: SystemUserService
  //    .DeleteAgentSystemUser cascades); the confirm step names it. Then there is no system user: MP-303.
  await firm.goto(`/accessmanagement/ui/systemuser/overview?delete=${agentId}`);
  await expect(firm.getByTestId("delete-client")).toHaveText([`${sitrongul.name} (${sitrongul.orgNo})`]);
  await firm.getByRole("button", { name: "Delete system user" }).click();
  await expect(firm.getByTestId("deleted-notice")).toBeVisible();
  const late = await tokenResponse(request, await signGrant(machine, { scopes: [SCOPES.kravOgBetalinger], systemUser: { orgNo: tiger.orgNo } }));
  expect((await late.json()).error).toBe("invalid_altinn_customer_configuration");
});
