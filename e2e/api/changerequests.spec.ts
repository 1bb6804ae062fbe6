// Change requests against the real server, written from Altinn/altinn-authentication
// src/Authentication/Controllers/ChangeRequestSystemUserController.cs,
// src/Authentication/Services/ChangeRequestSystemUserService.cs and src/Core/Problems/Problem.cs:
// the create checks in order with their codes, NoChangeNeeded, the correlation id answered with 200,
// reads, pagination, withdrawal, and what another vendor sees.
import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { ORGS } from "../../prisma/cast";
import { DRESS_MINST, approveInBrowser } from "../support/client-delegation";
import { TEST_ENV } from "../test-env";
import { KONKURRENT, PKG, REQUESTS, RESOURCE, SCOPE, bearer, expectBare, expectBinding, expectProblem, registerSystem } from "./vendor-fixtures";

const BASE = TEST_ENV.PUBLIC_BASE_URL;
const CHANGE = "/authentication/api/v1/systemuser/changerequest";
const TIGER = ORGS.tiger.orgNo;
const READ_RIGHT = { action: "read", resource: [{ id: "urn:altinn:resource", value: RESOURCE }] };
const SKATT = { urn: `${PKG}skatt-naering` };
const UNSET_DATETIME = "0001-01-01T00:00:00";
const FIELDS = ["confirmUrl", "created", "externalRef", "id", "partyOrgNo", "redirectUrl", "requiredAccessPackages", "requiredRights", "status", "systemId", "systemUserId", "timedOut", "unwantedAccessPackages", "unwantedRights"];

interface Setup {
  headers: Record<string, string>;
  systemId: string;
  systemUserId: string;
  externalRef: string;
}

/** A fresh system of SmartCloud's (one right, the skatt-naering package) and TIGER's standard system user of it holding the right. */
async function systemUser(request: APIRequestContext, browser: Browser): Promise<Setup> {
  const headers = await bearer(request);
  const systemId = await registerSystem(request, headers);
  const externalRef = `test-${randomUUID()}`;
  const res = await request.post(`${REQUESTS}/vendor`, { headers, data: { systemId, partyOrgNo: TIGER, externalRef, rights: [READ_RIGHT] } });
  expect(res.status(), await res.text()).toBe(201);
  const req = await res.json();
  await approveInBrowser(browser, DRESS_MINST, req.confirmUrl);
  return { headers, systemId, systemUserId: req.id, externalRef };
}

const post = (request: APIRequestContext, headers: Record<string, string>, query: string, data: unknown) =>
  request.post(`${CHANGE}/vendor?${query}`, { headers, data });

test.describe.configure({ mode: "serial" });
let s: Setup;
test.beforeAll(async ({ request, browser }) => {
  s = await systemUser(request, browser);
});

