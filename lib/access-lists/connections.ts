// Resource connections of an access list: GET .../resource-connections, PUT/DELETE
// .../resource-connections/{resourceIdentifier} (AccessListsController.cs; AccessListService.cs
// Get/Upsert/DeleteAccessListResourceConnection). A connection may filter actions: the PDP then lets a
// member through only for those actions (an empty filter: every action).
import { audit } from "../audit";
import { db } from "../db";
import { BindingProblem } from "../problems/problem";
import { getCollectionPage, type ListCollection } from "./child-pages";
import { validate, type Conditions } from "./conditions";
import { otherOwnersResource, resourceReferenceNotFound } from "./errors";
import { connectionDto, touchList, type ConnectionRow, type ResourceConnectionDto } from "./lists";
import { authorizeOwner, orgCodeOf, type AccessListActor } from "./owner";
import { FAILED, NOT_FOUND, NO_CONTENT, ok, type Conditional, type Paginated } from "./result";

/** UpsertAccessListResourceConnectionDto(IReadOnlyList<string>? ActionFilters): null or missing = []. */
export function parseConnectionBody(body: unknown): string[] {
  const o = body !== null && typeof body === "object" && !Array.isArray(body) ? (body as Record<string, unknown>) : null;
  if (!o) throw new BindingProblem({ $: ["The JSON value could not be converted to Altinn.ResourceRegistry.Models.UpsertAccessListResourceConnectionDto."] });
  const key = Object.keys(o).find((k) => k.toLowerCase() === "actionfilters");
  const filters = key ? o[key] : undefined;
  if (filters === undefined || filters === null) return [];
  if (!Array.isArray(filters) || !filters.every((a) => typeof a === "string" && a.length > 0 && a.length <= 255) || filters.length > 100) {
    throw new BindingProblem({ "$.actionFilters": ["The JSON value could not be converted to System.Collections.Generic.IReadOnlyList`1[System.String]."] });
  }
  return [...new Set(filters as string[])];
}

const CONNECTIONS: ListCollection<ConnectionRow, ResourceConnectionDto> = {
  segment: "resource-connections",
  rows: (listId, from, take) =>
    db.accessListResourceConnection.findMany({ where: { listId, ...(from !== null ? { resourceId: { gt: from } } : {}) }, orderBy: { resourceId: "asc" }, take }),
  key: (c) => c.resourceId,
  dtos: (rows) => rows.map((c) => connectionDto(c)),
};

/** GET .../resource-connections?token= : 100 a page by resource identifier. */
export const getConnections = (actor: AccessListActor, ownerParam: string, identifier: string, cond: Conditions, token: string | null): Promise<Conditional<Paginated<ResourceConnectionDto>>> =>
  getCollectionPage(CONNECTIONS, actor, ownerParam, identifier, cond, token);

/**
 * PUT .../resource-connections/{resourceIdentifier}: the resource must exist (RR-00002) and belong to
 * the caller (RR-00004, 403; the admin scope may connect any), checked before the list is looked up.
 */
export async function upsertConnection(actor: AccessListActor, ownerParam: string, identifier: string, resourceId: string, actions: string[], cond: Conditions): Promise<Conditional<ResourceConnectionDto>> {
  const owner = await authorizeOwner(actor, ownerParam);
  const resource = await db.resource.findUnique({ where: { identifier: resourceId }, select: { ownerOrgNo: true } });
  if (!resource) throw resourceReferenceNotFound();
  // UserOwnsResourceRequirement on the resource's competent authority (the caller, not the list's owner)
  if (!actor.admin && resource.ownerOrgNo !== actor.orgNo) throw otherOwnersResource();
  const l = await db.accessList.findUnique({ where: { owner_identifier: { owner, identifier } } });
  if (!l) return NOT_FOUND;
  if (validate(cond, l, false) !== "succeeded") return FAILED;
  const out = await db.$transaction(async (tx) => {
    const current = await tx.accessList.findUnique({ where: { id: l.id } });
    if (!current || validate(cond, current, false) !== "succeeded") return null;
    const existing = await tx.accessListResourceConnection.findUnique({ where: { listId_resourceId: { listId: l.id, resourceId } } });
    const same = existing && (existing.actions as string[]).length === actions.length && actions.every((a) => (existing.actions as string[]).includes(a));
    // Does_Not_Create_New_Version_If_Identical
    if (existing && same) return { row: existing, version: { version: current.version, updatedAt: current.updatedAt } };
    const now = new Date();
    const row = existing
      ? await tx.accessListResourceConnection.update({ where: { id: existing.id }, data: { actions, updatedAt: now } })
      : await tx.accessListResourceConnection.create({ data: { listId: l.id, resourceId, actions, createdAt: now, updatedAt: now } });
    await audit(actor.audit, "accesslist.connection.upserted", `${owner}/${identifier}`, { resourceId, actions }, tx);
    return { row, version: await touchList(tx, l.id) };
  });
  if (!out) return FAILED;
  return ok(connectionDto(out.row), out.version);
}

/** DELETE .../resource-connections/{resourceIdentifier}: 200 with the removed connection; 204 when none. */
export async function deleteConnection(actor: AccessListActor, ownerParam: string, identifier: string, resourceId: string, cond: Conditions): Promise<Conditional<ResourceConnectionDto>> {
  const owner = await authorizeOwner(actor, ownerParam);
  const l = await db.accessList.findUnique({ where: { owner_identifier: { owner, identifier } } });
  if (!l) return NOT_FOUND;
  if (validate(cond, l, false) !== "succeeded") return FAILED;
  const out = await db.$transaction(async (tx) => {
    const current = await tx.accessList.findUnique({ where: { id: l.id } });
    if (!current || validate(cond, current, false) !== "succeeded") return "failed" as const;
    const existing = await tx.accessListResourceConnection.findUnique({ where: { listId_resourceId: { listId: l.id, resourceId } } });
    if (!existing) return "none" as const;
    await tx.accessListResourceConnection.delete({ where: { id: existing.id } });
    await audit(actor.audit, "accesslist.connection.deleted", `${owner}/${identifier}`, { resourceId }, tx);
    return { row: existing, version: await touchList(tx, l.id) };
  });
  if (out === "failed") return FAILED;
  if (out === "none") return NO_CONTENT;
  return ok(connectionDto(out.row), out.version);
}

/** The resources a service owner may connect (its own), for the pages. */
export async function ownResources(orgNo: string): Promise<{ identifier: string; title: string; accessListMode: string }[]> {
  const rows = await db.resource.findMany({ where: { ownerOrgNo: orgNo }, orderBy: { identifier: "asc" }, select: { identifier: true, titleEn: true, accessListMode: true } });
  return rows.map((r) => ({ identifier: r.identifier, title: r.titleEn, accessListMode: r.accessListMode }));
}

export { orgCodeOf };
