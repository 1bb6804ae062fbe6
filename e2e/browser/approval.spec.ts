// The end user's approval of vendor-driven requests (reference §3): SmartCloud asks over HTTP, the
// person opens the confirmUrl, and approves, rejects or escalates; cross-tenant and stale posts change nothing.
import { expect, test } from "@playwright/test";
import { partyUuidOf } from "../../lib/parties/party-ids";
import { randomUUID } from "node:crypto";
import { TEST_ENV } from "../test-env";
import { bearer, PKG, registerSystem } from "../api/vendor-fixtures";
import { screenshot } from "./helpers";
import { KRAV_READ, KRAV_RIGHT, ORG, PERSON, SKATT_NAERING, confirmPath, createRequest, forgeDecision, forgeHidden, openAs, readRequest, systemUserByQuery } from "./approval-fixtures";

const BASE = TEST_ENV.PUBLIC_BASE_URL;
const ref = () => `test-${randomUUID()}`;
const VEIK = "310609544"; // AUTORISERT VEIK TIGER AS: a client of TIGER through regnskapsfører

test("STADIG KONSERT approves: system user with every action and the package, logged out, sent to the redirectUrl unchanged", async ({ page, request }) => {
  const headers = await bearer(request);
  const callback = `${BASE}/vendor/callback`;
  const systemId = await registerSystem(request, headers, { rights: [KRAV_RIGHT], accessPackages: [SKATT_NAERING], allowedRedirectUrls: [callback], isVisible: false });
  const externalRef = ref();
  const redirectUrl = `${callback}?state=${externalRef}&x=1`;
  const req = await createRequest(request, headers, { systemId, partyOrgNo: ORG.ape, externalRef, integrationTitle: "Regnskap for APE", rights: [KRAV_RIGHT], accessPackages: [SKATT_NAERING], redirectUrl });

  await openAs(page, PERSON.stadig, confirmPath(req));
  await expect(page.getByTestId("vendor")).toHaveText("SMARTCLOUD AS (org. no. 991825827)");
  await expect(page.getByTestId("party")).toHaveText("TILFELDIG SUBTIL APE (org. no. 310904473)");
  await expect(page.getByTestId("system")).toContainText(systemId);
  await expect(page.getByTestId("integration-title")).toHaveText("Regnskap for APE");
  await expect(page.getByTestId("request-status")).toHaveText("New");
  const rights = page.getByTestId("rights");
  await expect(rights).toContainText("Claims and payments");
  await expect(rights.getByText("Read", { exact: true })).toBeVisible();
  await expect(rights.getByText("Write", { exact: true })).toBeVisible();
  await expect(rights).toContainText("Business tax");
  await screenshot(page, "approval-request-standard");

  await page.getByRole("button", { name: "Approve" }).click();
  await page.waitForURL(redirectUrl);
  expect(page.url()).toBe(redirectUrl);

  expect((await readRequest(request, headers, req.id)).status).toBe("Accepted");
  const su = await systemUserByQuery(request, headers, systemId, ORG.ape, externalRef);
  expect(su.status()).toBe(200);
  expect(await su.json()).toMatchObject({ id: req.id, integrationTitle: "Regnskap for APE", userType: "standard", reporteeOrgNo: ORG.ape, externalRef });

  // logged out: the overview asks for login again
  await page.goto("/accessmanagement/ui/systemuser/overview");
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  await openAs(page, PERSON.stadig, "/accessmanagement/ui/systemuser/overview");
  const card = page.locator(`[data-testid="system-user"][data-id="${req.id}"]`);
  await expect(card).toContainText("Regnskap for APE");
  await expect(card.getByText("Read", { exact: true })).toBeVisible();
  await expect(card.getByText("Write", { exact: true })).toBeVisible();
  await expect(card).toContainText("Business tax");
  await screenshot(page, "overview-after-approval");
});