// CreateChangeRequest: Created(platform + "authentication/api/v1/systemuser/changerequest/" + id) with the
// object built before storing (Created unset); the correlation id asked again → GetChangeRequestByGuid, 200.
test("create: 201 with Location and ChangeRequestResponse; the same correlation id again answers 200", async ({ request }) => {
  const id = randomUUID();
  const body = { requiredAccessPackages: [SKATT], unwantedRights: [READ_RIGHT], redirectUrl: "https://smartcloud.example/altinn/callback?x=1" };
  const res = await post(request, s.headers, `correlation-id=${id}&system-user-id=${s.systemUserId}`, body);
  expect(res.status(), await res.text()).toBe(201);
  expect(res.headers()["location"]).toBe(`${BASE}${CHANGE}/${id}`);
  const created = await res.json();
  expect(Object.keys(created).sort()).toEqual(FIELDS);
  expect(created).toEqual({
    id,
    externalRef: s.externalRef,
    systemId: s.systemId,
    systemUserId: s.systemUserId,
    partyOrgNo: TIGER,
    requiredRights: [],
    unwantedRights: [READ_RIGHT],
    requiredAccessPackages: [SKATT],
    unwantedAccessPackages: [],
    status: "New",
    redirectUrl: body.redirectUrl,
    confirmUrl: `${BASE}/accessmanagement/ui/systemuser/changerequest?id=${id}&DONTCHOOSEREPORTEE=true`,
    created: UNSET_DATETIME,
    timedOut: false,
  });

  const again = await post(request, s.headers, `correlation-id=${id}&system-user-id=${s.systemUserId}`, { requiredRights: [READ_RIGHT] });
  expect(again.status()).toBe(200);
  expect(again.headers()["location"]).toBeUndefined();
  const stored = await again.json();
  expect(stored).toEqual({ ...created, created: stored.created });
  expect(Date.now() - Date.parse(stored.created)).toBeLessThan(120_000);

  // GET vendor/{requestId}
  const byId = await request.get(`${CHANGE}/vendor/${id}`, { headers: s.headers });
  expect(byId.status()).toBe(200);
  expect(await byId.json()).toEqual(stored);

  // GET vendor/byexternalref: GetChangeRequestByExternalRef copies the request without its access packages.
  const byRef = await request.get(`${CHANGE}/vendor/byexternalref/${s.systemId}/${TIGER}/${s.externalRef}`, { headers: s.headers });
  expect(byRef.status()).toBe(200);
  expect(await byRef.json()).toEqual({ ...stored, requiredAccessPackages: [], unwantedAccessPackages: [] });

  // GET vendor/bysystem: Paginated<ChangeRequestResponse>, next null on the last page.
  const list = await request.get(`${CHANGE}/vendor/bysystem/${s.systemId}`, { headers: s.headers });
  expect(list.status()).toBe(200);
  expect(await list.json()).toEqual({ links: { next: null }, data: [stored] });

  // DELETE vendor/{requestId}: 202, then 404 AUTH-00010.
  const del = await request.delete(`${CHANGE}/vendor/${id}`, { headers: s.headers });
  expect(del.status()).toBe(202);
  await expectProblem(await request.get(`${CHANGE}/vendor/${id}`, { headers: s.headers }), 404, "AUTH-00010");
  await expectProblem(await request.delete(`${CHANGE}/vendor/${id}`, { headers: s.headers }), 404, "AUTH-00010");
});

// CreateChangeRequest: EmptySetsReturnEmptyResponse → Ok with status NoChangeNeeded, nothing stored.
test("all four lists empty: 200 NoChangeNeeded, nothing stored", async ({ request }) => {
  const id = randomUUID();
  const res = await post(request, s.headers, `correlation-id=${id}&system-user-id=${s.systemUserId}`, { requiredRights: [], redirectUrl: null });
  expect(res.status()).toBe(200);
  expect(await res.json()).toEqual({
    id, externalRef: s.externalRef, systemId: s.systemId, systemUserId: s.systemUserId, partyOrgNo: TIGER,
    requiredRights: [], unwantedRights: [], requiredAccessPackages: [], unwantedAccessPackages: [],
    status: "NoChangeNeeded", redirectUrl: null, confirmUrl: "", created: UNSET_DATETIME, timedOut: false,
  });
  await expectProblem(await request.get(`${CHANGE}/vendor/${id}`, { headers: s.headers }), 404, "AUTH-00010");
});

// CreateChangeRequest: the controller's own checks, in order.
test("controller checks: 400 text for correlation-id, 404 AUTH-00015, 400 text for the system user's id, 401 for another vendor", async ({ request }) => {
  const body = { requiredRights: [READ_RIGHT] };
  const missing = await post(request, s.headers, `system-user-id=${s.systemUserId}`, body);
  expect(missing.status()).toBe(400);
  expect(await missing.text()).toBe("Missing or invalid QueryParameter: correlation-id. Generate a unique UUID (RFC 4122) for this Change Request, and add as a Query Parameter.");
  await expectBinding(await post(request, s.headers, `correlation-id=nope&system-user-id=${s.systemUserId}`, body), "correlation-id");

  await expectProblem(await post(request, s.headers, `correlation-id=${randomUUID()}&system-user-id=${randomUUID()}`, body), 404, "AUTH-00015");
  await expectProblem(await post(request, s.headers, `correlation-id=${randomUUID()}`, body), 404, "AUTH-00015");

  const same = await post(request, s.headers, `correlation-id=${s.systemUserId}&system-user-id=${s.systemUserId}`, body);
  expect(same.status()).toBe(400);
  expect(await same.text()).toBe("The correlation-id should not be the same as the system-user-id. Generate a unique id.");

  const other = await bearer(request, KONKURRENT);
  await expectBare(await post(request, other, `correlation-id=${randomUUID()}&system-user-id=${s.systemUserId}`, body), 401);
});

