// Test fixtures for client delegation, built through the real flow: the vendor registers a system with
// client packages and sends an agent request over the APIs, the firm's access manager approves it in the
// browser, and the client administrator then calls the end-user API with a portal session.
import { expect, type APIRequestContext, type Browser } from "@playwright/test";
import { request as playwrightRequest } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { ORGS, SCOPES, SEED_RESOURCE_ID, SEED_SYSTEM_ID } from "../../prisma/cast";
import { partyUuidOf } from "../../lib/parties/party-ids";
import { loginAs } from "../browser/helpers";
import { TEST_ENV } from "../test-env";
import { DEMO_CLIENTS, getToken } from "./maskinporten";

export const PKG = "urn:altinn:accesspackage:";
export const REGNSKAP_MED = `${PKG}regnskapsforer-med-signeringsrettighet`;
export const DRESS_MINST = "06857897380";
export const FLITTIG_GUL_HARE = "09909410026";
export const ENDUSER_API = "/authentication/api/v1/enduser/systemuser";
/** State-changing calls of the end-user API must name the portal as their Origin. */
export const SAME_ORIGIN = { origin: TEST_ENV.PUBLIC_BASE_URL };

/** A request context with a portal session of `pid` acting for `party` (next-auth's credentials sign-in). */
export async function portalSession(pid: string, party: string, origin: string = TEST_ENV.PUBLIC_BASE_URL): Promise<APIRequestContext> {
  const ctx = await playwrightRequest.newContext({ baseURL: origin });
  const { csrfToken } = (await (await ctx.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const res = await ctx.post("/api/auth/callback/credentials", { form: { csrfToken, pid, party, callbackUrl: "/start" }, maxRedirects: 0 });
  expect([200, 302]).toContain(res.status());
  const session = (await (await ctx.get("/api/auth/session")).json()) as { pid?: string; party?: string };
  expect(session.pid).toBe(pid);
  return ctx;
}

async function vendorToken(request: APIRequestContext): Promise<string> {
  return getToken(request, DEMO_CLIENTS.smartcloud, { scopes: [SCOPES.systemregisterWrite, SCOPES.requestWrite] });
}

/** Registers an invisible SmartCloud system holding `packages` (client packages need isVisible false). */
export async function registerAgentSystem(request: APIRequestContext, packages: string[]): Promise<string> {
  const id = `${ORGS.smartcloud.orgNo}_h6${randomUUID().slice(0, 8)}`;
  const text = { nb: "Klientsystem (test)", nn: "Klientsystem (test)", en: "Client system (test)" };
  const res = await request.post("/authentication/api/v1/systemregister/vendor", {
    headers: { authorization: `Bearer ${await vendorToken(request)}` },
    data: {
      id,
      vendor: { authority: "iso6523-actorid-upis", ID: `0192:${ORGS.smartcloud.orgNo}` },
      name: text,
      description: text,
      rights: [],
      accessPackages: packages.map((urn) => ({ urn })),
      clientId: [],
      allowedRedirectUrls: [],
      isVisible: false,
    },
  });
  // The real System Register answers 200 with the new system's internal id.
  expect([200, 201], await res.text()).toContain(res.status());
  return id;
}

interface CreatedRequest {
  id: string;
  confirmUrl: string;
}

async function sendRequest(request: APIRequestContext, path: string, body: Record<string, unknown>): Promise<CreatedRequest> {
  const res = await request.post(path, { headers: { authorization: `Bearer ${await vendorToken(request)}` }, data: body });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()) as CreatedRequest;
}

/** Logs `pid` in on the request's confirm page (in a browser context of its own) and approves. */
export async function approveInBrowser(browser: Browser, pid: string, confirmUrl: string): Promise<void> {
  const context = await browser.newContext({ baseURL: TEST_ENV.PUBLIC_BASE_URL });
  const page = await context.newPage();
  const url = new URL(confirmUrl);
  await loginAs(page, pid, { callbackUrl: `${url.pathname}${url.search}` });
  await page.getByRole("button", { name: "Approve", exact: true }).click();
  await page.waitForURL((u) => u.pathname === "/accessmanagement/ui/systemuser/done");
  await context.close();
}

/** A new agent system user of TILBAKEHOLDEN USYMMETRISK TIGER AS holding `packages`, approved by DRESS MINST. */
export async function createAgent(request: APIRequestContext, browser: Browser, packages: string[] = [REGNSKAP_MED]): Promise<{ id: string; systemId: string }> {
  const systemId = await registerAgentSystem(request, packages);
  const req = await sendRequest(request, "/authentication/api/v1/systemuser/request/vendor/agent", {
    systemId,
    partyOrgNo: ORGS.tiger.orgNo,
    externalRef: `test-${randomUUID()}`,
    integrationTitle: `Klientintegrasjon ${systemId.slice(-8)}`,
    accessPackages: packages.map((urn) => ({ urn })),
  });
  await approveInBrowser(browser, DRESS_MINST, req.confirmUrl);
  return { id: req.id, systemId };
}

/** A new standard system user of TIGER (SmartCloud's seeded system, read on Krav og betalinger). */
export async function createStandardSystemUser(request: APIRequestContext, browser: Browser): Promise<string> {
  const req = await sendRequest(request, "/authentication/api/v1/systemuser/request/vendor", {
    systemId: SEED_SYSTEM_ID,
    partyOrgNo: ORGS.tiger.orgNo,
    externalRef: `test-${randomUUID()}`,
    rights: [{ action: "read", resource: [{ id: "urn:altinn:resource", value: SEED_RESOURCE_ID }] }],
  });
  await approveInBrowser(browser, DRESS_MINST, req.confirmUrl);
  return req.id;
}

export const CD_READ = "altinn:clientdelegations.read";
export const CD_WRITE = "altinn:clientdelegations.write";

/** A person's Altinn token from the simulator's test token endpoint (as Altinn's test token generator). */
export async function altinnToken(request: APIRequestContext, pid: string, scopes: string[] = [CD_READ, CD_WRITE]): Promise<string> {
  const res = await request.get(`/simulator/api/token/person?pid=${pid}&scopes=${scopes.join(",")}`);
  expect(res.status(), await res.text()).toBe(200);
  return res.text();
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** A client's id on the client-delegation API: its party UUID (SystemUserClientDelegationController.cs). */
export const clientUuid = (orgNo: string) => partyUuidOf("organization", orgNo);
