// The System Register against the real server, as Altinn's SystemRegisterController answers
// (Altinn/altinn-authentication src/Authentication/Controllers/SystemRegisterController.cs, with
// src/Core/Errors/ValidationErrors.cs and src/Authentication/Constants/ErrorPathConstant.cs):
// registration with every validation rule, updates and soft delete with their changelog, the portal
// reads, the admin scope, and that another vendor can read or change nothing.
import { expect, test, type APIResponse } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { signWithIssuer } from "../support/issuer-token";
import { DEMO_CLIENTS as MP } from "../support/maskinporten";
import { KONKURRENT, PKG, REGISTRY, RESOURCE, SCOPE, bearer, expectBare, expectBinding, expectProblem, registerSystem, systemBody, uniqueSystemId } from "./vendor-fixtures";

const SEEDED = "991825827_smartcloud";
const PORTAL = "altinn:portal/enduser";
const ADMIN = "altinn:authentication/systemregister.admin";
const RIGHT = { action: "read", resource: [{ id: "urn:altinn:resource", value: RESOURCE }] };

/** A plain-text answer (`NotFound("...")`, `BadRequest("...")`, `Conflict("...")`). */
async function expectText(res: APIResponse, status: number, text: string) {
  expect({ status: res.status(), body: await res.text() }).toEqual({ status, body: text });
}

/** A token of the vendor's client with other scopes than its own (see e2e/support/issuer-token.ts). */
async function tokenWithScopes(request: Parameters<typeof bearer>[0], scope: string, client = undefined as typeof KONKURRENT | undefined) {
  const model = (await bearer(request, client)).authorization.slice(7);
  return { authorization: `Bearer ${await signWithIssuer(model, { scope })}` };
}

// SystemRegisterControllerTests.cs SystemRegister_Create_Success, SystemRegister_Get_ListofAll_For_Vendor,
// SystemRegister_Create_DuplicateSystem_BadRequest; SystemChangeLogRepository.GetChangeLogAsync.
test("register, read, list (RegisteredSystemDTO), changelog; a second POST is 400 VLD-00002", async ({ request }) => {
  const headers = await bearer(request);
  const id = uniqueSystemId();
  const body = systemBody(id, { clientId: [randomUUID()], allowedRedirectUrls: ["https://smartcloud.example/cb", "http://localhost:3000/vendor/callback"] });
  const created = await request.post(`${REGISTRY}/vendor`, { headers, data: body });
  expect(created.status()).toBe(200);
  const internalId = (await created.json()) as string;
  expect(internalId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);

  const got = await request.get(`${REGISTRY}/vendor/${id}`, { headers });
  expect(got.status()).toBe(200);
  expect(await got.json()).toEqual({ ...body, isDeleted: false });

  const list = (await (await request.get(`${REGISTRY}/vendor`, { headers })).json()) as Record<string, unknown>[];
  expect(list.find((s) => s.systemId === id)).toEqual({
    systemId: id,
    systemVendorOrgNumber: "991825827",
    systemVendorOrgName: "",
    name: body.name,
    description: body.description,
    rights: body.rights,
    accessPackages: body.accessPackages,
    isVisible: true,
  });
  expect(list.map((s) => s.systemId)).toContain(SEEDED);
  expect(new Set(list.map((s) => s.systemVendorOrgNumber))).toEqual(new Set(["991825827"]));

  const log = (await (await request.get(`${REGISTRY}/vendor/${id}/changelog`, { headers })).json()) as Record<string, unknown>[];
  expect(log).toHaveLength(1);
  expect(log[0]).toMatchObject({ systemInternalId: internalId, changedByOrgNumber: "991825827", changeType: "create", clientId: MP.smartcloud.clientId });
  expect(log[0]?.created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d+\+00:00$/);
  // changedData is the body serialised by System.Text.Json without options: .NET property names
  expect(log[0]?.changedData).toEqual({
    Id: id,
    Vendor: { ID: "0192:991825827" },
    Name: body.name,
    Description: body.description,
    Rights: [{ Action: "read", Resource: RIGHT.resource }],
    AccessPackages: [{ Urn: `${PKG}skatt-naering` }],
    ClientId: body.clientId,
    IsVisible: true,
    AllowedRedirectUrls: body.allowedRedirectUrls,
  });

  const again = await expectProblem(await request.post(`${REGISTRY}/vendor`, { headers, data: body }), 400, "AUTH.VLD-00002");
  expect(again.validationErrors).toContainEqual({ code: "AUTH.VLD-00002", title: "The system id already exists", paths: ["/registersystemrequest/systemid"] });
});

