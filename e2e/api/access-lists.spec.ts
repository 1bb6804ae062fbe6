// The Resource Registry's access-list API (altinn-resource-registry
// src/Altinn.ResourceRegistry/Controllers/AccessListsController.cs, its AccessListService, Problems.cs,
// ValidationErrors.cs and test/Altinn.ResourceRegistry.Tests/AccessListControllerTests.cs), and the
// PDP's access-list check (altinn-authorization-tmp DecisionController.IsAccessListAuthorized,
// AccessListAuthorization.cs).
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { ORGS, SCOPES, SEED_ACCESS_LIST_ID, SEED_RESOURCE_ID } from "../../prisma/cast";
import { partyIdOf, partyUuidOf } from "../../lib/parties/party-ids";
import { DEMO_CLIENTS, getToken } from "../support/maskinporten";
import {
  RR_API,
  authorizeToken,
  bearer,
  createApeSystemUser,
  decide,
  expectBare,
  expectProblem,
  putPolicy,
  registerSystem,
  resourceBody,
  resourceWriteToken,
  uniqueId,
  withScope,
  xacml,
} from "../support/service-owner";
import { expectBinding } from "../support/problems";

const AL = "/resourceregistry/api/v1/access-lists";
const skdToken = (request: APIRequestContext) =>
  getToken(request, DEMO_CLIENTS.skatteetaten, { scopes: [SCOPES.accessListRead, SCOPES.accessListWrite, SCOPES.resourceWrite] });
const json = (token: string, extra: Record<string, string> = {}) => ({ ...bearer(token), "content-type": "application/json", ...extra });
const org = (orgNo: string) => `urn:altinn:organization:identifier-no:${orgNo}`;

async function putList(request: APIRequestContext, token: string, id: string, body: unknown = { name: `List ${id}`, description: "d" }, headers: Record<string, string> = {}) {
  return request.put(`${AL}/skd/${id}`, { headers: json(token, headers), data: body });
}

