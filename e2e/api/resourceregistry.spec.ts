// The Resource Registry API (reference §8): public reads, writes by the competent authority only
// (scope altinn:resourceregistry/resource.write), the answers of ResourceController.cs
// (Altinn/altinn-resource-registry src/Altinn.ResourceRegistry/Controllers/ResourceController.cs),
// validation codes, delete rules. The policy endpoints: resourceregistry-policy.spec.ts.
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { ORGS, SCOPES, SEED_RESOURCE_ID } from "../../prisma/cast";
import { signWithIssuer } from "../support/issuer-token";
import { DEMO_CLIENTS, getToken } from "../support/maskinporten";
import { RR_API, bearer, expectBare, expectProblem, expectString, policyXml, resourceBody, resourceWriteToken, uniqueId, uploadPolicy } from "../support/service-owner";

const SEED_POLICY = readFileSync(`prisma/fixtures/policies/${SEED_RESOURCE_ID}.xml`);

test("the public list and one resource, in the registry's shape, without a token", async ({ request }) => {
  const list = await request.get(`${RR_API}/resourcelist`);
  expect(list.status()).toBe(200);
  const all = (await list.json()) as { identifier: string }[];
  expect(all.map((r) => r.identifier)).toContain(SEED_RESOURCE_ID);
  const one = await request.get(`${RR_API}/${SEED_RESOURCE_ID}`);
  expect(one.status()).toBe(200);
  expect(await one.json()).toEqual({
    identifier: SEED_RESOURCE_ID,
    title: { nb: "Krav og betalinger", nn: "Krav og betalingar", en: "Claims and payments" },
    description: expect.objectContaining({ en: "An organisation's outstanding tax and fee claims." }),
    rightDescription: expect.objectContaining({ nb: expect.any(String) }),
    hasCompetentAuthority: { organization: ORGS.skatteetaten.orgNo, orgcode: "SKD", name: "SKATTEETATEN" },
    resourceType: "Default",
    delegable: true,
    visible: true,
    resourceReferences: [{ referenceSource: "Default", reference: SCOPES.kravOgBetalinger, referenceType: "MaskinportenScope" }],
    accessListMode: "Disabled",
    status: "Completed",
  });
  // ResourceController.Get: NotFound()
  await expectBare(await request.get(`${RR_API}/no-such-resource`), 404);
  // the seeded policy is a XACML file, served as stored
  const policy = await request.get(`${RR_API}/${SEED_RESOURCE_ID}/policy`);
  expect(policy.status()).toBe(200);
  expect(await policy.body()).toEqual(SEED_POLICY);
});

test("writes need a token with the write scope", async ({ request }) => {
  const id = uniqueId();
  const noToken = await request.post(RR_API, { data: resourceBody(id) });
  await expectBare(noToken, 401);
  expect(noToken.headers()["www-authenticate"]).toContain("Bearer");
  await expectBare(await request.post(RR_API, { headers: bearer("not.a.token"), data: resourceBody(id) }), 401);
  // the authorize scope is Skatteetaten's too, but not the write scope
  const authorizeOnly = await getToken(request, DEMO_CLIENTS.skatteetaten, { scopes: [SCOPES.authorize] });
  await expectBare(await request.post(RR_API, { headers: bearer(authorizeOnly), data: resourceBody(id) }), 403);
  expect((await request.get(`${RR_API}/${id}`)).status()).toBe(404);
});

// Altinn/altinn-resource-registry src/Altinn.ResourceRegistry/Controllers/ResourceController.cs: without
// the write scope the policy answers a bare 403; with it, Put/WritePolicy/Delete answer Forbid() (bare 403)
// when AuthorizationUtil.HasWriteAccess finds the caller is not the competent authority.
test("cross-tenant: KONKURRENT's token cannot write Skatteetaten's resources, and the write scope is not theirs to get", async ({ request }) => {
  const konkurrent = await getToken(request, DEMO_CLIENTS.konkurrent, { scopes: [SCOPES.kravOgBetalinger] });
  await expectBare(await request.put(`${RR_API}/${SEED_RESOURCE_ID}`, { headers: bearer(konkurrent), data: resourceBody(SEED_RESOURCE_ID) }), 403);
  const emptyPolicy = policyXml(SEED_RESOURCE_ID, []);
  await expectBare(await uploadPolicy(request, konkurrent, SEED_RESOURCE_ID, emptyPolicy), 403);
  await expectBare(await request.delete(`${RR_API}/${SEED_RESOURCE_ID}`, { headers: bearer(konkurrent) }), 403);
  await expect(getToken(request, DEMO_CLIENTS.konkurrent, { scopes: [SCOPES.resourceWrite] })).rejects.toThrow(/invalid_scope/);
  // had KONKURRENT the write scope (signed here with the issuer's key), it is still not the competent authority
  const konkurrentWrite = await signWithIssuer(konkurrent, { scope: SCOPES.resourceWrite });
  const withWrite = bearer(konkurrentWrite);
  await expectBare(await request.put(`${RR_API}/${SEED_RESOURCE_ID}`, { headers: withWrite, data: resourceBody(SEED_RESOURCE_ID) }), 403);
  await expectBare(await uploadPolicy(request, konkurrentWrite, SEED_RESOURCE_ID, emptyPolicy), 403);
  await expectBare(await uploadPolicy(request, konkurrentWrite, SEED_RESOURCE_ID, emptyPolicy, "post"), 403);
  await expectBare(await request.delete(`${RR_API}/${SEED_RESOURCE_ID}`, { headers: withWrite }), 403);
  expect(await (await request.get(`${RR_API}/${SEED_RESOURCE_ID}/policy`)).body()).toEqual(SEED_POLICY);
  expect((await request.get(`${RR_API}/${SEED_RESOURCE_ID}`)).status()).toBe(200);
});