// SystemIntegrationTests and the docs' example body: ASP.NET binds property names case-insensitively;
// null for an optional list is its default.
test("a body in other casings, with nulls for the optional lists, registers", async ({ request }) => {
  const headers = await bearer(request);
  const id = uniqueSystemId();
  const clientId = randomUUID();
  const res = await request.post(`${REGISTRY}/vendor`, {
    headers,
    data: {
      Id: id,
      Vendor: { Authority: "iso6523-actorid-upis", id: "0192:991825827" },
      Name: { nb: "A", nn: "A", en: "A" },
      description: { nb: "B", nn: "B", en: "B" },
      rights: null,
      accesspackages: null,
      ClientId: [clientId],
      allowedredirecturls: ["https://smartcloud.example/cb"],
      isvisible: false,
    },
  });
  expect(res.status(), await res.text()).toBe(200);
  expect(await (await request.get(`${REGISTRY}/vendor/${id}`, { headers })).json()).toMatchObject({ id, rights: [], accessPackages: [], clientId: [clientId], allowedRedirectUrls: ["https://smartcloud.example/cb"], isVisible: false });
});

// SystemRegisterControllerTests.cs SystemRegister_Create_* (one case per validation error).
type Bad = { name: string; code: string; path: string; body: (id: string) => unknown };
const BAD: Bad[] = [
  { name: "id of another org", code: "AUTH.VLD-00001", path: "/registersystemrequest/systemid", body: () => systemBody(uniqueSystemId(), { id: `315000009_test-${randomUUID().slice(0, 8)}` }) },
  { name: "id without the org prefix", code: "AUTH.VLD-00001", path: "/registersystemrequest/systemid", body: (id) => systemBody(id, { id: `smartcloud-${randomUUID().slice(0, 8)}` }) },
  { name: "id with a space", code: "AUTH.VLD-00013", path: "/registersystemrequest/systemid", body: (id) => systemBody(id, { id: `${id} x` }) },
  { name: "vendor without the 0192 prefix", code: "AUTH.VLD-00000", path: "/registersystemrequest/vendor/id", body: (id) => systemBody(id, { vendor: { authority: "iso6523-actorid-upis", ID: "9908:991825827" } }) },
  { name: "right with another attribute id", code: "AUTH.VLD-00009", path: "/registersystemrequest/rights/resource", body: (id) => systemBody(id, { rights: [{ resource: [{ id: "urn:altinn:app", value: RESOURCE }] }] }) },
  { name: "right naming an unknown resource", code: "AUTH.VLD-00003", path: "/registersystemrequest/rights/resource", body: (id) => systemBody(id, { rights: [{ resource: [{ id: "urn:altinn:resource", value: "finnes-ikke" }] }] }) },
  { name: "duplicate rights", code: "AUTH.VLD-00006", path: "/registersystemrequest/rights/resource", body: (id) => systemBody(id, { rights: [RIGHT, RIGHT] }) },
  { name: "unknown access package", code: "AUTH.VLD-00008", path: "/registersystemrequest/accesspackages", body: (id) => systemBody(id, { accessPackages: [{ urn: `${PKG}finnes-ikke` }] }) },
  { name: "duplicate access packages", code: "AUTH.VLD-00007", path: "/registersystemrequest/accesspackages", body: (id) => systemBody(id, { accessPackages: [{ urn: `${PKG}skatt-naering` }, { urn: `${PKG}skatt-naering` }] }) },
  { name: "client package on a visible system", code: "AUTH.VLD-00018", path: "/registersystemrequest/accesspackages", body: (id) => systemBody(id, { accessPackages: [{ urn: `${PKG}regnskapsforer-lonn` }], isVisible: true }) },
  { name: "client id of a live system", code: "AUTH.VLD-00004", path: "/registersystemrequest/clientid", body: (id) => systemBody(id, { clientId: [MP.smartcloud.clientId] }) },
  { name: "Maskinporten client of another org (simulator)", code: "AUTH.VLD-00004", path: "/registersystemrequest/clientid", body: (id) => systemBody(id, { clientId: [MP.konkurrent.clientId] }) },
  { name: "http redirect URL off localhost", code: "AUTH.VLD-00005", path: "/registersystemrequest/allowedredirecturls", body: (id) => systemBody(id, { allowedRedirectUrls: ["http://smartcloud.example/cb"] }) },
  { name: "relative redirect URL", code: "AUTH.VLD-00005", path: "/registersystemrequest/allowedredirecturls", body: (id) => systemBody(id, { allowedRedirectUrls: ["/cb"] }) },
  // the real checks (SystemRegisterService.GetInvalidAccessPackageUrnsDetailed): not in Altinn's catalogue,
  // fewer than four ':'-parts, or neither delegable nor assignable
  { name: "the invented package tilgangsstyring (Altinn's is tilgangsstyrer)", code: "AUTH.VLD-00008", path: "/registersystemrequest/accesspackages", body: (id) => systemBody(id, { accessPackages: [{ urn: `${PKG}tilgangsstyring` }] }) },
  { name: "a package urn of three parts", code: "AUTH.VLD-00008", path: "/registersystemrequest/accesspackages", body: (id) => systemBody(id, { accessPackages: [{ urn: "urn:accesspackage:jordbruk" }] }) },
  { name: "a package neither delegable nor assignable (eksplisitt)", code: "AUTH.VLD-00008", path: "/registersystemrequest/accesspackages", body: (id) => systemBody(id, { accessPackages: [{ urn: `${PKG}eksplisitt` }] }) },
];

