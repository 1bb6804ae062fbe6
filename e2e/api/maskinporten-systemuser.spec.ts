// System-user tokens through the whole chain: SmartCloud sends a request over HTTP, the end user
// approves it in the browser, and the token endpoint then finds (or, with MP-303, does not find) the
// system user: externalRef, vendor, client id on the system, facilitator vs client, deleted system user
// and deleted system. Also the Altinn lookup route's own authentication.
import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import { createLocalJWKSet, jwtVerify } from "jose";
import { randomUUID } from "node:crypto";
import { SEED_SYSTEM_ID } from "../../prisma/cast";
import { KRAV_READ, ORG, PERSON, confirmPath, createRequest, openAs } from "../browser/approval-fixtures";
import { LUR_GRONN_REV, createClientInBrowser, newKeyPair, pasteKey, selfServiceClient } from "../browser/maskinporten-fixtures";
import { loginAs } from "../browser/helpers";
import { DEMO_CLIENTS, MASKINPORTEN_ISSUER, signGrant, tokenResponse, type DemoClient, type SystemUserGrant } from "../support/maskinporten";
import { PKG, REGISTRY, bearer, expectBare, expectBinding, registerSystem, systemBody } from "./vendor-fixtures";
import { signWithIssuer } from "../support/issuer-token";

const KRAV = "skatteetaten:kravogbetalinger";
const REGNSKAP_MED = `${PKG}regnskapsforer-med-signeringsrettighet`;
const VEIK = "310609544"; // a client of TIGER (regnskapsfører)
const BYEXTERNALID = "/authentication/api/v1/systemuser/byExternalId";

async function systemUserToken(request: APIRequestContext, client: DemoClient, systemUser: SystemUserGrant) {
  const res = await tokenResponse(request, await signGrant(client, { scopes: [KRAV], systemUser }));
  const body = await res.json();
  return { status: res.status(), body };
}

async function expectMp303(request: APIRequestContext, client: DemoClient, systemUser: SystemUserGrant) {
  const { status, body } = await systemUserToken(request, client, systemUser);
  expect({ status, error: body.error }, JSON.stringify(body)).toEqual({ status: 400, error: "invalid_altinn_customer_configuration" });
  expect(body.error_description).toMatch(/^MP-303: /);
  expect(body.access_token).toBeUndefined();
}

async function approve(browser: Browser, pid: string, path: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await openAs(page, pid, path);
  await page.getByRole("button", { name: "Approve", exact: true }).click();
  await page.waitForURL((u) => !u.pathname.endsWith("/request") && !u.pathname.endsWith("/agentrequest"));
  await context.close();
}

async function verifiedClaims(request: APIRequestContext, accessToken: string) {
  const jwks = createLocalJWKSet(await (await request.get("/maskinporten/jwk")).json());
  return (await jwtVerify(accessToken, jwks, { issuer: MASKINPORTEN_ISSUER })).payload;
}

test("standard system user: token with systemuser_id; wrong externalRef, other vendor, deleted system user: MP-303", async ({ request, browser }) => {
  const headers = await bearer(request);
  const externalRef = `test-${randomUUID()}`;
  const req = await createRequest(request, headers, { systemId: SEED_SYSTEM_ID, partyOrgNo: ORG.ape, externalRef, rights: [KRAV_READ] });
  const sc = DEMO_CLIENTS.smartcloud;
  await expectMp303(request, sc, { orgNo: ORG.ape, externalRef }); // not approved yet
  await approve(browser, PERSON.stadig, confirmPath(req));

  const ok = await systemUserToken(request, sc, { orgNo: ORG.ape, externalRef });
  expect(ok.status, JSON.stringify(ok.body)).toBe(200);
  const claims = await verifiedClaims(request, ok.body.access_token);
  expect(claims).toMatchObject({ client_id: sc.clientId, consumer: { ID: `0192:${sc.orgNo}` }, scope: KRAV });
  expect(claims.authorization_details).toEqual([
    expect.objectContaining({
      type: "urn:altinn:systemuser",
      systemuser_org: { authority: "iso6523-actorid-upis", ID: `0192:${ORG.ape}` },
      systemuser_id: [req.id],
      system_id: SEED_SYSTEM_ID,
    }),
  ]);

  await expectMp303(request, sc, { orgNo: ORG.ape }); // externalRef missing: defaults to the org number
  await expectMp303(request, sc, { orgNo: ORG.ape, externalRef: `${externalRef}-other` });
  await expectMp303(request, DEMO_CLIENTS.konkurrent, { orgNo: ORG.ape, externalRef }); // another vendor's client

  // the end user deletes the system user: no more tokens
  const page = await (await browser.newContext()).newPage();
  await loginAs(page, PERSON.stadig, { callbackUrl: `/accessmanagement/ui/systemuser/overview?delete=${req.id}` });
  await page.getByRole("button", { name: "Delete system user" }).click();
  await expect(page.getByTestId("deleted-notice")).toBeVisible();
  await expectMp303(request, sc, { orgNo: ORG.ape, externalRef });
});

