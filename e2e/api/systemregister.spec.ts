// The System Register against the real server (reference §2): registration with every validation rule,
// updates and soft delete with their changelog, and that another vendor can read or change nothing.
import { expect, test } from "@playwright/test";
import { SignJWT, importJWK, type JWK } from "jose";
import { randomUUID } from "node:crypto";
import { currentSigningJwk } from "../support/test-db";
import { DEMO_CLIENTS as MP } from "../support/maskinporten";
import { TEST_ENV } from "../test-env";
import { KONKURRENT, PKG, REGISTRY, RESOURCE, SCOPE, bearer, expectBare, expectProblem, registerSystem, systemBody, uniqueSystemId } from "./vendor-fixtures";

const SEEDED = "991825827_smartcloud";

test("register, read, list and read the changelog of a system", async ({ request }) => {
  const headers = await bearer(request);
  const id = uniqueSystemId();
  const body = systemBody(id, { clientId: [randomUUID()], allowedRedirectUrls: ["https://smartcloud.example/cb", "http://localhost:3000/vendor/callback"] });
  const created = await request.post(`${REGISTRY}/vendor`, { headers, data: body });
  expect(created.status()).toBe(200);
  expect(await created.json()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);

  const got = await request.get(`${REGISTRY}/vendor/${id}`, { headers });
  expect(got.status()).toBe(200);
  expect(await got.json()).toEqual({ ...body, isDeleted: false });

  const list = (await (await request.get(`${REGISTRY}/vendor`, { headers })).json()) as { id: string; vendor: { ID: string } }[];
  expect(list.map((s) => s.id)).toContain(id);
  expect(list.map((s) => s.id)).toContain(SEEDED);
  expect(new Set(list.map((s) => s.vendor.ID))).toEqual(new Set(["0192:991825827"]));

  const log = (await (await request.get(`${REGISTRY}/vendor/${id}/changelog`, { headers })).json()) as { changeType: string; changedByOrgNumber: string }[];
  expect(log.map((l) => [l.changeType, l.changedByOrgNumber])).toEqual([["create", "991825827"]]);

  const publicList = (await (await request.get(REGISTRY)).json()) as { systemId: string; systemVendorOrgNumber: string }[];
  expect(publicList.find((s) => s.systemId === id)).toMatchObject({ systemVendorOrgNumber: "991825827" });
  expect(JSON.stringify(publicList)).not.toContain("clientId");

  const again = await request.post(`${REGISTRY}/vendor`, { headers, data: body });
  await expectProblem(again, 409, "AUTH.VLD-00002");
});