for (const c of BAD) {
  test(`POST /vendor refuses ${c.name}: 400 ${c.code}, nothing registered`, async ({ request }) => {
    const headers = await bearer(request);
    const body = c.body(uniqueSystemId()) as { id: string };
    const problem = await expectProblem(await request.post(`${REGISTRY}/vendor`, { headers, data: body }), 400, c.code);
    expect(problem.title).toBe("One or more validation errors occurred.");
    expect(problem.validationErrors?.find((e) => e.code === c.code)?.paths).toEqual([c.path]);
    const after = await request.get(`${REGISTRY}/vendor/${encodeURIComponent(body.id)}`, { headers });
    expect([403, 404]).toContain(after.status());
  });
}

// Altinn's catalogue (altinn-authorization-tmp PackageConstants.cs): packages the simulator did not know before.
test("a system with real packages of Altinn's catalogue registers and reads back", async ({ request }) => {
  const headers = await bearer(request);
  const id = uniqueSystemId();
  const accessPackages = ["krav-og-utlegg", "skattegrunnlag", "jordbruk", "konkursbo-tilgangsstyrer"].map((c) => ({ urn: `${PKG}${c}` }));
  // konkursbo-tilgangsstyrer is not delegable but assignable: allowed, even on a visible system
  const created = await request.post(`${REGISTRY}/vendor`, { headers, data: systemBody(id, { accessPackages, isVisible: true }) });
  expect(created.status()).toBe(200);
  expect((await (await request.get(`${REGISTRY}/vendor/${id}`, { headers })).json()).accessPackages).toEqual(accessPackages);
});