// ChangeRequestSystemUserService.ValidateChangeRequest: redirect, required rights and packages against the system.
test("validation: AUTH-00021 redirect, AUTH-00001 right, AUTH-00063 package; nothing stored", async ({ request }) => {
  const q = () => `correlation-id=${randomUUID()}&system-user-id=${s.systemUserId}`;
  await expectProblem(await post(request, s.headers, q(), { requiredRights: [READ_RIGHT], redirectUrl: "https://evil.example/x" }), 400, "AUTH-00021");
  await expectProblem(await post(request, s.headers, q(), { requiredRights: [{ resource: [{ id: "urn:altinn:resource", value: "not-on-system" }] }] }), 400, "AUTH-00001");
  await expectProblem(await post(request, s.headers, q(), { requiredAccessPackages: [{ urn: `${PKG}regnskapsforer-lonn` }] }), 400, "AUTH-00063");
  const list = await request.get(`${CHANGE}/vendor/bysystem/${s.systemId}`, { headers: s.headers });
  expect((await list.json()).data).toEqual([]);
});

// ValidateStatus (createNew): another vendor's request already holds the correlation id → AUTH-00007.
test("a correlation id taken by a pending request the caller cannot read: 400 AUTH-00007", async ({ request }) => {
  const taken = await request.post(`${REQUESTS}/vendor`, { headers: s.headers, data: { systemId: s.systemId, partyOrgNo: TIGER, externalRef: `t-${randomUUID()}`, rights: [READ_RIGHT] } });
  expect(taken.status()).toBe(201);
  const { id } = await taken.json();
  await expectProblem(await post(request, s.headers, `correlation-id=${id}&system-user-id=${s.systemUserId}`, { requiredRights: [READ_RIGHT] }), 400, "AUTH-00007");
});

// Reads: AUTH-00010 unknown, AUTH-00011 another vendor's system, binding 400 for a non-Guid id; exact scopes.
test("reads: codes, another vendor, scopes", async ({ request }) => {
  const id = randomUUID();
  expect((await post(request, s.headers, `correlation-id=${id}&system-user-id=${s.systemUserId}`, { requiredAccessPackages: [SKATT] })).status()).toBe(201);
  const other = await bearer(request, KONKURRENT);
  await expectProblem(await request.get(`${CHANGE}/vendor/${id}`, { headers: other }), 404, "AUTH-00011");
  await expectProblem(await request.get(`${CHANGE}/vendor/bysystem/${s.systemId}`, { headers: other }), 404, "AUTH-00011");
  await expectProblem(await request.get(`${CHANGE}/vendor/byexternalref/${s.systemId}/${TIGER}/${s.externalRef}`, { headers: other }), 404, "AUTH-00011");
  await expectProblem(await request.get(`${CHANGE}/vendor/byexternalref/${s.systemId}/${TIGER}/nope`, { headers: s.headers }), 404, "AUTH-00010");
  await expectProblem(await request.get(`${CHANGE}/vendor/bysystem/991825827_nope`, { headers: s.headers }), 404, "AUTH-00011");
  await expectProblem(await request.delete(`${CHANGE}/vendor/${id}`, { headers: other }), 404, "AUTH-00010");
  await expectBinding(await request.get(`${CHANGE}/vendor/not-a-guid`, { headers: s.headers }), "requestId");

  const readOnly = await bearer(request, undefined, [SCOPE.requestRead]);
  await expectBare(await post(request, readOnly, `correlation-id=${randomUUID()}&system-user-id=${s.systemUserId}`, { requiredRights: [READ_RIGHT] }), 403);
  await expectBare(await request.delete(`${CHANGE}/vendor/${id}`, { headers: readOnly }), 403);
  expect((await request.get(`${CHANGE}/vendor/${id}`, { headers: readOnly })).status()).toBe(200);
  const writeOnly = await bearer(request, undefined, [SCOPE.requestWrite]);
  await expectBare(await request.get(`${CHANGE}/vendor/${id}`, { headers: writeOnly }), 403);
  await expectBare(await request.get(`${CHANGE}/vendor/${id}`), 401);
});