type Bad = { name: string; status: number; code: string; path?: string; body: (id: string) => unknown };
const BAD: Bad[] = [
  { name: "id of another org", status: 400, code: "AUTH.VLD-00001", path: "/registersystemrequest/id", body: () => systemBody(uniqueSystemId(), { id: `315000009_test-${randomUUID().slice(0, 8)}` }) },
  { name: "id without the org prefix", status: 400, code: "AUTH.VLD-00001", body: (id) => systemBody(id, { id: `smartcloud-${randomUUID().slice(0, 8)}` }) },
  { name: "id with a space", status: 400, code: "AUTH.VLD-00013", body: (id) => systemBody(id, { id: `${id} x` }) },
  { name: "vendor without the 0192 prefix", status: 400, code: "AUTH.VLD-00000", path: "/registersystemrequest/vendor/id", body: (id) => systemBody(id, { vendor: { authority: "iso6523-actorid-upis", ID: "9908:991825827" } }) },
  { name: "vendor is another org than the token's", status: 403, code: "AUTH-00024", body: () => systemBody(uniqueSystemId("315000009")) },
  { name: "right with another attribute id", status: 400, code: "AUTH.VLD-00009", body: (id) => systemBody(id, { rights: [{ resource: [{ id: "urn:altinn:app", value: RESOURCE }] }] }) },
  { name: "right naming an unknown resource", status: 400, code: "AUTH.VLD-00003", body: (id) => systemBody(id, { rights: [{ resource: [{ id: "urn:altinn:resource", value: "finnes-ikke" }] }] }) },
  { name: "duplicate rights", status: 400, code: "AUTH.VLD-00006", body: (id) => systemBody(id, { rights: [0, 1].map(() => ({ action: "read", resource: [{ id: "urn:altinn:resource", value: RESOURCE }] })) }) },
  { name: "unknown access package", status: 400, code: "AUTH.VLD-00008", body: (id) => systemBody(id, { accessPackages: [{ urn: `${PKG}finnes-ikke` }] }) },
  // the real checks (altinn-authentication SystemRegisterService.GetInvalidAccessPackageUrnsDetailed): not in
  // Altinn's catalogue, fewer than four ':'-parts, or neither delegable nor assignable
  { name: "the invented package tilgangsstyring (Altinn's is tilgangsstyrer)", status: 400, code: "AUTH.VLD-00008", body: (id) => systemBody(id, { accessPackages: [{ urn: `${PKG}tilgangsstyring` }] }) },
  { name: "a package urn of three parts", status: 400, code: "AUTH.VLD-00008", body: (id) => systemBody(id, { accessPackages: [{ urn: "urn:accesspackage:jordbruk" }] }) },
  { name: "a package neither delegable nor assignable (eksplisitt)", status: 400, code: "AUTH.VLD-00008", body: (id) => systemBody(id, { accessPackages: [{ urn: `${PKG}eksplisitt` }] }) },
  { name: "duplicate access packages", status: 400, code: "AUTH.VLD-00007", body: (id) => systemBody(id, { accessPackages: [{ urn: `${PKG}skatt-naering` }, { urn: `${PKG}skatt-naering` }] }) },
  { name: "client package on a visible system", status: 400, code: "AUTH.VLD-00018", body: (id) => systemBody(id, { accessPackages: [{ urn: `${PKG}regnskapsforer-lonn` }], isVisible: true }) },
  { name: "duplicate client ids", status: 400, code: "AUTH.VLD-00011", body: (id) => { const c = randomUUID(); return systemBody(id, { clientId: [c, c] }); } },
  { name: "client id of a live system", status: 400, code: "AUTH.VLD-00004", path: "/registersystemrequest/clientid", body: (id) => systemBody(id, { clientId: [MP.smartcloud.clientId] }) },
  { name: "Maskinporten client of another org", status: 400, code: "AUTH.VLD-00004", body: (id) => systemBody(id, { clientId: [MP.konkurrent.clientId] }) },
  { name: "http redirect URL off localhost", status: 400, code: "AUTH.VLD-00005", body: (id) => systemBody(id, { allowedRedirectUrls: ["http://smartcloud.example/cb"] }) },
  { name: "relative redirect URL", status: 400, code: "AUTH.VLD-00005", body: (id) => systemBody(id, { allowedRedirectUrls: ["/cb"] }) },
  { name: "name without en", status: 400, code: "AUTH.VLD-00000", body: (id) => systemBody(id, { name: { nb: "x", nn: "x" } }) },
  { name: "rights not a list", status: 400, code: "AUTH.VLD-00000", body: (id) => systemBody(id, { rights: "read" }) },
];