test("all three package errors at once, in the real order 08, 07, 18", async ({ request }) => {
  const headers = await bearer(request);
  const accessPackages = [{ urn: `${PKG}finnes-ikke` }, { urn: `${PKG}ansvarlig-revisor` }, { urn: `${PKG}ansvarlig-revisor` }];
  const problem = await expectProblem(await request.post(`${REGISTRY}/vendor`, { headers, data: systemBody(uniqueSystemId(), { accessPackages, isVisible: true }) }), 400, "AUTH.VLD-00008");
  expect(problem.validationErrors?.map((e) => e.code)).toEqual(["AUTH.VLD-00008", "AUTH.VLD-00007", "AUTH.VLD-00018"]);
});

// SystemRegisterController.CreateRegisteredSystem: VLD-00000 returned alone; the rest collected in
// order into one problem; HasWriteAccess (403 bare) after validation, before the errors are returned.
test("POST /vendor: VLD-00000 alone, then every error in one problem; another vendor is 403 bare even with errors", async ({ request }) => {
  const headers = await bearer(request);
  const id = uniqueSystemId();
  const badVendor = await expectProblem(await request.post(`${REGISTRY}/vendor`, { headers, data: systemBody(`${id} x`, { vendor: { ID: "9908:991825827" }, rights: [RIGHT, RIGHT] }) }), 400, "AUTH.VLD-00000");
  expect(badVendor.validationErrors).toEqual([{ code: "AUTH.VLD-00000", title: "the org number identifier is not valid ISO6523 identifier", paths: ["/registersystemrequest/vendor/id"] }]);

  const many = await expectProblem(
    await request.post(`${REGISTRY}/vendor`, {
      headers,
      data: systemBody(`${id} x`, {
        allowedRedirectUrls: ["ftp://x.example"],
        rights: [{ resource: [{ id: "urn:altinn:resource", value: "finnes-ikke" }, { id: "urn:altinn:resource", value: "finnes-heller-ikke" }] }],
        accessPackages: [{ urn: `${PKG}skatt-naering` }, { urn: `${PKG}skatt-naering` }],
      }),
    }),
    400,
    "AUTH.VLD-00013",
  );
  expect(many.validationErrors?.map((e) => e.code)).toEqual(["AUTH.VLD-00013", "AUTH.VLD-00005", "AUTH.VLD-00003", "AUTH.VLD-00007"]);
  expect(many.validationErrors?.[2]).toEqual({
    code: "AUTH.VLD-00003",
    title: "One or more resources specified in rights were not found in Altinn's resource register.",
    paths: ["/registersystemrequest/rights/resource"],
    "ResourceIds Not Found : ": "finnes-ikke | finnes-heller-ikke",
  });

  const other = uniqueSystemId("315000009");
  await expectBare(await request.post(`${REGISTRY}/vendor`, { headers, data: systemBody(other) }), 403);
  await expectBare(await request.post(`${REGISTRY}/vendor`, { headers, data: systemBody(other, { rights: [RIGHT, RIGHT] }) }), 403);
});

// SystemRegisterController.CreateRegisteredSystem catch: a unique-key violation on insert is 409 with a
// plain string. POST has no duplicate check of its own for client ids (only PUT's ValidateClientIds).
test("POST /vendor with the same client id twice is Altinn's 409 plain string; nothing registered", async ({ request }) => {
  const headers = await bearer(request);
  const id = uniqueSystemId();
  const c = randomUUID();
  await expectText(await request.post(`${REGISTRY}/vendor`, { headers, data: systemBody(id, { clientId: [c, c] }) }), 409, `The System already exist: ${id}`);
  await expectBare(await request.get(`${REGISTRY}/vendor/${id}`, { headers }), 404);
});

// [ApiController] model binding: a body it cannot bind is ASP.NET's own validation problem.
test("bodies that cannot be bound are ASP.NET's 400 with JSON paths, not a 500", async ({ request }) => {
  const headers = await bearer(request);
  await expectBinding(await request.post(`${REGISTRY}/vendor`, { headers: { ...headers, "content-type": "application/json" }, data: "{not json" }));
  await expectBinding(await request.post(`${REGISTRY}/vendor`, { headers, data: systemBody(uniqueSystemId(), { rights: "read" }) }), "$.rights");
  // simulator: names and descriptions are stored in nb, nn and en (Altinn takes any language map)
  await expectBinding(await request.post(`${REGISTRY}/vendor`, { headers, data: systemBody(uniqueSystemId(), { name: { nb: "x", nn: "x" } }) }), "$.name.en");
});

