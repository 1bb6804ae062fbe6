// System-user requests against the real server, written from Altinn/altinn-authentication
// src/Authentication/Controllers/RequestSystemUserController.cs, src/Authentication/Services/RequestSystemUserService.cs,
// src/Persistance/RepositoryImplementations/RequestRepository.cs and SystemUserService.ValidateRights/ValidateAccessPackages:
// the create checks in order with their codes, the triple answered with its request until DELETE (also
// under concurrency), reads, pagination, withdrawal, agent requests, and what another vendor sees.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { TEST_ENV } from "../test-env";
import { KONKURRENT, PKG, REGISTRY, REQUESTS, RESOURCE, SCOPE, bearer, expectBare, expectBinding, expectProblem, registerSystem } from "./vendor-fixtures";

const APE = "310904473";
const TIGER = "314250052";
const BASE = TEST_ENV.PUBLIC_BASE_URL;
const READ_RIGHT = { action: "read", resource: [{ id: "urn:altinn:resource", value: RESOURCE }] };
const UNSET_DATETIME = "0001-01-01T00:00:00";
const FIELDS = ["accessPackages", "confirmUrl", "created", "escalated", "externalRef", "id", "integrationTitle", "partyOrgNo", "redirectUrl", "rights", "status", "systemId", "timedOut"];

async function setup(request: APIRequestContext, over: Record<string, unknown> = {}) {
  const headers = await bearer(request);
  const systemId = await registerSystem(request, headers, over);
  const externalRef = `test-${randomUUID()}`;
  const body = { systemId, partyOrgNo: APE, externalRef, rights: [{ resource: [{ id: "urn:altinn:resource", value: RESOURCE }] }], redirectUrl: "https://smartcloud.example/altinn/callback?state=1" };
  return { headers, systemId, externalRef, body };
}

// RequestSystemUserController.CreateRequest: Created(platform + "authentication/api/v1/systemuser/request/" + id);
// the 201's body is the object built before storing (Created unset); a re-POST of the triple answers
// GetRequestByExternalRef's copy (no Escalated, Created set) with 200.
test("create a request: 201 with the real Location and fields; re-POST answers the same request with 200", async ({ request }) => {
  const { headers, systemId, externalRef, body } = await setup(request);
  const res = await request.post(`${REQUESTS}/vendor`, { headers, data: { ...body, integrationTitle: "Regnskap for APE" } });
  expect(res.status(), await res.text()).toBe(201);
  const created = await res.json();
  expect(Object.keys(created).sort()).toEqual(FIELDS);
  expect(res.headers()["location"]).toBe(`${BASE}${REQUESTS}/${created.id}`);
  expect(created).toMatchObject({
    integrationTitle: "Regnskap for APE",
    externalRef,
    systemId,
    partyOrgNo: APE,
    rights: body.rights, // stored as sent: the action is not compared nor filled in
    accessPackages: [],
    status: "New",
    redirectUrl: body.redirectUrl,
    confirmUrl: `${BASE}/accessmanagement/ui/systemuser/request?id=${created.id}&DONTCHOOSEREPORTEE=true`,
    escalated: false,
    created: UNSET_DATETIME,
    timedOut: false,
  });

  const again = await request.post(`${REQUESTS}/vendor`, { headers, data: body });
  expect(again.status()).toBe(200);
  expect(again.headers()["location"]).toBeUndefined();
  const stored = await again.json();
  expect(stored).toEqual({ ...created, created: stored.created });
  expect(Date.now() - Date.parse(stored.created)).toBeLessThan(60_000);
  const byId = await request.get(`${REQUESTS}/vendor/${created.id}`, { headers });
  expect(await byId.json()).toEqual(stored);
  const byRef = await request.get(`${REQUESTS}/vendor/byexternalref/${systemId}/${APE}/${externalRef}`, { headers });
  expect(await byRef.json()).toEqual(stored);
});