test("a resource cannot be registered for another authority or with another's scope", async ({ request }) => {
  const token = await resourceWriteToken(request);
  const id = uniqueId();
  const other = resourceBody(id, { hasCompetentAuthority: { organization: ORGS.konkurrent.orgNo } });
  await expectProblem(await request.post(RR_API, { headers: bearer(token), data: other }), 403, "RR-00004");
  const platformScope = resourceBody(id, { resourceReferences: [{ referenceSource: "Default", reference: SCOPES.authorize, referenceType: "MaskinportenScope" }] });
  const body = await expectProblem(await request.post(RR_API, { headers: bearer(token), data: platformScope }), 400, "RR-00001");
  expect(body.validationErrors).toEqual([expect.objectContaining({ code: "RR-00001", paths: ["/resourceReferences/0/reference"] })]);
  expect((await request.get(`${RR_API}/${id}`)).status()).toBe(404);
});

test("validation faults are RR-00001 with their paths, and change nothing", async ({ request }) => {
  const token = await resourceWriteToken(request);
  const id = uniqueId();
  const cases: [unknown, string[]][] = [
    [resourceBody("Has Space"), ["/identifier"]],
    [resourceBody("app_reserved"), ["/identifier"]],
    [resourceBody(id, { title: { nb: "x", nn: "x" } }), ["/title/en"]],
    [resourceBody(id, { resourceType: "Nope" }), ["/resourceType"]],
    [resourceBody(id, { accessListMode: "Sometimes" }), ["/accessListMode"]],
    [resourceBody(id, { delegable: "yes" }), ["/delegable"]],
    [resourceBody(id, { resourceReferences: [{ referenceSource: "Default", reference: "x", referenceType: "Uri" }] }), ["/resourceReferences/0/referenceType"]],
  ];
  for (const [data, paths] of cases) {
    const body = await expectProblem(await request.post(RR_API, { headers: bearer(token), data }), 400, "RR-00001");
    expect((body.validationErrors as { paths: string[] }[]).map((v) => v.paths[0])).toEqual(paths);
  }
  const notJson = await request.post(RR_API, { headers: { ...bearer(token), "content-type": "application/json" }, data: Buffer.from("{oops") });
  await expectProblem(notJson, 400, "RR-00001");
  expect((await request.get(`${RR_API}/${id}`)).status()).toBe(404);
});

// ResourceController.Post/Put/Get/Delete: Created(path, null), Ok(), NotFound(), the string answers of
// [Produces("application/json")] actions; a new resource has no policy until one is uploaded.
test("create, read, update, delete answer as ResourceController does", async ({ request }) => {
  const token = await resourceWriteToken(request);
  const id = uniqueId();
  const created = await request.post(RR_API, { headers: bearer(token), data: resourceBody(id) });
  expect({ status: created.status(), body: await created.text(), location: created.headers().location }).toEqual({ status: 201, body: "", location: `/resourceregistry/api/v1/resource/${id}` });
  expect(await (await request.get(`${RR_API}/${id}`)).json()).toMatchObject({ identifier: id, hasCompetentAuthority: { organization: ORGS.skatteetaten.orgNo, orgcode: "SKD" } });
  await expectString(await request.post(RR_API, { headers: bearer(token), data: resourceBody(id) }), 409, `The Resource already exist: ${id}`, "json");
  await expectString(await request.get(`${RR_API}/${id}/policy`), 404, "Unable to find requested policy", "text");

  const updated = await request.put(`${RR_API}/${id}`, { headers: bearer(token), data: resourceBody(id, { title: { nb: "Ny", nn: "Ny", en: "New" }, delegable: false, resourceReferences: [] }) });
  expect({ status: updated.status(), body: await updated.text() }).toEqual({ status: 200, body: "" });
  expect(await (await request.get(`${RR_API}/${id}`)).json()).toMatchObject({ title: { en: "New" }, delegable: false, resourceReferences: [] });
  await expectString(await request.put(`${RR_API}/${id}`, { headers: bearer(token), data: resourceBody(uniqueId()) }), 400, "Id in path does not match ID in resource", "json");
  // NotFound() is checked first, before the body
  await expectBare(await request.put(`${RR_API}/no-such-resource`, { headers: bearer(token), data: resourceBody("other") }), 404);
  expect(await (await request.get(`${RR_API}/${id}`)).json()).toMatchObject({ title: { en: "New" } });

  expect((await request.delete(`${RR_API}/${id}`, { headers: bearer(token) })).status()).toBe(204);
  await expectBare(await request.get(`${RR_API}/${id}`), 404);
  await expectString(await request.get(`${RR_API}/${id}/policy`), 404, "Unable to find resource", "text");
  await expectBare(await request.delete(`${RR_API}/${id}`, { headers: bearer(token) }), 404);
});

test("a resource still named by a live system cannot be deleted (409)", async ({ request }) => {
  const token = await resourceWriteToken(request);
  const res = await expectProblem(await request.delete(`${RR_API}/${SEED_RESOURCE_ID}`, { headers: bearer(token) }), 409, "RR-00006");
  expect(res.detail).toContain("991825827_smartcloud");
  expect((await request.get(`${RR_API}/${SEED_RESOURCE_ID}`)).status()).toBe(200);
});