// SystemRegisterController.UpdateWholeRegisteredSystem / UpdateRightsOnRegisteredSystem /
// UpdateAccessPackagesOnRegisteredSystem; SystemRegisterControllerTests.cs SystemRegister_Update_*.
test("PUT replaces the system, rights and packages, in the real order of checks; the changelog is newest first", async ({ request }) => {
  const headers = await bearer(request);
  const id = await registerSystem(request, headers);
  await expectText(await request.put(`${REGISTRY}/vendor/${id}`, { headers, data: systemBody(id, { vendor: { ID: "0192:315000009" } }) }), 404, `System with ID '${id}' not found.`);
  const mismatch = await expectProblem(await request.put(`${REGISTRY}/vendor/${id}`, { headers, data: systemBody(uniqueSystemId()) }), 400, "AUTH.VLD-00012");
  expect(mismatch.validationErrors).toEqual([{ code: "AUTH.VLD-00012", title: "The system ID in the request body does not match the system ID in the URL", paths: ["/registersystemrequest/systemid"] }]);
  const unknown = uniqueSystemId();
  await expectText(await request.put(`${REGISTRY}/vendor/${unknown}`, { headers, data: systemBody(unknown) }), 404, `System with ID '${unknown}' not found.`);
  // simulator: Altinn throws a NullReferenceException (500) here
  await expectText(await request.put(`${REGISTRY}/vendor/${unknown}/rights`, { headers, data: [] }), 404, `System with ID '${unknown}' not found.`);
  await expectText(await request.put(`${REGISTRY}/vendor/${unknown}/accesspackages`, { headers, data: [] }), 404, `System with ID '${unknown}' not found.`);
  // PUT checks duplicates in its own body (ValidateClientIds)
  const c = randomUUID();
  await expectProblem(await request.put(`${REGISTRY}/vendor/${id}`, { headers, data: systemBody(id, { clientId: [c, c.toUpperCase()] }) }), 400, "AUTH.VLD-00011");

  const updated = systemBody(id, { name: { nb: "Nytt navn", nn: "Nytt namn", en: "New name" }, isVisible: false, clientId: [randomUUID()] });
  const put = await request.put(`${REGISTRY}/vendor/${id}`, { headers, data: updated });
  expect(put.status()).toBe(200);
  expect(await put.json()).toEqual({ succeeded: true });
  expect(await (await request.get(`${REGISTRY}/vendor/${id}`, { headers })).json()).toEqual({ ...updated, isDeleted: false });

  // a right naming several resources, with action null (.NET clients write nulls)
  const rights = [{ action: null, resource: [{ id: "urn:altinn:resource", value: RESOURCE }, { id: "urn:altinn:resource", value: RESOURCE }] }];
  const putRights = await request.put(`${REGISTRY}/vendor/${id}/rights`, { headers, data: rights });
  expect(putRights.status(), await putRights.text()).toBe(200);
  await expectProblem(await request.put(`${REGISTRY}/vendor/${id}/rights`, { headers, data: [{ resource: [{ id: "urn:altinn:resource", value: "finnes-ikke" }] }] }), 400, "AUTH.VLD-00003");
  // not visible any more, so client packages are allowed now
  const packages = [{ urn: `${PKG}regnskapsforer-lonn` }];
  expect((await request.put(`${REGISTRY}/vendor/${id}/accesspackages`, { headers, data: packages })).status()).toBe(200);
  await expectProblem(await request.put(`${REGISTRY}/vendor/${id}/accesspackages`, { headers, data: [{ urn: `${PKG}nope` }] }), 400, "AUTH.VLD-00008");

  const sys = await (await request.get(`${REGISTRY}/vendor/${id}`, { headers })).json();
  expect(sys).toMatchObject({ rights: [{ resource: rights[0]!.resource }], accessPackages: packages, name: updated.name });
  const log = (await (await request.get(`${REGISTRY}/vendor/${id}/changelog`, { headers })).json()) as { changeType: string; changedData: unknown }[];
  expect(log.map((l) => l.changeType)).toEqual(["accesspackageupdate", "rightsupdate", "update", "create"]);
  expect(log[0]?.changedData).toEqual([{ Urn: `${PKG}regnskapsforer-lonn` }]);
  expect(log[1]?.changedData).toEqual([{ Action: null, Resource: rights[0]!.resource }]);
});