// Bodies bound as ASP.NET binds CreateRequestSystemUser: names case-insensitive, null = absent for optional members.
test(".NET-style bodies: other casing and null optionals are accepted", async ({ request }) => {
  const { headers, systemId } = await setup(request);
  const res = await request.post(`${REQUESTS}/vendor`, {
    headers,
    data: { SystemId: systemId, PartyOrgNo: APE, externalRef: null, integrationTitle: null, redirectUrl: null, Rights: [{ action: null, resource: [{ id: "urn:altinn:resource", value: RESOURCE }] }], accessPackages: null },
  });
  expect(res.status(), await res.text()).toBe(201);
  expect(await res.json()).toMatchObject({ systemId, externalRef: APE, integrationTitle: "Testsystem", redirectUrl: null, accessPackages: [] });
});

test("20 concurrent identical POSTs create one request: one 201, the rest 200 with the same id", async ({ request }) => {
  const { headers, body } = await setup(request);
  const answers = await Promise.all(Array.from({ length: 20 }, () => request.post(`${REQUESTS}/vendor`, { headers, data: body })));
  const statuses = answers.map((a) => a.status()).sort();
  expect(statuses).toEqual([...Array(19).fill(200), 201]);
  const ids = new Set(await Promise.all(answers.map(async (a) => (await a.json()).id)));
  expect(ids.size).toBe(1);
});

test("externalRef defaults to the party's org number, integrationTitle to the system's name", async ({ request }) => {
  const { headers, systemId } = await setup(request);
  const res = await request.post(`${REQUESTS}/vendor`, { headers, data: { systemId, partyOrgNo: APE, accessPackages: [{ urn: `${PKG}skatt-naering` }] } });
  expect(res.status()).toBe(201);
  expect(await res.json()).toMatchObject({ externalRef: APE, integrationTitle: "Testsystem", rights: [], accessPackages: [{ urn: `${PKG}skatt-naering` }], redirectUrl: null });
});

type Bad = { name: string; status: number; code: string; body: (b: Record<string, unknown>, systemId: string) => Record<string, unknown> };
const BAD: Bad[] = [
  { name: "unknown system", status: 404, code: "AUTH-00011", body: (b) => ({ ...b, systemId: "991825827_finnes-ikke" }) },
  { name: "party with a wrong check digit", status: 400, code: "AUTH-00000", body: (b) => ({ ...b, partyOrgNo: "310904474" }) },
  { name: "party unknown to the register", status: 400, code: "AUTH-00000", body: (b) => ({ ...b, partyOrgNo: "315000025" }) },
  { name: "redirect URL on another host", status: 400, code: "AUTH-00021", body: (b) => ({ ...b, redirectUrl: "https://evil.example/altinn/callback" }) },
  { name: "redirect URL on another path", status: 400, code: "AUTH-00021", body: (b) => ({ ...b, redirectUrl: "https://smartcloud.example/other" }) },
  { name: "no rights and no packages", status: 400, code: "AUTH-00059", body: (b) => ({ ...b, rights: [], accessPackages: [] }) },
  { name: "a right on a resource the system does not have", status: 400, code: "AUTH-00001", body: (b) => ({ ...b, rights: [{ action: "read", resource: [{ id: "urn:altinn:resource", value: "another-resource" }] }] }) },
  { name: "more rights than the system has", status: 400, code: "AUTH-00001", body: (b) => ({ ...b, rights: [READ_RIGHT, READ_RIGHT] }) },
  { name: "neither rights nor accessPackages (both null)", status: 400, code: "AUTH-00001", body: (b) => ({ ...b, rights: null, accessPackages: undefined }) },
  { name: "a package the system does not have", status: 400, code: "AUTH-00063", body: (b) => ({ ...b, accessPackages: [{ urn: `${PKG}merverdiavgift` }] }) },
];

