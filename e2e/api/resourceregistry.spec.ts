// The Resource Registry API (reference §8): public reads, writes by the competent authority only
// (scope altinn:resourceregistry/resource.write), validation codes, the JSON policy, delete rules.
import { expect, test } from "@playwright/test";
import { ORGS, SCOPES, SEED_RESOURCE_ID } from "../../prisma/cast";
import { signWithIssuer } from "../support/issuer-token";
import { DEMO_CLIENTS, getToken } from "../support/maskinporten";
import { RR_API, bearer, expectBare, expectProblem, resourceBody, resourceWriteToken, uniqueId } from "../support/service-owner";

const P = "urn:altinn:accesspackage:";

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
  await expectProblem(await request.get(`${RR_API}/no-such-resource`), 404, "RR-00003");
  const policy = await request.get(`${RR_API}/${SEED_RESOURCE_ID}/policy`);
  expect(policy.status()).toBe(200);
  const rules = ((await policy.json()) as { rules: { subjects: string[]; actions: string[] }[] }).rules;
  expect(rules.map((r) => r.actions)).toEqual([["read"], ["write"]]);
  expect(rules[0]?.subjects).toContain("urn:altinn:rolecode:DAGL");
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
  await expectBare(await request.put(`${RR_API}/${SEED_RESOURCE_ID}/policy`, { headers: bearer(konkurrent), data: { rules: [] } }), 403);
  await expectBare(await request.delete(`${RR_API}/${SEED_RESOURCE_ID}`, { headers: bearer(konkurrent) }), 403);
  await expect(getToken(request, DEMO_CLIENTS.konkurrent, { scopes: [SCOPES.resourceWrite] })).rejects.toThrow(/invalid_scope/);
  // had KONKURRENT the write scope (signed here with the issuer's key), it is still not the competent authority
  const withWrite = bearer(await signWithIssuer(konkurrent, { scope: SCOPES.resourceWrite }));
  await expectBare(await request.put(`${RR_API}/${SEED_RESOURCE_ID}`, { headers: withWrite, data: resourceBody(SEED_RESOURCE_ID) }), 403);
  await expectBare(await request.put(`${RR_API}/${SEED_RESOURCE_ID}/policy`, { headers: withWrite, data: { rules: [] } }), 403);
  await expectBare(await request.delete(`${RR_API}/${SEED_RESOURCE_ID}`, { headers: withWrite }), 403);
  const seeded = (await (await request.get(`${RR_API}/${SEED_RESOURCE_ID}/policy`)).json()) as { rules: unknown[] };
  expect(seeded.rules).toHaveLength(2);
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

test("create, read, update, policy, delete", async ({ request }) => {
  const token = await resourceWriteToken(request);
  const id = uniqueId();
  const created = await request.post(RR_API, { headers: bearer(token), data: resourceBody(id) });
  expect(created.status(), await created.text()).toBe(201);
  expect(created.headers().location).toMatch(new RegExp(`${RR_API}/${id}$`));
  expect(await created.json()).toMatchObject({ identifier: id, hasCompetentAuthority: { organization: ORGS.skatteetaten.orgNo, orgcode: "SKD" } });
  await expectProblem(await request.post(RR_API, { headers: bearer(token), data: resourceBody(id) }), 409, "RR-00002");
  expect(((await (await request.get(`${RR_API}/${id}/policy`)).json()) as { rules: unknown[] }).rules).toEqual([]);

  const updated = await request.put(`${RR_API}/${id}`, { headers: bearer(token), data: resourceBody(id, { title: { nb: "Ny", nn: "Ny", en: "New" }, delegable: false, resourceReferences: [] }) });
  expect(updated.status(), await updated.text()).toBe(200);
  expect(await updated.json()).toMatchObject({ title: { en: "New" }, delegable: false, resourceReferences: [] });
  await expectProblem(await request.put(`${RR_API}/${id}`, { headers: bearer(token), data: resourceBody(uniqueId()) }), 400, "RR-00005");
  await expectProblem(await request.put(`${RR_API}/no-such-resource`, { headers: bearer(token), data: resourceBody("no-such-resource") }), 404, "RR-00003");

  const rules = [
    { subjects: ["urn:altinn:rolecode:DAGL", `${P}skatt-naering`], actions: ["read", "write"], description: "Leaders and tax staff" },
    { subjects: [`${P}regnskapsforer-lonn`], actions: ["read"], description: "" },
  ];
  const put = await request.put(`${RR_API}/${id}/policy`, { headers: bearer(token), data: { rules } });
  expect(put.status(), await put.text()).toBe(200);
  expect(await (await request.get(`${RR_API}/${id}/policy`)).json()).toEqual({ resource: id, rules });
  const bad = await expectProblem(
    await request.put(`${RR_API}/${id}/policy`, { headers: bearer(token), data: { rules: [{ subjects: ["urn:altinn:rolecode:KING"], actions: ["fly"] }] } }),
    400,
    "RR-00001",
  );
  expect((bad.validationErrors as { paths: string[] }[]).map((v) => v.paths[0])).toEqual(["/rules/0/subjects/0", "/rules/0/actions/0"]);
  expect(((await (await request.get(`${RR_API}/${id}/policy`)).json()) as { rules: unknown[] }).rules).toEqual(rules);

  expect((await request.delete(`${RR_API}/${id}`, { headers: bearer(token) })).status()).toBe(204);
  await expectProblem(await request.get(`${RR_API}/${id}`), 404, "RR-00003");
  await expectProblem(await request.get(`${RR_API}/${id}/policy`), 404, "RR-00003");
  await expectProblem(await request.delete(`${RR_API}/${id}`, { headers: bearer(token) }), 404, "RR-00003");
});

test("a resource still named by a live system cannot be deleted (409)", async ({ request }) => {
  const token = await resourceWriteToken(request);
  const res = await expectProblem(await request.delete(`${RR_API}/${SEED_RESOURCE_ID}`, { headers: bearer(token) }), 409, "RR-00006");
  expect(res.detail).toContain("991825827_smartcloud");
  expect((await request.get(`${RR_API}/${SEED_RESOURCE_ID}`)).status()).toBe(200);
});