test.describe("access lists", () => {
  // ResourceRegistryHost.cs policies + OwnedResourceAuthorizationHandler + OwnerMustBeOrgcodeFilter
  test("who may call: token, scope, owner, then a registered org code", async ({ request }) => {
    const token = await skdToken(request);
    await expectBare(await request.get(`${AL}/skd`), 401);
    // resource.write alone is none of the access-list scopes
    await expectBare(await request.get(`${AL}/skd`, { headers: bearer(await resourceWriteToken(request)) }), 403);
    const readOnly = await withScope(token, SCOPES.accessListRead);
    expect((await request.get(`${AL}/skd`, { headers: bearer(readOnly) })).status()).toBe(200);
    await expectBare(await putList(request, readOnly, uniqueId("al")), 403);
    // another organisation: not the owner
    const smartcloud = await withScope(await getToken(request, DEMO_CLIENTS.smartcloud, { scopes: [SCOPES.requestRead] }), SCOPES.accessListWrite);
    await expectBare(await request.get(`${AL}/skd`, { headers: bearer(smartcloud) }), 403);
    // an org code that is no service owner's: not the caller's (403) before it is checked (400)
    await expectBare(await request.get(`${AL}/nope`, { headers: bearer(token) }), 403);
    const admin = await withScope(token, "altinn:resourceregistry/resource.admin");
    await expectProblem(await request.get(`${AL}/nope`, { headers: bearer(admin) }), 400, "RR.VLD-00010");
    // the caller's own org number passes the owner check, but the owner must be an org code
    const byOrgNo = await expectProblem(await request.get(`${AL}/${ORGS.skatteetaten.orgNo}`, { headers: bearer(token) }), 400, "RR.VLD-00010");
    expect(byOrgNo.validationErrors?.[0]?.paths).toEqual(["/$PATH/owner"]);
    // the org code in any casing is the owner's canonical one
    const upper = await request.get(`${AL}/SKD/${SEED_ACCESS_LIST_ID}`, { headers: bearer(token) });
    expect(upper.status()).toBe(200);
    expect(((await upper.json()) as { urn: string }).urn).toBe(`urn:altinn:access-list:skd:${SEED_ACCESS_LIST_ID}`);
  });

  test("create, read, update, delete a list with ETags (If-Match, If-None-Match)", async ({ request }) => {
    const token = await skdToken(request);
    const id = uniqueId("al");
    const created = await putList(request, token, id, { name: "Godkjente banker" });
    expect(created.status(), await created.text()).toBe(200);
    const etag = created.headers()["etag"]!;
    expect(etag).toMatch(/^W\/"[A-Za-z0-9_-]+"$/);
    expect(created.headers()["last-modified"]).toBeTruthy();
    const body = await created.json();
    expect(body).toEqual({ urn: `urn:altinn:access-list:skd:${id}`, identifier: id, name: "Godkjente banker", description: "", createdAt: expect.any(String), updatedAt: expect.any(String) });

    const read = await request.get(`${AL}/skd/${id}`, { headers: bearer(token) });
    expect(read.status()).toBe(200);
    expect(read.headers()["etag"]).toBe(etag);
    // GET with the current ETag in If-None-Match: 304 with the ETag, no body
    const unmodified = await request.get(`${AL}/skd/${id}`, { headers: { ...bearer(token), "if-none-match": etag } });
    expect(unmodified.status()).toBe(304);
    expect(unmodified.headers()["etag"]).toBe(etag);
    // Handles_Update_To_Same: no new version
    expect((await putList(request, token, id, { name: "Godkjente banker" })).headers()["etag"]).toBe(etag);
    // Can_Update_List, with the current ETag
    const updated = await putList(request, token, id, { name: "Banker", description: "Approved" }, { "if-match": etag });
    expect(updated.status()).toBe(200);
    expect(updated.headers()["etag"]).not.toBe(etag);
    expect(await updated.json()).toMatchObject({ name: "Banker", description: "Approved" });
    // the old ETag no longer matches: 412, nothing changes
    await expectBare(await putList(request, token, id, { name: "Lost update" }, { "if-match": etag }), 412);
    // Can_Require_New_List: If-None-Match: * on an existing list
    await expectBare(await putList(request, token, id, { name: "x" }, { "if-none-match": "*" }), 412);
    // If-Match: * on a list that does not exist: it is not created
    const missing = uniqueId("al");
    await expectBare(await putList(request, token, missing, { name: "x" }, { "if-match": "*" }), 412);
    await expectBare(await request.get(`${AL}/skd/${missing}`, { headers: bearer(token) }), 404);
    expect(((await (await request.get(`${AL}/skd/${id}`, { headers: bearer(token) })).json()) as { name: string }).name).toBe("Banker");

    // CanNot_Create_List_Without_Name / Cannot_Unset_Name: ASP.NET's binding problem
    await expectBinding(await putList(request, token, uniqueId("al"), { description: "no name" }), "Name");
    await expectBinding(await putList(request, token, id, { name: "" }), "Name");
    // [Consumes("application/json")]
    expect((await request.put(`${AL}/skd/${id}`, { headers: { ...bearer(token), "content-type": "text/plain" }, data: '{"name":"x"}' })).status()).toBe(415);
    // PATCH is not implemented in Altinn either
    expect((await request.patch(`${AL}/skd/${id}`, { headers: { ...bearer(token), "content-type": "application/json-patch+json" }, data: "[]" })).status()).toBe(501);

    // Deletes_Existing_List: 200 with the list; Returns_NoContent_ForMissingList: 204
    const deleted = await request.delete(`${AL}/skd/${id}`, { headers: bearer(token) });
    expect(deleted.status()).toBe(200);
    expect(await deleted.json()).toMatchObject({ identifier: id, name: "Banker" });
    expect((await request.delete(`${AL}/skd/${id}`, { headers: bearer(token) })).status()).toBe(204);
    await expectBare(await request.get(`${AL}/skd/${id}`, { headers: bearer(token) }), 404);
  });

  test("the owner's lists: 20 a page by identifier; include options", async ({ request }) => {
    const token = await skdToken(request);
    const prefix = uniqueId("page");
    for (let i = 0; i < 21; i++) expect((await putList(request, token, `${prefix}-${String(i).padStart(2, "0")}`)).status()).toBe(200);
    const seen: string[] = [];
    let next: string | null = `${AL}/skd`;
    let pages = 0;
    while (next) {
      const res: APIResponse = await request.get(next, { headers: bearer(token) });
      expect(res.status()).toBe(200);
      const page = (await res.json()) as { links: { next: string | null }; data: { identifier: string }[] };
      expect(page.data.length).toBeLessThanOrEqual(20);
      if (page.links.next) expect(page.data).toHaveLength(20);
      seen.push(...page.data.map((l) => l.identifier));
      next = page.links.next;
      pages++;
    }
    expect(pages).toBeGreaterThanOrEqual(2);
    expect([...seen].sort()).toEqual(seen);
    expect(seen.filter((s) => s.startsWith(prefix))).toHaveLength(21);
    // Can_Include_Additional_Data
    await expectProblem(await request.get(`${AL}/skd?include=members`, { headers: bearer(token) }), 501, "RR-00000");
    await expectProblem(await request.get(`${AL}/skd?include=resources`, { headers: bearer(token) }), 400, "RR.VLD-00002");
    await expectBinding(await request.get(`${AL}/skd?include=everything`, { headers: bearer(token) }), "include");
    await expectBinding(await request.get(`${AL}/skd?token=not-a-token`, { headers: bearer(token) }), "token");
    const withConnections = await request.get(`${AL}/skd?include=resources&resource=${SEED_RESOURCE_ID}`, { headers: bearer(token) });
    const lists = ((await withConnections.json()) as { data: { identifier: string; resourceConnections?: unknown[] }[] }).data;
    expect(lists.find((l) => l.identifier === SEED_ACCESS_LIST_ID)?.resourceConnections).toEqual([
      { resourceIdentifier: SEED_RESOURCE_ID, createdAt: expect.any(String), updatedAt: expect.any(String) },
    ]);
  });

  test("members: replace, add, remove by party urn; idempotent; the real codes", async ({ request }) => {
    const token = await skdToken(request);
    const id = uniqueId("al");
    const members = `${AL}/skd/${id}/members`;
    await expectBare(await request.get(members, { headers: bearer(token) }), 404);
    await expectBare(await request.put(members, { headers: json(token), data: { data: [org(ORGS.ape.orgNo)] } }), 404);
    await putList(request, token, id);
    const replaced = await request.put(members, { headers: json(token), data: { data: [org(ORGS.ape.orgNo), `urn:altinn:party:id:${partyIdOf("organization", ORGS.tiger.orgNo)}`] } });
    expect(replaced.status(), await replaced.text()).toBe(200);
    const page = (await replaced.json()) as { links: { next: null }; data: { id: string; since: string; identifiers: Record<string, string> }[] };
    expect(page.links.next).toBeNull();
    const ape = partyUuidOf("organization", ORGS.ape.orgNo);
    expect(page.data.find((m) => m.id === `urn:altinn:party:uuid:${ape}`)).toEqual({
      id: `urn:altinn:party:uuid:${ape}`,
      since: expect.any(String),
      identifiers: { "urn:altinn:party:uuid": ape, "urn:altinn:party:id": String(partyIdOf("organization", ORGS.ape.orgNo)), "urn:altinn:organization:identifier-no": ORGS.ape.orgNo },
    });
    expect(page.data).toHaveLength(2);
    // IsIdempotent: adding a member again changes nothing, not even the version
    const etag = replaced.headers()["etag"];
    const again = await request.post(members, { headers: json(token), data: { data: [`urn:altinn:party:uuid:${ape}`] } });
    expect(again.status()).toBe(200);
    expect(again.headers()["etag"]).toBe(etag);
    const removed = await request.delete(members, { headers: json(token), data: { data: [org(ORGS.tiger.orgNo)] } });
    expect(((await removed.json()) as { data: unknown[] }).data).toHaveLength(1);
    expect(((await (await request.get(members, { headers: bearer(token) })).json()) as { data: { id: string }[] }).data.map((m) => m.id)).toEqual([`urn:altinn:party:uuid:${ape}`]);
    // a party the register does not know: Problems.PartyReference_NotFound, nothing changes
    await expectProblem(await request.post(members, { headers: json(token), data: { data: [org("999999999")] } }), 400, "RR-00001");
    // the body's converter: an object with `data`, party urns only
    await expectBinding(await request.post(members, { headers: json(token), data: { data: ["urn:altinn:person:identifier-no:02877310097"] } }), "$.data[0]");
    await expectBinding(await request.post(members, { headers: json(token), data: { members: [] } }));
    await expectBinding(await request.post(members, { headers: json(token), data: [org(ORGS.ape.orgNo)] }));
    // DisallowsUpdatingTooManyMembers
    const many = { data: Array.from({ length: 101 }, () => org(ORGS.ape.orgNo)) };
    const tooManyPut = await expectProblem(await request.put(members, { headers: json(token), data: many }), 400, "RR.VLD-00000");
    expect(tooManyPut.validationErrors?.[0]?.paths).toEqual(["/data"]);
    await expectProblem(await request.post(members, { headers: json(token), data: many }), 400, "RR.VLD-00001");
    await expectProblem(await request.delete(members, { headers: json(token), data: many }), 400, "RR.VLD-00001");
    // a stale ETag is 412
    await expectBare(await request.post(members, { headers: json(token, { "if-match": etag! }), data: { data: [org(ORGS.tiger.orgNo)] } }), 412);
  });

  test("resource connections with action filters", async ({ request }) => {
    const token = await skdToken(request);
    const id = uniqueId("al");
    const base = `${AL}/skd/${id}/resource-connections`;
    await expectBare(await request.get(base, { headers: bearer(token) }), 404);
    // an unknown resource is Problems.ResourceReference_NotFound, checked before the list
    await expectProblem(await request.put(`${base}/no-such-resource`, { headers: json(token), data: {} }), 400, "RR-00002");
    await expectBare(await request.put(`${base}/${SEED_RESOURCE_ID}`, { headers: json(token), data: {} }), 404);
    await putList(request, token, id);
    const created = await request.put(`${base}/${SEED_RESOURCE_ID}`, { headers: json(token), data: { actionFilters: ["read"] } });
    expect(created.status(), await created.text()).toBe(200);
    expect(await created.json()).toEqual({ resourceIdentifier: SEED_RESOURCE_ID, actionFilters: ["read"], createdAt: expect.any(String), updatedAt: expect.any(String) });
    // Does_Not_Create_New_Version_If_Identical
    const same = await request.put(`${base}/${SEED_RESOURCE_ID}`, { headers: json(token), data: { actionFilters: ["read"] } });
    expect(same.headers()["etag"]).toBe(created.headers()["etag"]);
    // no filter: every action, and actionFilters is left out of the answer
    const all = await request.put(`${base}/${SEED_RESOURCE_ID}`, { headers: json(token), data: { actionFilters: null } });
    expect(await all.json()).toEqual({ resourceIdentifier: SEED_RESOURCE_ID, createdAt: expect.any(String), updatedAt: expect.any(String) });
    const list = (await (await request.get(base, { headers: bearer(token) })).json()) as { links: { next: null }; data: { resourceIdentifier: string }[] };
    expect(list).toEqual({ links: { next: null }, data: [expect.objectContaining({ resourceIdentifier: SEED_RESOURCE_ID })] });
    await expectBinding(await request.put(`${base}/${SEED_RESOURCE_ID}`, { headers: json(token), data: { actionFilters: "read" } }), "$.actionFilters");
    // Deletes_Existing_Connection, then Returns_NoContent_ForMissingConnection
    const deleted = await request.delete(`${base}/${SEED_RESOURCE_ID}`, { headers: bearer(token) });
    expect(deleted.status()).toBe(200);
    expect(await deleted.json()).toMatchObject({ resourceIdentifier: SEED_RESOURCE_ID });
    expect((await request.delete(`${base}/${SEED_RESOURCE_ID}`, { headers: bearer(token) })).status()).toBe(204);
  });

  // DecisionController.Authorize: a Permit of a resource with AccessListMode Enabled stays Permit only for
  // a member of a connected list whose action filter is empty or names the action; the Deny's
  // StatusMessage is dropped by XacmlJsonXmlConverter.ConvertResponse (null in the JSON answer).
  test("the PDP: Deny outside the connected lists; action filters; back to Permit", async ({ request, browser }) => {
    const token = await skdToken(request);
    const resource = uniqueId();
    expect((await request.post(RR_API, { headers: bearer(token), data: resourceBody(resource, { accessListMode: "Enabled" }) })).status()).toBe(201);
    await putPolicy(request, token, resource, [{ subjects: ["urn:altinn:rolecode:DAGL"], actions: ["read"] }]);
    const su = await createApeSystemUser(request, browser, { systemId: await registerSystem(request, resource), resource });
    const pdp = await authorizeToken(request);
    const decision = async () => (await decide(request, pdp, xacml(su.id, "read", ORGS.ape.orgNo, resource)))[0]!;

    const denied = await decision();
    expect(denied.decision).toBe("Deny");
    expect(denied.status.statusMessage).toBeNull();
    const id = uniqueId("al");
    await putList(request, token, id);
    await request.put(`${AL}/skd/${id}/members`, { headers: json(token), data: { data: [org(ORGS.ape.orgNo)] } });
    // a member, but the connection lets only write through
    await request.put(`${AL}/skd/${id}/resource-connections/${resource}`, { headers: json(token), data: { actionFilters: ["write"] } });
    expect((await decision()).decision).toBe("Deny");
    await request.put(`${AL}/skd/${id}/resource-connections/${resource}`, { headers: json(token), data: { actionFilters: ["read"] } });
    expect((await decision()).decision).toBe("Permit");
    // removed from the list: Deny at once
    await request.delete(`${AL}/skd/${id}/members`, { headers: json(token), data: { data: [org(ORGS.ape.orgNo)] } });
    expect((await decision()).decision).toBe("Deny");
    // mode Disabled: the lists are not asked
    expect((await request.put(`${RR_API}/${resource}`, { headers: bearer(token), data: resourceBody(resource) })).status()).toBe(200);
    expect((await decision()).decision).toBe("Permit");
  });
});