// Model binding (ASP.NET [ApiController]): a missing required member or a wrong type is the framework's 400.
for (const c of [
  { name: "no partyOrgNo", path: "$.partyOrgNo", body: (b: Record<string, unknown>) => ({ ...b, partyOrgNo: undefined }) },
  { name: "rights not a list", path: "$.rights", body: (b: Record<string, unknown>) => ({ ...b, rights: "read" }) },
]) {
  test(`POST /vendor refuses ${c.name}: ASP.NET's binding problem, nothing created`, async ({ request }) => {
    const { headers, systemId, externalRef, body } = await setup(request);
    await expectBinding(await request.post(`${REQUESTS}/vendor`, { headers, data: c.body(body) }), c.path);
    await expectProblem(await request.get(`${REQUESTS}/vendor/byexternalref/${systemId}/${APE}/${externalRef}`, { headers }), 404, "AUTH-00010");
  });
}

for (const c of BAD) {
  test(`POST /vendor refuses ${c.name}: ${c.status} ${c.code}, nothing created`, async ({ request }) => {
    const { headers, systemId, externalRef, body } = await setup(request);
    await expectProblem(await request.post(`${REQUESTS}/vendor`, { headers, data: c.body(body, systemId) }), c.status, c.code);
    await expectProblem(await request.get(`${REQUESTS}/vendor/byexternalref/${systemId}/${APE}/${externalRef}`, { headers }), 404, "AUTH-00010");
  });
}

test("a redirect URL on a system without any is AUTH-00026", async ({ request }) => {
  const { headers, body } = await setup(request, { allowedRedirectUrls: [] });
  await expectProblem(await request.post(`${REQUESTS}/vendor`, { headers, data: body }), 400, "AUTH-00026");
  const { redirectUrl: _, ...without } = body;
  expect((await request.post(`${REQUESTS}/vendor`, { headers, data: without })).status()).toBe(201);
});

// RequestSystemUserService.CreateRequest: GetRegisteredSystemInfo does not filter on is_deleted.
test("a deleted system still takes requests (201)", async ({ request }) => {
  const { headers, systemId, body } = await setup(request);
  expect((await request.delete(`${REGISTRY}/vendor/${systemId}`, { headers })).status()).toBe(200);
  expect((await request.post(`${REQUESTS}/vendor`, { headers, data: body })).status()).toBe(201);
});

test("a client package on a standard request is AUTH-00064", async ({ request }) => {
  const { headers, body } = await setup(request, { isVisible: false, accessPackages: [{ urn: `${PKG}regnskapsforer-lonn` }] });
  await expectProblem(await request.post(`${REQUESTS}/vendor`, { headers, data: { ...body, accessPackages: [{ urn: `${PKG}regnskapsforer-lonn` }] } }), 400, "AUTH-00064");
});

// altinn-authentication SystemUserService.ValidateAccessPackages: a standard request needs packages of the
// system (AUTH-00063) that are assignable (AUTH-00064); Altinn's catalogue, not a handful.
test("a standard request for real packages of Altinn's catalogue (krav-og-utlegg, skattegrunnlag) is created", async ({ request }) => {
  const packages = [{ urn: `${PKG}krav-og-utlegg` }, { urn: `${PKG}skattegrunnlag` }];
  const { headers, body } = await setup(request, { accessPackages: packages });
  const res = await request.post(`${REQUESTS}/vendor`, { headers, data: { ...body, accessPackages: packages } });
  expect(res.status(), await res.text()).toBe(201);
  expect((await res.json()).accessPackages).toEqual(packages);
  // more packages than the system has (a duplicate counts) is AUTH-00063, as in the real count check
  const twice = { ...body, externalRef: `test-${randomUUID()}`, accessPackages: [...packages, packages[0]] };
  await expectProblem(await request.post(`${REQUESTS}/vendor`, { headers, data: twice }), 400, "AUTH-00063");
});