// SystemRegisterController.SetDeleteOnRegisteredSystem; SystemRegisterControllerTests.cs
// SystemRegister_Delete_System_BadRequest, SystemRegister_Update_Rights_DeletedSystem_ReturnsBadRequest.
test("DELETE is soft and may be repeated; a deleted system refuses updates with 400; unknown is ASP.NET's validation problem", async ({ request }) => {
  const headers = await bearer(request);
  const clientId = randomUUID();
  const id = await registerSystem(request, headers, { clientId: [clientId] });
  await expectProblem(await request.post(`${REGISTRY}/vendor`, { headers, data: systemBody(uniqueSystemId(), { clientId: [clientId] }) }), 400, "AUTH.VLD-00004");

  const del = await request.delete(`${REGISTRY}/vendor/${id}`, { headers });
  expect(del.status()).toBe(200);
  expect(await del.json()).toEqual({ succeeded: true });
  expect(await (await request.get(`${REGISTRY}/vendor/${id}`, { headers })).json()).toMatchObject({ id, isDeleted: true, clientId: [] });
  const list = (await (await request.get(`${REGISTRY}/vendor`, { headers })).json()) as { systemId: string }[];
  expect(list.map((s) => s.systemId)).not.toContain(id);
  const deleted = "Cannot update a system marked as deleted.";
  await expectText(await request.put(`${REGISTRY}/vendor/${id}`, { headers, data: systemBody(id) }), 400, deleted);
  await expectText(await request.put(`${REGISTRY}/vendor/${id}/rights`, { headers, data: [RIGHT] }), 400, deleted);
  await expectText(await request.put(`${REGISTRY}/vendor/${id}/accesspackages`, { headers, data: [] }), 400, deleted);
  const again = await request.delete(`${REGISTRY}/vendor/${id}`, { headers });
  expect(again.status()).toBe(200);
  const errors = await expectBinding(await request.delete(`${REGISTRY}/vendor/${uniqueSystemId()}`, { headers }));
  expect(errors).toEqual({ return: ["System not found"] });
  // the id stays taken, the client id is free again
  await expectProblem(await request.post(`${REGISTRY}/vendor`, { headers, data: systemBody(id) }), 400, "AUTH.VLD-00002");
  expect((await request.post(`${REGISTRY}/vendor`, { headers, data: systemBody(uniqueSystemId(), { clientId: [clientId] }) })).status()).toBe(200);
  const log = (await (await request.get(`${REGISTRY}/vendor/${id}/changelog`, { headers })).json()) as Record<string, unknown>[];
  expect(log.map((l) => l.changeType)).toEqual(["delete", "delete", "create"]);
  // a delete logs null, which the API leaves out
  expect(Object.keys(log[0]!).sort()).toEqual(["changeType", "changedByOrgNumber", "clientId", "created", "systemInternalId"]);
});