for (const c of BAD) {
  test(`POST /vendor refuses ${c.name}: ${c.status} ${c.code}, nothing registered`, async ({ request }) => {
    const headers = await bearer(request);
    const id = uniqueSystemId();
    const body = c.body(id) as { id: string };
    const problem = await expectProblem(await request.post(`${REGISTRY}/vendor`, { headers, data: body }), c.status, c.code);
    if (c.status === 400) expect(problem.validationErrors?.map((e) => e.code)).toContain(c.code);
    if (c.path) expect(problem.validationErrors?.flatMap((e) => e.paths)).toContain(c.path);
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

test("a body that is not JSON is a 400, not a 500", async ({ request }) => {
  const headers = { ...(await bearer(request)), "content-type": "application/json" };
  await expectProblem(await request.post(`${REGISTRY}/vendor`, { headers, data: "{not json" }), 400, "AUTH.VLD-00000");
});

test("PUT replaces the system, rights and packages; each change is in the changelog", async ({ request }) => {
  const headers = await bearer(request);
  const id = await registerSystem(request, headers);
  const mismatch = await request.put(`${REGISTRY}/vendor/${id}`, { headers, data: systemBody(uniqueSystemId()) });
  const p = await expectProblem(mismatch, 400, "AUTH.VLD-00012");
  expect(p.validationErrors?.[0]?.paths).toEqual(["/registersystemrequest/id"]);

  const updated = systemBody(id, { name: { nb: "Nytt navn", nn: "Nytt namn", en: "New name" }, isVisible: false, clientId: [randomUUID()] });
  const put = await request.put(`${REGISTRY}/vendor/${id}`, { headers, data: updated });
  expect(put.status()).toBe(200);
  expect(await put.json()).toEqual({ succeeded: true });
  expect(await (await request.get(`${REGISTRY}/vendor/${id}`, { headers })).json()).toEqual({ ...updated, isDeleted: false });

  const rights = [{ action: "write", resource: [{ id: "urn:altinn:resource", value: RESOURCE }] }];
  expect((await request.put(`${REGISTRY}/vendor/${id}/rights`, { headers, data: rights })).status()).toBe(200);
  await expectProblem(await request.put(`${REGISTRY}/vendor/${id}/rights`, { headers, data: [{ resource: [{ id: "urn:altinn:resource", value: "finnes-ikke" }] }] }), 400, "AUTH.VLD-00003");
  // not visible any more, so client packages are allowed now
  const packages = [{ urn: `${PKG}regnskapsforer-lonn` }];
  expect((await request.put(`${REGISTRY}/vendor/${id}/accesspackages`, { headers, data: packages })).status()).toBe(200);
  await expectProblem(await request.put(`${REGISTRY}/vendor/${id}/accesspackages`, { headers, data: [{ urn: `${PKG}nope` }] }), 400, "AUTH.VLD-00008");

  const sys = await (await request.get(`${REGISTRY}/vendor/${id}`, { headers })).json();
  expect(sys).toMatchObject({ rights, accessPackages: packages, name: updated.name });
  const log = (await (await request.get(`${REGISTRY}/vendor/${id}/changelog`, { headers })).json()) as { changeType: string }[];
  expect(log.map((l) => l.changeType)).toEqual(["create", "update", "rightsupdate", "accesspackageupdate"]);
});

test("DELETE is soft: the system reads as deleted, leaves the list, and releases its client ids", async ({ request }) => {
  const headers = await bearer(request);
  const clientId = randomUUID();
  const id = await registerSystem(request, headers, { clientId: [clientId] });
  await expectProblem(await request.post(`${REGISTRY}/vendor`, { headers, data: systemBody(uniqueSystemId(), { clientId: [clientId] }) }), 400, "AUTH.VLD-00004");

  const del = await request.delete(`${REGISTRY}/vendor/${id}`, { headers });
  expect(del.status()).toBe(200);
  expect(await del.json()).toEqual({ succeeded: true });
  expect(await (await request.get(`${REGISTRY}/vendor/${id}`, { headers })).json()).toMatchObject({ id, isDeleted: true, clientId: [] });
  const list = (await (await request.get(`${REGISTRY}/vendor`, { headers })).json()) as { id: string }[];
  expect(list.map((s) => s.id)).not.toContain(id);
  await expectProblem(await request.put(`${REGISTRY}/vendor/${id}`, { headers, data: systemBody(id) }), 404, "AUTH-00011");
  await expectProblem(await request.delete(`${REGISTRY}/vendor/${id}`, { headers }), 404, "AUTH-00011");
  // the id stays taken, the client id is free again
  await expectProblem(await request.post(`${REGISTRY}/vendor`, { headers, data: systemBody(id) }), 409, "AUTH.VLD-00002");
  expect((await request.post(`${REGISTRY}/vendor`, { headers, data: systemBody(uniqueSystemId(), { clientId: [clientId] }) })).status()).toBe(200);
  const log = (await (await request.get(`${REGISTRY}/vendor/${id}/changelog`, { headers })).json()) as { changeType: string; changedData: unknown }[];
  expect(log.map((l) => l.changeType)).toEqual(["create", "delete"]);
  expect(log[1]?.changedData).toEqual({ releasedClientIds: [clientId] });
});

test("another vendor can neither read, change, delete nor list SmartCloud's systems", async ({ request }) => {
  const smartcloud = await bearer(request);
  const id = await registerSystem(request, smartcloud);
  const before = await (await request.get(`${REGISTRY}/vendor/${id}`, { headers: smartcloud })).json();
  const konkurrent = await bearer(request, KONKURRENT);
  for (const target of [id, SEEDED]) {
    await expectProblem(await request.get(`${REGISTRY}/vendor/${target}`, { headers: konkurrent }), 403, "AUTH-00024");
    await expectProblem(await request.get(`${REGISTRY}/vendor/${target}/changelog`, { headers: konkurrent }), 403, "AUTH-00024");
    await expectProblem(await request.delete(`${REGISTRY}/vendor/${target}`, { headers: konkurrent }), 403, "AUTH-00024");
    await expectProblem(await request.put(`${REGISTRY}/vendor/${target}/rights`, { headers: konkurrent, data: [] }), 403, "AUTH-00024");
    await expectProblem(await request.put(`${REGISTRY}/vendor/${target}/accesspackages`, { headers: konkurrent, data: [] }), 403, "AUTH-00024");
    // the body names SmartCloud as vendor: refused for the token; naming itself: refused for the path
    await expectProblem(await request.put(`${REGISTRY}/vendor/${target}`, { headers: konkurrent, data: systemBody(target) }), 403, "AUTH-00024");
    const own = { ...systemBody(target), vendor: { authority: "iso6523-actorid-upis", ID: "0192:315000009" } };
    await expectProblem(await request.put(`${REGISTRY}/vendor/${target}`, { headers: konkurrent, data: own }), 403, "AUTH-00024");
  }
  const list = (await (await request.get(`${REGISTRY}/vendor`, { headers: konkurrent })).json()) as { id: string }[];
  expect(list.filter((s) => s.id.startsWith("991825827_"))).toEqual([]);
  await expectProblem(await request.get(`${REGISTRY}/vendor/${uniqueSystemId()}`, { headers: konkurrent }), 404, "AUTH-00011");
  expect(await (await request.get(`${REGISTRY}/vendor/${id}`, { headers: smartcloud })).json()).toEqual(before);
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
  const good = await bearer(request); // makes sure the issuer has a signing key
  const claims = JSON.parse(Buffer.from(good.authorization.split(".")[1]!, "base64url").toString()) as Record<string, unknown>;
  // The issuer's own key, read from this run's throwaway database (read-only): only the issuer can sign.
  const jwk = await currentSigningJwk();
  const key = await importJWK(jwk, "RS256");
  const sign = (iat: number) => new SignJWT({ ...claims, iat, exp: iat + 120, jti: randomUUID() }).setProtectedHeader({ alg: "RS256", kid: jwk.kid, typ: "at+jwt" }).sign(key);
  const now = Math.floor(Date.now() / 1000);
  const expired = await request.get(`${REGISTRY}/vendor`, { headers: { authorization: `Bearer ${await sign(now - 300)}` } });
  await expectBare(expired, 401);
  expect((await request.get(`${REGISTRY}/vendor`, { headers: { authorization: `Bearer ${await sign(now)}` } })).status()).toBe(200);
});