// PaginationOptions.Size = 50 (appsettings.json); RequestRepository.GetAllRequestsBySystem orders by id.
test("bysystem pages 50 at a time, by id, with an absolute links.next", async ({ request }) => {
  const { headers, systemId } = await setup(request);
  const posts = await Promise.all(
    Array.from({ length: 51 }, (_, i) => request.post(`${REQUESTS}/vendor`, { headers, data: { systemId, partyOrgNo: APE, externalRef: `page-${i}`, rights: [READ_RIGHT] } })),
  );
  expect(posts.map((p) => p.status())).toEqual(Array(51).fill(201));
  const ids = (await Promise.all(posts.map(async (p) => (await p.json()).id as string))).sort();
  const first = await (await request.get(`${REQUESTS}/vendor/bysystem/${systemId}`, { headers })).json();
  expect(first.data).toHaveLength(50);
  expect(first.links.next).toMatch(new RegExp(`^${BASE}${REQUESTS}/vendor/bysystem/${systemId}\\?token=`));
  const second = await (await request.get(first.links.next, { headers })).json();
  expect(second).toMatchObject({ links: { next: null } });
  expect([...first.data, ...second.data].map((r: { id: string }) => r.id)).toEqual(ids);
  await expectBinding(await request.get(`${REQUESTS}/vendor/bysystem/${systemId}?token=bogus`, { headers }), "token");
});

test("DELETE withdraws a request (202): it is gone and the triple can be asked for again", async ({ request }) => {
  const { headers, body } = await setup(request);
  const created = await (await request.post(`${REQUESTS}/vendor`, { headers, data: body })).json();
  const del = await request.delete(`${REQUESTS}/vendor/${created.id}`, { headers });
  expect(del.status()).toBe(202);
  await expectProblem(await request.get(`${REQUESTS}/vendor/${created.id}`, { headers }), 404, "AUTH-00010");
  await expectProblem(await request.delete(`${REQUESTS}/vendor/${created.id}`, { headers }), 404, "AUTH-00010");
  const renewed = await request.post(`${REQUESTS}/vendor`, { headers, data: body });
  expect(renewed.status()).toBe(201);
  expect((await renewed.json()).id).not.toBe(created.id);
});

// RequestSystemUserService.GetRequestByGuid/GetRequestByExternalRef: the request is found first (AUTH-00010),
// then its system must be the caller's (AUTH-00011). CreateRequest: ValidateExternalRequestId (AUTH-00007
// for a pending triple) runs before the vendor check. SystemUserController.GetSingleSystemUserForVendor: bare 404.
test("another vendor: AUTH-00011 for SmartCloud's requests, cannot withdraw them, bare 404 for system users", async ({ request }) => {
  const { headers, systemId, externalRef, body } = await setup(request);
  const created = await (await request.post(`${REQUESTS}/vendor`, { headers, data: body })).json();
  const k = await bearer(request, KONKURRENT);
  await expectProblem(await request.get(`${REQUESTS}/vendor/${created.id}`, { headers: k }), 404, "AUTH-00011");
  await expectProblem(await request.get(`${REQUESTS}/vendor/byexternalref/${systemId}/${APE}/${externalRef}`, { headers: k }), 404, "AUTH-00011");
  await expectProblem(await request.get(`${REQUESTS}/vendor/byexternalref/${systemId}/${APE}/no-such-ref`, { headers: k }), 404, "AUTH-00010");
  await expectProblem(await request.get(`${REQUESTS}/vendor/bysystem/${systemId}`, { headers: k }), 404, "AUTH-00011");
  // the simulator's decision (README): Altinn deletes any request by id; here another vendor's is not found
  await expectProblem(await request.delete(`${REQUESTS}/vendor/${created.id}`, { headers: k }), 404, "AUTH-00010");
  await expectProblem(await request.post(`${REQUESTS}/vendor`, { headers: k, data: body }), 400, "AUTH-00007");
  await expectProblem(await request.post(`${REQUESTS}/vendor`, { headers: k, data: { ...body, externalRef: `${externalRef}-2` } }), 404, "AUTH-00011");
  await expectProblem(await request.get(`/authentication/api/v1/systemuser/vendor/bysystem/991825827_smartcloud`, { headers: k }), 404, "AUTH-00011");
  await expectBare(await request.get(`/authentication/api/v1/systemuser/vendor/byquery?system-id=991825827_smartcloud&orgno=${APE}`, { headers: k }), 404);
  expect((await (await request.get(`${REQUESTS}/vendor/${created.id}`, { headers })).json()).id).toBe(created.id);
});