// SystemRegisterControllerTests.cs SystemRegister_Get_Forbid_IfNotOwner, SystemRegister_Update_AccessPackage_Forbid_NotOwner_NotAdmin,
// SystemRegister_Delete_System_BySystemOwner_MismatchInOrg: Forbid() is a bare 403.
test("another vendor can neither read, change, delete nor list SmartCloud's systems: bare 403", async ({ request }) => {
  const smartcloud = await bearer(request);
  const id = await registerSystem(request, smartcloud);
  const before = await (await request.get(`${REGISTRY}/vendor/${id}`, { headers: smartcloud })).json();
  const konkurrent = await bearer(request, KONKURRENT);
  for (const target of [id, SEEDED]) {
    await expectBare(await request.get(`${REGISTRY}/vendor/${target}`, { headers: konkurrent }), 403);
    await expectBare(await request.get(`${REGISTRY}/vendor/${target}/changelog`, { headers: konkurrent }), 403);
    await expectBare(await request.delete(`${REGISTRY}/vendor/${target}`, { headers: konkurrent }), 403);
    await expectBare(await request.put(`${REGISTRY}/vendor/${target}/rights`, { headers: konkurrent, data: [] }), 403);
    await expectBare(await request.put(`${REGISTRY}/vendor/${target}/accesspackages`, { headers: konkurrent, data: [] }), 403);
    // the write access is checked before the body's vendor, whichever vendor the body names
    await expectBare(await request.put(`${REGISTRY}/vendor/${target}`, { headers: konkurrent, data: systemBody(target) }), 403);
    const own = { ...systemBody(target), vendor: { authority: "iso6523-actorid-upis", ID: "0192:315000009" } };
    await expectBare(await request.put(`${REGISTRY}/vendor/${target}`, { headers: konkurrent, data: own }), 403);
  }
  const list = (await (await request.get(`${REGISTRY}/vendor`, { headers: konkurrent })).json()) as { systemId: string }[];
  expect(list.filter((s) => s.systemId.startsWith("991825827_"))).toEqual([]);
  await expectBare(await request.get(`${REGISTRY}/vendor/${uniqueSystemId()}`, { headers: konkurrent }), 404);
  const unknown = uniqueSystemId();
  await expectText(await request.get(`${REGISTRY}/vendor/${unknown}/changelog`, { headers: konkurrent }), 404, `System with ID ${unknown} not found.`);
  expect(await (await request.get(`${REGISTRY}/vendor/${id}`, { headers: smartcloud })).json()).toEqual(before);
});

// AuthenticationHelper.HasWriteAccess: the admin scope passes the vendor-ownership check everywhere;
// SystemRegisterControllerTests.cs SystemRegister_Update_AccessPackage_Success_Admin.
test("systemregister.admin may act on another vendor's system; the changelog names the admin's org", async ({ request }) => {
  const smartcloud = await bearer(request);
  const id = await registerSystem(request, smartcloud);
  const admin = await tokenWithScopes(request, ADMIN, KONKURRENT);
  expect((await request.get(`${REGISTRY}/vendor/${id}`, { headers: admin })).status()).toBe(200);
  expect((await request.put(`${REGISTRY}/vendor/${id}/rights`, { headers: admin, data: [RIGHT] })).status()).toBe(200);
  const log = (await (await request.get(`${REGISTRY}/vendor/${id}/changelog`, { headers: admin })).json()) as { changeType: string; changedByOrgNumber: string }[];
  expect(log[0]).toMatchObject({ changeType: "rightsupdate", changedByOrgNumber: "315000009" });
  const forSmartcloud = uniqueSystemId();
  expect((await request.post(`${REGISTRY}/vendor`, { headers: admin, data: systemBody(forSmartcloud) })).status()).toBe(200);
  expect((await request.get(`${REGISTRY}/vendor/${forSmartcloud}`, { headers: smartcloud })).status()).toBe(200);
  expect((await request.delete(`${REGISTRY}/vendor/${forSmartcloud}`, { headers: admin })).status()).toBe(200);
});