test("agent system user: MP-303 until the client id is on the system; the facilitator, not a client, is systemuser_org; a deleted system issues nothing", async ({ request, browser }) => {
  // a second SmartCloud client (the demo client id already belongs to the seeded system)
  const page = await (await browser.newContext()).newPage();
  await loginAs(page, LUR_GRONN_REV);
  const clientId = await createClientInBrowser(page, `test-${randomUUID()}`, [KRAV]);
  const key = await newKeyPair(`agent-${randomUUID().slice(0, 8)}`);
  await pasteKey(page, key.publicJwk);
  await expect(page.getByTestId("key-table")).toContainText(key.publicJwk.kid!);
  const client = selfServiceClient(clientId, key.publicJwk.kid!, key.privateJwk);

  const headers = await bearer(request);
  const system = { rights: [], accessPackages: [{ urn: REGNSKAP_MED }], isVisible: false, allowedRedirectUrls: [] };
  const systemId = await registerSystem(request, headers, system);
  const externalRef = `test-${randomUUID()}`;
  const req = await createRequest(request, headers, { systemId, partyOrgNo: ORG.tiger, externalRef, accessPackages: [{ urn: REGNSKAP_MED }] }, true);
  await approve(browser, PERSON.dress, confirmPath(req));

  await expectMp303(request, client, { orgNo: ORG.tiger, externalRef }); // client id not on the system
  const put = await request.put(`${REGISTRY}/vendor/${systemId}`, { headers, data: systemBody(systemId, { ...system, clientId: [clientId] }) });
  expect(put.status(), await put.text()).toBe(200);

  const ok = await systemUserToken(request, client, { orgNo: ORG.tiger, externalRef });
  expect(ok.status, JSON.stringify(ok.body)).toBe(200);
  const claims = await verifiedClaims(request, ok.body.access_token);
  expect(claims.authorization_details).toEqual([
    expect.objectContaining({ systemuser_org: { authority: "iso6523-actorid-upis", ID: `0192:${ORG.tiger}` }, systemuser_id: [req.id], system_id: systemId }),
  ]);
  await expectMp303(request, client, { orgNo: VEIK, externalRef }); // a client's org instead of the facilitator's

  const del = await request.delete(`${REGISTRY}/vendor/${systemId}`, { headers });
  expect(del.status(), await del.text()).toBe(200);
  await expectMp303(request, client, { orgNo: ORG.tiger, externalRef });
});

test("the byExternalId lookup needs a token with altinn:maskinporten/systemuser.read", async ({ request }) => {
  const q = new URLSearchParams({ clientId: DEMO_CLIENTS.smartcloud.clientId, systemProviderOrgNo: DEMO_CLIENTS.smartcloud.orgNo, systemUserOwnerOrgNo: ORG.ape });
  const anonymous = await request.get(`${BYEXTERNALID}?${q}`);
  await expectBare(anonymous, 401);
  expect(anonymous.headers()["www-authenticate"]).toMatch(/^Bearer/);
  const vendor = await request.get(`${BYEXTERNALID}?${q}`, { headers: await bearer(request) });
  await expectBare(vendor, 403);
});

// SystemUserController.CheckIfPartyHasIntegration (GET systemuser/byExternalId): required query members
// bound by ASP.NET (400), a bare 404 when no system user matches, and SystemUserExternalDTO with
// productName = the system id ("temporary fix until Maskinporten changes their integration").
test("byExternalId as Maskinporten calls it: 400 without a member, bare 404 for none, the system user with productName", async ({ request, browser }) => {
  const lookup = { authorization: `Bearer ${await signWithIssuer((await bearer(request)).authorization.slice(7), { scope: "altinn:maskinporten/systemuser.read" })}` };
  const sc = DEMO_CLIENTS.smartcloud;
  const externalRef = `test-${randomUUID()}`;
  const query = (over: Record<string, string> = {}) =>
    new URLSearchParams({ clientId: sc.clientId, systemProviderOrgNo: sc.orgNo, systemUserOwnerOrgNo: ORG.ape, externalRef, ...over });

  const noClient = new URLSearchParams(query());
  noClient.delete("clientId");
  await expectBinding(await request.get(`${BYEXTERNALID}?${noClient}`, { headers: lookup }));
  await expectBare(await request.get(`${BYEXTERNALID}?${query()}`, { headers: lookup }), 404);

  const req = await createRequest(request, await bearer(request), { systemId: SEED_SYSTEM_ID, partyOrgNo: ORG.ape, externalRef, rights: [KRAV_READ] });
  await approve(browser, PERSON.stadig, confirmPath(req));
  const found = await request.get(`${BYEXTERNALID}?${query()}`, { headers: lookup });
  expect(found.status(), await found.text()).toBe(200);
  expect(await found.json()).toMatchObject({ id: req.id, systemId: SEED_SYSTEM_ID, productName: SEED_SYSTEM_ID, reporteeOrgNo: ORG.ape, externalRef, isDeleted: false });
  // another vendor's client id does not find it
  await expectBare(await request.get(`${BYEXTERNALID}?${query({ clientId: DEMO_CLIENTS.konkurrent.clientId })}`, { headers: lookup }), 404);
});