test("a request id that is not a GUID is ASP.NET's binding problem", async ({ request }) => {
  const headers = await bearer(request);
  await expectBinding(await request.get(`${REQUESTS}/vendor/not-a-guid`, { headers }), "requestId");
  await expectBinding(await request.delete(`${REQUESTS}/vendor/not-a-guid`, { headers }), "requestId");
});

// AuthenticationHost.cs: request reads need exactly systemuser.request.read; byquery exactly .request.write;
// system users bysystem systemregister.write (or .admin).
test("scopes: reads need .read, writes .write; byquery .write; bysystem systemregister.write; no token is 401", async ({ request }) => {
  const { headers, systemId, body } = await setup(request);
  const created = await (await request.post(`${REQUESTS}/vendor`, { headers, data: body })).json();
  const readOnly = await bearer(request, undefined, [SCOPE.requestRead]);
  const writeOnly = await bearer(request, undefined, [SCOPE.requestWrite]);
  const registryOnly = await bearer(request, undefined, [SCOPE.registry]);
  expect((await request.get(`${REQUESTS}/vendor/${created.id}`, { headers: readOnly })).status()).toBe(200);
  for (const path of [`vendor/${created.id}`, `vendor/agent/${created.id}`, `vendor/byexternalref/${systemId}/${APE}/x`, `vendor/bysystem/${systemId}`, `vendor/agent/bysystem/${systemId}`]) {
    await expectBare(await request.get(`${REQUESTS}/${path}`, { headers: writeOnly }), 403);
    await expectBare(await request.get(`${REQUESTS}/${path}`, { headers: registryOnly }), 403);
  }
  await expectBare(await request.post(`${REQUESTS}/vendor`, { headers: readOnly, data: body }), 403);
  await expectBare(await request.delete(`${REQUESTS}/vendor/${created.id}`, { headers: readOnly }), 403);
  const byquery = `/authentication/api/v1/systemuser/vendor/byquery?system-id=${systemId}&orgno=${APE}`;
  await expectBare(await request.get(byquery, { headers: readOnly }), 403);
  await expectBare(await request.get(byquery, { headers: registryOnly }), 403);
  await expectBare(await request.get(byquery, { headers: writeOnly }), 404);
  const bysystem = `/authentication/api/v1/systemuser/vendor/bysystem/${systemId}`;
  await expectBare(await request.get(bysystem, { headers: readOnly }), 403);
  await expectBare(await request.get(bysystem, { headers: writeOnly }), 403);
  expect((await request.get(bysystem, { headers: registryOnly })).status()).toBe(200);
  const none = await request.post(`${REQUESTS}/vendor`, { data: body });
  await expectBare(none, 401);
  expect(none.headers()["www-authenticate"]).toMatch(/^Bearer/);
});

// SystemUserController.GetSingleSystemUserForVendor: [FromQuery] string system-id / orgno are required (nullable enabled).
test("vendor system-user reads: byquery needs system-id and orgno; lists are paginated", async ({ request }) => {
  const { headers, systemId } = await setup(request);
  expect(await (await request.get(`/authentication/api/v1/systemuser/vendor/bysystem/${systemId}`, { headers })).json()).toEqual({ links: { next: null }, data: [] });
  await expectBare(await request.get(`/authentication/api/v1/systemuser/vendor/byquery?system-id=${systemId}&orgno=${APE}`, { headers }), 404);
  await expectBinding(await request.get(`/authentication/api/v1/systemuser/vendor/byquery?orgno=${APE}`, { headers }), "system-id");
  await expectBinding(await request.get(`/authentication/api/v1/systemuser/vendor/byquery?system-id=${systemId}`, { headers }), "orgno");
});

