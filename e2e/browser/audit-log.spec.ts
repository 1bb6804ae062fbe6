// Issue 11 in the browser: the audit log holds the story's events (request created, approved, system user
// created, token issued and refused, the PDP's decision, client added and removed), its filters and
// exports work; the firm's relationships picture follows a client's removal; a refusal names what the
// person lacks (lib/approval/rules missingAccess, lib/parties/roles clientAdministratorGap).
import { expect, test, type Page } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { ORGS, SCOPES } from "../../prisma/cast";
import { createAgent, DRESS_MINST } from "../support/client-delegation";
import { DEMO_CLIENTS, getToken, signGrant, tokenResponse } from "../support/maskinporten";
import { bearer } from "../api/vendor-fixtures";
import { confirmPath, createRequest, KRAV_READ, openAs, ORG, PERSON } from "./approval-fixtures";
import { norwayLocalInput } from "../../lib/i18n/format";
import { loginAs, screenshot } from "./helpers";

const LUR_GRONN_REV = "23858510058";
const KRAV = "/skatteetaten/api/innkreving/kravogbetalinger/v1/krav";

interface AuditJson {
  events: { action: string; systemUserId: string | null; details: Record<string, unknown> }[];
}

const actionsOnPage = (page: Page) => page.getByTestId("audit-row").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-action")));