// SystemRegisterController GetListOfRegisteredSystems, GetRegisteredSystemDto, GetRightsForRegisteredSystem,
// GetAccessPackagesForRegisteredSystem: [Authorize(Policy = POLICY_SCOPE_PORTAL)].
test("portal reads: the list and one system as RegisteredSystemDTO, its rights and packages, with the portal scope only", async ({ request }) => {
  const vendor = await bearer(request);
  const id = await registerSystem(request, vendor);
  const hidden = await registerSystem(request, vendor, { isVisible: false, accessPackages: [{ urn: `${PKG}regnskapsforer-lonn` }] });
  await expectBare(await request.get(REGISTRY), 401);
  await expectBare(await request.get(REGISTRY, { headers: vendor }), 403);
  await expectBare(await request.get(`${REGISTRY}/${id}`, { headers: vendor }), 403);
  await expectBare(await request.get(`${REGISTRY}/${id}/rights`), 401);

  const portal = await tokenWithScopes(request, PORTAL);
  const list = (await (await request.get(REGISTRY, { headers: portal })).json()) as Record<string, unknown>[];
  const dto = {
    systemId: id,
    systemVendorOrgNumber: "991825827",
    systemVendorOrgName: "",
    name: systemBody(id).name,
    description: systemBody(id).description,
    rights: [RIGHT],
    accessPackages: [{ urn: `${PKG}skatt-naering` }],
    isVisible: true,
  };
  expect(list.find((s) => s.systemId === id)).toEqual(dto);
  expect(list.map((s) => s.systemId)).not.toContain(hidden);
  expect(JSON.stringify(list)).not.toContain("clientId");

  expect(await (await request.get(`${REGISTRY}/${id}`, { headers: portal })).json()).toEqual(dto);
  expect(await (await request.get(`${REGISTRY}/${hidden}`, { headers: portal })).json()).toMatchObject({ systemId: hidden, isVisible: false });
  expect(await (await request.get(`${REGISTRY}/${id}/rights`, { headers: portal })).json()).toEqual([RIGHT]);
  expect(await (await request.get(`${REGISTRY}/${hidden}/accesspackages`, { headers: portal })).json()).toEqual([{ urn: `${PKG}regnskapsforer-lonn` }]);
  const unknown = uniqueSystemId();
  await expectBare(await request.get(`${REGISTRY}/${unknown}`, { headers: portal }), 404);
  expect(await (await request.get(`${REGISTRY}/${unknown}/rights`, { headers: portal })).json()).toEqual([]);
  expect(await (await request.get(`${REGISTRY}/${unknown}/accesspackages`, { headers: portal })).json()).toEqual([]);
});

test("tokens: none or forged is 401 with a challenge, a token without the scope is 403", async ({ request }) => {
  const none = await request.get(`${REGISTRY}/vendor`);
  await expectBare(none, 401);
  expect(none.headers()["www-authenticate"]).toMatch(/^Bearer/);
  const good = (await bearer(request)).authorization;
  const [h, p] = good.slice(7).split(".");
  const forged = `${h}.${Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(p!, "base64url").toString()), consumer: { authority: "iso6523-actorid-upis", ID: "0192:315000009" } })).toString("base64url")}.${good.split(".")[2]}`;
  await expectBare(await request.get(`${REGISTRY}/vendor`, { headers: { authorization: `Bearer ${forged}` } }), 401);
  await expectBare(await request.get(`${REGISTRY}/vendor`, { headers: { authorization: "Bearer not-a-jwt" } }), 401);
  const readOnly = await bearer(request, undefined, [SCOPE.requestRead]);
  await expectBare(await request.get(`${REGISTRY}/vendor`, { headers: readOnly }), 403);
  await expectBare(await request.post(`${REGISTRY}/vendor`, { headers: readOnly, data: systemBody(uniqueSystemId()) }), 403);
});

test("an expired token is 401; the same token with a live exp passes (so only the expiry differs)", async ({ request }) => {
  const model = (await bearer(request)).authorization.slice(7);
  const now = Math.floor(Date.now() / 1000);
  await expectBare(await request.get(`${REGISTRY}/vendor`, { headers: { authorization: `Bearer ${await signWithIssuer(model, { iat: now - 300 })}` } }), 401);
  expect((await request.get(`${REGISTRY}/vendor`, { headers: { authorization: `Bearer ${await signWithIssuer(model, { iat: now })}` } })).status()).toBe(200);
});