// RequestSystemUserController.CreateAgentRequest, RequestSystemUserService.CreateAgentRequest/GetAgentRequestByGuid/
// GetAgentRequestByExternalRef (the only single read that keeps `escalated`), SystemUserService.ValidateAccessPackages.
test("agent requests: client packages of the system for the facilitator, their own confirm page", async ({ request }) => {
  const agentSystem = { isVisible: false, rights: [], accessPackages: ["regnskapsforer-lonn", "ansvarlig-revisor", "tilgangsstyrer", "skatt-naering"].map((c) => ({ urn: `${PKG}${c}` })) };
  const { headers, systemId } = await setup(request, agentSystem);
  const externalRef = `test-${randomUUID()}`;
  // an agent request has no rights: a sent `rights` member is ignored
  const body = { systemId, partyOrgNo: TIGER, externalRef, accessPackages: [{ urn: `${PKG}regnskapsforer-lonn` }], rights: [READ_RIGHT], redirectUrl: null };
  const res = await request.post(`${REQUESTS}/vendor/agent`, { headers, data: body });
  expect(res.status(), await res.text()).toBe(201);
  const created = await res.json();
  expect(Object.keys(created).sort()).toEqual(FIELDS.filter((f) => f !== "rights"));
  expect(created).toMatchObject({ created: UNSET_DATETIME, escalated: false, status: "New", accessPackages: [{ urn: `${PKG}regnskapsforer-lonn` }] });
  expect(created.confirmUrl).toBe(`${BASE}/accessmanagement/ui/systemuser/agentrequest?id=${created.id}&DONTCHOOSEREPORTEE=true`);
  expect(res.headers()["location"]).toBe(`${BASE}${REQUESTS}/${created.id}`);
  const again = await request.post(`${REQUESTS}/vendor/agent`, { headers, data: body });
  expect(again.status()).toBe(200);
  const stored = await again.json();
  expect(stored).toEqual({ ...created, created: stored.created });
  expect(await (await request.get(`${REQUESTS}/vendor/agent/${created.id}`, { headers })).json()).toEqual(stored);
  expect(await (await request.get(`${REQUESTS}/vendor/agent/byexternalref/${systemId}/${TIGER}/${externalRef}`, { headers })).json()).toEqual(stored);
  expect((await (await request.get(`${REQUESTS}/vendor/agent/bysystem/${systemId}`, { headers })).json()).data).toEqual([stored]);
  // the standard endpoints do not answer for agent requests, nor the agent ones for standard requests
  await expectProblem(await request.get(`${REQUESTS}/vendor/${created.id}`, { headers }), 404, "AUTH-00010");
  expect((await (await request.get(`${REQUESTS}/vendor/bysystem/${systemId}`, { headers })).json()).data).toEqual([]);

  const other = (over: Record<string, unknown>) => request.post(`${REQUESTS}/vendor/agent`, { headers, data: { ...body, externalRef: `test-${randomUUID()}`, ...over } });
  await expectProblem(await other({ accessPackages: [] }), 400, "AUTH-00058");
  await expectBinding(await other({ accessPackages: null }), "$.accessPackages");
  // SystemUserService.ValidateAccessPackages: of the system (AUTH-00063) first, then delegable (AUTH-00065);
  // tilgangsstyrer is not delegable, skatt-naering is (not a client package, yet accepted)
  await expectProblem(await other({ accessPackages: [{ urn: `${PKG}tilgangsstyrer` }] }), 400, "AUTH-00065");
  await expectProblem(await other({ accessPackages: [{ urn: `${PKG}forretningsforer-eiendom` }] }), 400, "AUTH-00063");
  await expectProblem(await other({ accessPackages: [{ urn: `${PKG}tilgangsstyrer` }, { urn: `${PKG}forretningsforer-eiendom` }] }), 400, "AUTH-00063");
  expect((await other({ accessPackages: [{ urn: `${PKG}skatt-naering` }] })).status()).toBe(201);

  // DELETE /vendor/{id} withdraws agent requests too (RequestRepository.DeleteRequestByRequestId has no type filter)
  expect((await request.delete(`${REQUESTS}/vendor/${created.id}`, { headers })).status()).toBe(202);
  await expectProblem(await request.get(`${REQUESTS}/vendor/agent/${created.id}`, { headers }), 404, "AUTH-00010");
  expect((await request.post(`${REQUESTS}/vendor/agent`, { headers, data: body })).status()).toBe(201);
});