test("the audit log holds the standard story's events; filters and both exports work", async ({ page, request }) => {
  test.setTimeout(120_000);
  const headers = await bearer(request);
  const externalRef = `audit-${randomUUID()}`;
  const req = await createRequest(request, headers, { systemId: "991825827_smartcloud", partyOrgNo: ORG.ape, externalRef, rights: [KRAV_READ] });
  await openAs(page, PERSON.stadig, confirmPath(req));
  await page.getByRole("button", { name: "Approve", exact: true }).click();
  await page.waitForURL((u) => u.pathname === "/accessmanagement/ui/systemuser/done");

  // the machine: a token for the system user, the API call (the PDP's Permit), and a refused grant
  const token = await getToken(request, DEMO_CLIENTS.smartcloud, { scopes: [SCOPES.kravOgBetalinger], systemUser: { orgNo: ORG.ape, externalRef } });
  expect((await request.get(`${KRAV}/${ORG.ape}`, { headers: { authorization: `Bearer ${token}` } })).status()).toBe(200);
  const beforeRefusal = new Date(Date.now() - 1000).toISOString();
  const refused = await tokenResponse(request, await signGrant(DEMO_CLIENTS.smartcloud, { scopes: [SCOPES.kravOgBetalinger], systemUser: { orgNo: ORG.ape, externalRef: `none-${randomUUID()}` } }));
  expect(refused.status()).toBe(400);

  // the vendor's log, for this system user: the whole story, newest first
  await loginAs(page, LUR_GRONN_REV);
  await page.getByRole("link", { name: "Audit log" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
  await page.getByLabel("System user (id)").fill(req.id);
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(new RegExp(`systemUser=${req.id}`));
  await expect(page.getByTestId("audit-row")).toHaveCount(5);
  expectNewestFirst(await actionsOnPage(page), ["pdp.decision", "token.issued", "systemuser.request.accepted", "systemuser.created", "request.standard.created"]);
  await expect(page.getByTestId("audit-row").first()).toContainText("Permit on ske-krav-og-betalinger");
  await screenshot(page, "audit-log");

  // filter by party in the form: the PDP's decisions only
  await page.getByLabel("Party").selectOption("pdp");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByTestId("audit-row")).toHaveCount(1);
  expect(await actionsOnPage(page)).toEqual(["pdp.decision"]);
  await screenshot(page, "audit-log-filtered");

  // the JSON download keeps the page's filters
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-json").click()]);
  const exported = JSON.parse(readFileSync((await download.path())!, "utf8")) as AuditJson;
  expect(exported.events.map((e) => e.action)).toEqual(["pdp.decision"]);
  expect(exported.events[0]).toMatchObject({ systemUserId: req.id, details: { decision: "Permit" } });

  // the CSV export of the whole story, from the page's session
  const csv = await (await page.request.get(`/simulator/api/audit?format=csv&systemUser=${req.id}`)).text();
  for (const action of ["request.standard.created", "systemuser.request.accepted", "systemuser.created", "token.issued", "pdp.decision"]) expect(csv).toContain(`,${action},`);

  // the refused grant: Maskinporten's events since just before it
  await page.goto(`/simulator/audit?party=maskinporten&from=${encodeURIComponent(beforeRefusal)}`);
  await expect(page.locator('[data-testid="audit-row"][data-action="token.refused"]').first()).toContainText("invalid_altinn_customer_configuration");
  // a time window in the future holds nothing
  await page.goto(`/simulator/audit?from=${encodeURIComponent(new Date(Date.now() + 3_600_000).toISOString())}`);
  await expect(page.getByTestId("audit-empty")).toBeVisible();
});

/**
 * Newest first. The approval writes two rows in one transaction (system user created, then request
 * accepted), which may carry the same millisecond: their order between them is not asserted.
 */
function expectNewestFirst(actual: (string | null)[], expected: string[]) {
  const approval = new Set(["systemuser.request.accepted", "systemuser.created"]);
  const same = (xs: (string | null)[]) => xs.map((x) => (x && approval.has(x) ? "approval" : x));
  expect(same(actual)).toEqual(same(expected));
  expect([...actual].sort()).toEqual([...expected].sort());
}

test("a client added and removed: the relationships picture follows, and the log holds both", async ({ page, browser, request }) => {
  test.setTimeout(120_000);
  const { veik } = ORGS;
  const agent = await createAgent(request, browser);
  await loginAs(page, DRESS_MINST);
  await page.goto(`/accessmanagement/ui/systemuser/${agent.id}/agentdelegation`);
  const picture = page.getByTestId("relationships");
  await expect(picture.getByTestId(`rel-client-${veik.orgNo}`)).toContainText("REGN Regnskapsfører");
  await expect(picture.getByTestId("relationships-roles")).toContainText("Regnskapsfører med signeringsrettighet");
  await expect(picture.getByTestId(`edge-agent-${agent.id}-${veik.orgNo}`)).toHaveCount(0);

  await page.getByRole("button", { name: `Add ${veik.name}` }).click();
  await expect(page.getByTestId(`delegated-${veik.orgNo}`)).toBeVisible();
  await expect(picture.getByTestId(`edge-agent-${agent.id}-${veik.orgNo}`)).toHaveCount(1);
  await expect(picture.getByTestId(`rel-agent-${agent.id}`)).toContainText(veik.name);
  await picture.getByText("The picture as text").click();
  await screenshot(page, "relationships-client-added");

  await page.getByRole("button", { name: `Remove ${veik.name}` }).click();
  await expect(page.getByTestId(`delegated-${veik.orgNo}`)).toHaveCount(0);
  await expect(picture.getByTestId(`edge-agent-${agent.id}-${veik.orgNo}`)).toHaveCount(0);
  await expect(picture.getByTestId(`rel-agent-${agent.id}`)).toContainText("no clients");
  await screenshot(page, "relationships-client-removed");

  // the client administrator's page draws it too
  await page.goto("/accessmanagement/ui/clientadministration");
  await expect(page.getByTestId("relationships-svg")).toBeVisible();

  await page.goto(`/simulator/audit?systemUser=${agent.id}`);
  expectNewestFirst(await actionsOnPage(page), ["systemuser.client.removed", "systemuser.client.added", "systemuser.request.accepted", "systemuser.created", "request.agent.created"]);
  await expect(page.getByTestId("relationships")).toBeVisible();
  await screenshot(page, "audit-log-agent");
  const json = (await (await page.request.get(`/simulator/api/audit?format=json&systemUser=${agent.id}`)).json()) as AuditJson;
  expect(json.events.filter((e) => e.action.startsWith("systemuser.client.")).map((e) => e.details.client)).toEqual([veik.orgNo, veik.orgNo]);
});

test("a refusal names what the person lacks: the access manager's package, the right, the client administrator's package", async ({ page, request }) => {
  const headers = await bearer(request);
  // an employee without rights: the packages that make an access manager
  const ape = await createRequest(request, headers, { systemId: "991825827_smartcloud", partyOrgNo: ORG.ape, externalRef: `why-${randomUUID()}`, rights: [KRAV_READ] });
  await openAs(page, PERSON.mus, confirmPath(ape));
  await expect(page.getByTestId("not-access-manager")).toContainText("You lack the access package Access manager or Main administrator");

  // an access manager (LEDE of KONKURRENT) whom no role or package gives the right: the right, by name
  const konkurrent = await createRequest(request, headers, { systemId: "991825827_smartcloud", partyOrgNo: ORG.konkurrent, externalRef: `why-${randomUUID()}`, rights: [KRAV_READ] });
  await openAs(page, PERSON.hare, confirmPath(konkurrent));
  const item = page.getByTestId("missing-item");
  await expect(item).toHaveCount(1);
  await expect(item).toHaveAttribute("data-code", "AUTH-00016");
  await expect(item).toHaveText(/^the right to read on (Krav og betalinger|Claims and payments): no role or access package of yours gives this right, so you cannot delegate it \(AUTH-00016\)\.$/);
  await screenshot(page, "approval-missing-right-named");

  // the client administration refuses STADIG KONSERT (APE has no clients) and says what is missing
  await openAs(page, PERSON.stadig, "/accessmanagement/ui/systemuser/overview");
  const res = await page.goto("/accessmanagement/ui/clientadministration");
  expect(res?.status()).toBe(403);
  await expect(page.getByTestId("client-admin-lacks")).toHaveText(
    "To administer the clients of TILFELDIG SUBTIL APE, you need the access package Client administrator. TILFELDIG SUBTIL APE holds no regnskapsfører, revisor or forretningsfører role in Enhetsregisteret, so it has no clients by role.",
  );
  await screenshot(page, "clientadmin-refusal-named");
});

test("a request sent on and rejected in the pages: created, escalated and rejected are in the log, found by organisation and system user", async ({ page, request }) => {
  const headers = await bearer(request);
  const req = await createRequest(request, headers, { systemId: "991825827_smartcloud", partyOrgNo: ORG.ape, externalRef: `escalate-${randomUUID()}`, rights: [KRAV_READ] });
  // the employee sends it on to the access managers; the access manager rejects it
  await openAs(page, PERSON.mus, confirmPath(req));
  await page.getByRole("button", { name: "Send to access manager (send videre)" }).click();
  await expect(page.getByTestId("escalated-notice")).toBeVisible();
  await openAs(page, PERSON.stadig, confirmPath(req));
  await page.getByRole("button", { name: "Reject" }).click();
  await expect(page).toHaveURL(/\/done\?status=rejected$/);

  // the vendor's log, filtered in the form by the customer's organisation and the request's id
  await loginAs(page, LUR_GRONN_REV, { callbackUrl: "/simulator/audit" });
  await page.getByLabel("Organisation (org. no.)").fill(ORG.ape);
  await page.getByLabel("System user (id)").fill(req.id);
  await page.getByRole("button", { name: "Filter" }).click();
  await page.waitForURL((u) => u.searchParams.get("org") === ORG.ape && u.searchParams.get("systemUser") === req.id);
  expect(await actionsOnPage(page)).toEqual(["systemuser.request.rejected", "systemuser.request.escalated", "request.standard.created"]);
  await expect(page.locator('[data-testid="audit-row"][data-action="systemuser.request.escalated"]')).toContainText("SKEPTISK GRÅ MUS");
  await expect(page.locator('[data-testid="audit-row"][data-action="systemuser.request.rejected"]')).toContainText("STADIG KONSERT");
  await screenshot(page, "audit-log-escalated-rejected");
  // the time fields are Norway's wall clock, as the table's times are: from two seconds before the
  // request was created finds all three, up to one second before it none (read as UTC, both would be an hour off)
  const created = await page.locator('[data-testid="audit-row"][data-action="request.standard.created"] time').getAttribute("datetime");
  const around = (ms: number) => norwayLocalInput(new Date(Date.parse(created!) + ms));
  await page.getByLabel("From (Norway time)").fill(around(-2000));
  await page.getByRole("button", { name: "Filter" }).click();
  await page.waitForURL((u) => u.searchParams.has("from"));
  expect(await actionsOnPage(page)).toEqual(["systemuser.request.rejected", "systemuser.request.escalated", "request.standard.created"]);
  // (the browser drops ":00" seconds from the field's value)
  await expect(page.getByLabel("From (Norway time)")).toHaveValue(new RegExp(`^${around(-2000).replace(/:00$/, "")}(:00)?$`));
  await page.getByLabel("To (Norway time)").fill(around(-1000));
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByTestId("audit-empty")).toBeVisible();
  await page.getByLabel("To (Norway time)").fill("");
  // another organisation's number finds none of them
  await page.getByLabel("Organisation (org. no.)").fill(ORG.konkurrent);
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByTestId("audit-empty")).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent("download"), page.goto(`/simulator/audit?systemUser=${req.id}`).then(() => page.getByTestId("export-csv").click())]);
  const csv = readFileSync((await download.path())!, "utf8");
  for (const action of ["request.standard.created", "systemuser.request.escalated", "systemuser.request.rejected"]) expect(csv).toContain(`,${action},`);
});