test("reject without redirectUrl: the neutral page; the request shows its status and no buttons afterwards", async ({ page, request }) => {
  const headers = await bearer(request);
  const externalRef = ref();
  const req = await createRequest(request, headers, { systemId: "991825827_smartcloud", partyOrgNo: ORG.ape, externalRef, rights: [KRAV_READ] });
  await openAs(page, PERSON.stadig, confirmPath(req));
  await page.getByRole("button", { name: "Reject" }).click();
  await expect(page).toHaveURL(/\/accessmanagement\/ui\/systemuser\/done\?status=rejected$/);
  await expect(page.getByTestId("decision-done")).toContainText("Request rejected");
  await expect(page.getByTestId("whoami")).toHaveCount(0);
  await screenshot(page, "approval-done-rejected");
  expect((await readRequest(request, headers, req.id)).status).toBe("Rejected");
  expect((await systemUserByQuery(request, headers, "991825827_smartcloud", ORG.ape, externalRef)).status()).toBe(404);

  await openAs(page, PERSON.stadig, confirmPath(req));
  await expect(page.getByTestId("request-status")).toHaveText("Rejected");
  await expect(page.getByTestId("request-decided")).toBeVisible();
  await expect(page.getByRole("button", { name: "Approve" })).toHaveCount(0);
  await screenshot(page, "approval-request-decided");

  // RequestSystemUserController.CreateRequest + RequestRepository.GetRequestByExternalReferences (no status
  // filter): the triple answers 200 with the Rejected request until the vendor deletes it.
  const body = { systemId: "991825827_smartcloud", partyOrgNo: ORG.ape, externalRef, rights: [KRAV_READ] };
  const again = await request.post("/authentication/api/v1/systemuser/request/vendor", { headers, data: body });
  expect(again.status()).toBe(200);
  expect(await again.json()).toMatchObject({ id: req.id, status: "Rejected" });
  expect((await request.delete(`/authentication/api/v1/systemuser/request/vendor/${req.id}`, { headers })).status()).toBe(202);
  const renewed = await request.post("/authentication/api/v1/systemuser/request/vendor", { headers, data: body });
  expect(renewed.status()).toBe(201);
  expect((await renewed.json()).id).not.toBe(req.id);
});

test("a request decided meanwhile: approving shows AUTH-00013 and changes nothing", async ({ page, browser, request }) => {
  const headers = await bearer(request);
  const externalRef = ref();
  const req = await createRequest(request, headers, { systemId: "991825827_smartcloud", partyOrgNo: ORG.ape, externalRef, rights: [KRAV_READ] });
  await openAs(page, PERSON.stadig, confirmPath(req));

  const other = await browser.newPage({ baseURL: BASE });
  await openAs(other, PERSON.stadig, confirmPath(req));
  await other.getByRole("button", { name: "Reject" }).click();
  await expect(other).toHaveURL(/\/done\?status=rejected$/);
  await other.close();

  await page.getByRole("button", { name: "Approve" }).click();
  await expect(page.getByTestId("decision-error")).toContainText("AUTH-00013");
  await screenshot(page, "approval-error-not-new");
  expect((await readRequest(request, headers, req.id)).status).toBe("Rejected");
  expect((await systemUserByQuery(request, headers, "991825827_smartcloud", ORG.ape, externalRef)).status()).toBe(404);
});

test("SKEPTISK GRÅ MUS (employee) can only escalate; the request then waits, marked, for STADIG KONSERT", async ({ page, request }) => {
  const headers = await bearer(request);
  const externalRef = ref();
  const req = await createRequest(request, headers, { systemId: "991825827_smartcloud", partyOrgNo: ORG.ape, externalRef, integrationTitle: `Escalated ${externalRef.slice(5, 13)}`, rights: [KRAV_READ] });
  await openAs(page, PERSON.mus, confirmPath(req));
  await expect(page.getByTestId("not-access-manager")).toBeVisible();
  await expect(page.getByRole("button", { name: "Approve" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Reject" })).toHaveCount(0);
  await screenshot(page, "approval-employee");

  // a forged approve from the employee's form is refused by the server
  await forgeDecision(page, "escalate", "approve");
  await page.getByRole("button", { name: "Send to access manager (send videre)" }).click();
  await expect(page.getByTestId("decision-error")).toContainText("AUTH-00066");
  expect(await readRequest(request, headers, req.id)).toMatchObject({ status: "New", escalated: false });

  await page.reload();
  await page.getByRole("button", { name: "Send to access manager (send videre)" }).click();
  await expect(page.getByTestId("escalated-notice")).toBeVisible();
  await screenshot(page, "approval-escalated");
  // RequestSystemUserService.GetRequestByGuid copies every field but Escalated: the single read always says
  // false; the bysystem list (RequestRepository.GetAllRequestsBySystem) shows the flag.
  expect(await readRequest(request, headers, req.id)).toMatchObject({ status: "New", escalated: false });
  const listed: { id: string }[] = [];
  for (let next: string | null = "/authentication/api/v1/systemuser/request/vendor/bysystem/991825827_smartcloud"; next; ) {
    const page: { links: { next: string | null }; data: { id: string }[] } = await (await request.get(next, { headers })).json();
    listed.push(...page.data);
    next = page.links.next;
  }
  expect(listed.find((r) => r.id === req.id)).toMatchObject({ status: "New", escalated: true });

  await openAs(page, PERSON.stadig, "/accessmanagement/ui/systemuser/overview");
  const row = page.locator(`[data-testid="pending-request"][data-id="${req.id}"]`);
  await expect(row.getByTestId("escalated")).toBeVisible();
  await screenshot(page, "overview-pending-escalated");
  await row.getByRole("link", { name: "Open request" }).click();
  await page.getByRole("button", { name: "Approve" }).click();
  await expect(page).toHaveURL(/\/done\?status=accepted$/);
  expect((await readRequest(request, headers, req.id)).status).toBe("Accepted");
});

test("an access manager without the right (LEDE of KONKURRENT): no Approve, a forged approve gets AUTH-00016", async ({ page, request }) => {
  const headers = await bearer(request);
  const req = await createRequest(request, headers, { systemId: "991825827_smartcloud", partyOrgNo: ORG.konkurrent, externalRef: ref(), rights: [KRAV_READ] });
  await openAs(page, PERSON.hare, confirmPath(req));
  await expect(page.getByTestId("missing-rights")).toContainText("AUTH-00016");
  await expect(page.getByRole("button", { name: "Approve" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Send to access manager (send videre)" })).toBeVisible();
  await screenshot(page, "approval-missing-rights");
  await forgeDecision(page, "reject", "approve");
  await page.getByRole("button", { name: "Reject" }).click();
  await expect(page.getByTestId("decision-error")).toContainText("AUTH-00016");
  expect((await readRequest(request, headers, req.id)).status).toBe("New");
});

test("cross-tenant: DRESS MINST gets the refusal for APE's request and cannot approve it by a forged post", async ({ page, request }) => {
  const headers = await bearer(request);
  const apeReq = await createRequest(request, headers, { systemId: "991825827_smartcloud", partyOrgNo: ORG.ape, externalRef: ref(), integrationTitle: "Secret APE integration", rights: [KRAV_READ] });
  await openAs(page, PERSON.dress, confirmPath(apeReq));
  await expect(page.getByTestId("request-refused")).toBeVisible();
  expect((await page.reload())?.status()).toBe(403);
  await expect(page.getByText("Secret APE integration")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Approve" })).toHaveCount(0);
  await screenshot(page, "approval-refused-other-org");

  // his own firm's request, with the form pointed at APE's
  const tigerReq = await createRequest(request, headers, { systemId: "991825827_smartcloud", partyOrgNo: ORG.tiger, externalRef: ref(), rights: [KRAV_READ] });
  await page.goto(confirmPath(tigerReq));
  await forgeHidden(page, "requestId", apeReq.id);
  await page.getByRole("button", { name: "Approve" }).click();
  await expect(page.getByTestId("decision-error")).toContainText("AUTH-00066");
  expect((await readRequest(request, headers, apeReq.id)).status).toBe("New");
  expect((await readRequest(request, headers, tigerReq.id)).status).toBe("New");
});

test("a request for a system the vendor deleted meanwhile: no Approve, a forged approve gets AUTH-00011", async ({ page, request }) => {
  const headers = await bearer(request);
  const systemId = await registerSystem(request, headers, { accessPackages: [], isVisible: false });
  const req = await createRequest(request, headers, { systemId, partyOrgNo: ORG.ape, externalRef: ref(), rights: [KRAV_READ] });
  expect((await request.delete(`/authentication/api/v1/systemregister/vendor/${systemId}`, { headers })).status()).toBe(200);
  await openAs(page, PERSON.stadig, confirmPath(req));
  await expect(page.getByTestId("system-deleted")).toBeVisible();
  await expect(page.getByRole("button", { name: "Approve" })).toHaveCount(0);
  await forgeDecision(page, "reject", "approve");
  await page.getByRole("button", { name: "Reject" }).click();
  await expect(page.getByTestId("decision-error")).toContainText("AUTH-00011");
  expect((await readRequest(request, headers, req.id)).status).toBe("New");
});

test("unknown, malformed and wrong-kind ids get the not-found page", async ({ page, request }) => {
  const headers = await bearer(request);
  const req = await createRequest(request, headers, { systemId: "991825827_smartcloud", partyOrgNo: ORG.ape, externalRef: ref(), rights: [KRAV_READ] });
  await openAs(page, PERSON.stadig, "/accessmanagement/ui/systemuser/overview");
  for (const path of [
    `/accessmanagement/ui/systemuser/request?id=${randomUUID()}&DONTCHOOSEREPORTEE=true`,
    "/accessmanagement/ui/systemuser/request?id=not-a-uuid&DONTCHOOSEREPORTEE=true",
    "/accessmanagement/ui/systemuser/request",
    `/accessmanagement/ui/systemuser/agentrequest?id=${req.id}&DONTCHOOSEREPORTEE=true`,
  ]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
    await expect(page.getByTestId("request-not-found")).toBeVisible();
  }
  await screenshot(page, "approval-not-found");
});

test("agent request: DRESS MINST approves for the firm without holding the client packages; deleting it takes its client with it", async ({ page, request }) => {
  const headers = await bearer(request);
  const lonn = { urn: `${PKG}regnskapsforer-lonn` };
  const systemId = await registerSystem(request, headers, { rights: [], accessPackages: [lonn], isVisible: false });
  const externalRef = ref();
  const req = await createRequest(request, headers, { systemId, partyOrgNo: ORG.tiger, externalRef, integrationTitle: "Lønn for klienter", accessPackages: [lonn] }, true);
  expect(confirmPath(req)).toContain("/accessmanagement/ui/systemuser/agentrequest?id=");

  await openAs(page, PERSON.stadig, confirmPath(req));
  await expect(page.getByTestId("request-refused")).toBeVisible();
  expect((await page.reload())?.status()).toBe(403);

  await openAs(page, PERSON.dress, confirmPath(req));
  await expect(page.getByTestId("rights")).toContainText("Accountant salary");
  await screenshot(page, "approval-request-agent");
  await page.getByRole("button", { name: "Approve" }).click();
  await expect(page).toHaveURL(/\/done\?status=accepted$/);
  expect((await readRequest(request, headers, req.id, true)).status).toBe("Accepted");
  const su = await systemUserByQuery(request, headers, systemId, ORG.tiger, externalRef);
  expect(await su.json()).toMatchObject({ id: req.id, userType: "agent" });

  await openAs(page, PERSON.dress, "/accessmanagement/ui/systemuser/overview");
  const card = page.locator(`[data-testid="system-user"][data-id="${req.id}"]`);
  await expect(card).toContainText("Agent");
  await expect(card.getByRole("link", { name: "Clients (0)" })).toHaveAttribute("href", `/accessmanagement/ui/systemuser/${req.id}/agentdelegation`);

  // with a client (added through the client-delegation API, client = party UUID) it is deleted with its
  // client (C3: SystemUserService.DeleteAgentSystemUser cascades); the confirm step names the client first
  const clientUrl = `/authentication/api/v1/enduser/systemuser/clients?agent=${req.id}&client=${partyUuidOf("organization", VEIK)}`;
  expect((await page.request.post(clientUrl, { headers: { origin: BASE } })).status()).toBe(200);
  await page.goto(`/accessmanagement/ui/systemuser/overview?delete=${req.id}`);
  await expect(page.getByTestId("delete-client")).toHaveText([`AUTORISERT VEIK TIGER AS (${VEIK})`]);
  await screenshot(page, "overview-delete-agent-with-clients");
  await page.getByRole("button", { name: "Delete system user" }).click();
  await expect(page.getByTestId("deleted-notice")).toBeVisible();
  expect((await systemUserByQuery(request, headers, systemId, ORG.tiger, externalRef)).status()).toBe(404);
});
