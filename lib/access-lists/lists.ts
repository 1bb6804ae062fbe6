// Access lists of a service owner: AccessListsController's list endpoints over AccessListService
// (altinn-resource-registry src/Altinn.ResourceRegistry/Controllers/AccessListsController.cs,
// src/Altinn.ResourceRegistry.Core/AccessLists/AccessListService.cs). Every function checks the actor
// first (owner.ts).
import { audit } from "../audit";
import { db, type Tx } from "../db";
import { BindingProblem } from "../problems/problem";
import { allowsCreating, validate, type Conditions } from "./conditions";
import { AL_VLD, alValidation, includeMembersNotImplemented } from "./errors";
import { authorizeOwner, type AccessListActor } from "./owner";
import { SMALL_PAGE_SIZE, nextLink, readListToken } from "./paging";
import { FAILED, NOT_FOUND, NO_CONTENT, ok, type Conditional, type Paginated } from "./result";

export interface AccessListInfoDto {
  urn: string;
  identifier: string;
  name: string;
  description: string;
  createdAt: string;
  updatedAt: string;
  resourceConnections?: ResourceConnectionDto[];
}

export interface ResourceConnectionDto {
  resourceIdentifier: string;
  /** Left out when the connection has no filter (every action), as AccessListResourceConnectionDto writes it. */
  actionFilters?: string[];
  createdAt: string;
  updatedAt: string;
}

/** AccessListIncludes: `resources`, `resource-actions`, `members` (AccessListIncludesModelBinder.cs). */
export interface Includes {
  resources: boolean;
  actions: boolean;
  members: boolean;
}

export function parseIncludes(value: string | null): Includes {
  const inc = { resources: false, actions: false, members: false };
  for (const name of (value ?? "").split(",").map((s) => s.trim()).filter(Boolean)) {
    if (name === "resources") inc.resources = true;
    else if (name === "resource-actions") inc.resources = inc.actions = true;
    else if (name === "members") inc.members = true;
    else throw new BindingProblem({ include: [`Invalid value: '${name}'`] });
  }
  return inc;
}

export type ConnectionRow = { resourceId: string; actions: unknown; createdAt: Date; updatedAt: Date };
type ListRow = { owner: string; identifier: string; name: string; description: string; createdAt: Date; updatedAt: Date; version: number };

export function connectionDto(c: ConnectionRow, withActions = true): ResourceConnectionDto {
  const actions = c.actions as string[];
  return {
    resourceIdentifier: c.resourceId,
    ...(withActions && actions.length ? { actionFilters: actions } : {}),
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}

/** AccessListInfoDto.From: the urn is `urn:altinn:access-list:{owner}:{identifier}`. */
function infoDto(l: ListRow, connections?: ResourceConnectionDto[]): AccessListInfoDto {
  return {
    urn: `urn:altinn:access-list:${l.owner}:${l.identifier}`,
    identifier: l.identifier,
    name: l.name,
    description: l.description,
    createdAt: l.createdAt.toISOString(),
    updatedAt: l.updatedAt.toISOString(),
    ...(connections ? { resourceConnections: connections } : {}),
  };
}

const CONNECTION = { resourceId: true, actions: true, createdAt: true, updatedAt: true } as const;

/** GET /access-lists/{owner}?token=&include=&resource= : 20 a page, by identifier. */
export async function listAccessLists(actor: AccessListActor, ownerParam: string, q: { token: string | null; include: string | null; resource: string | null }): Promise<Paginated<AccessListInfoDto>> {
  const owner = await authorizeOwner(actor, ownerParam);
  const include = parseIncludes(q.include);
  if (include.members) throw includeMembersNotImplemented();
  if (include.resources && !q.resource?.trim()) throw alValidation(AL_VLD.includeResourceMissing, ["/$QUERY/include", "/$QUERY/resource"]);
  const from = readListToken(q.token);
  const rows = await db.accessList.findMany({
    where: { owner, ...(from !== null ? { identifier: { gt: from } } : {}) },
    orderBy: { identifier: "asc" },
    take: SMALL_PAGE_SIZE + 1,
    include: include.resources ? { connections: { where: { resourceId: q.resource! }, select: CONNECTION } } : undefined,
  });
  const page = rows.slice(0, SMALL_PAGE_SIZE);
  const last = page[page.length - 1];
  return {
    links: { next: rows.length > SMALL_PAGE_SIZE && last ? nextLink(`/resourceregistry/api/v1/access-lists/${owner}`, last.identifier) : null },
    data: page.map((l) => infoDto(l, include.resources ? (l as typeof l & { connections: ConnectionRow[] }).connections.map((c) => connectionDto(c, include.actions)) : undefined)),
  };
}

/** GET /access-lists/{owner}/{identifier}?include= */
export async function getAccessList(actor: AccessListActor, ownerParam: string, identifier: string, cond: Conditions, includeParam: string | null): Promise<Conditional<AccessListInfoDto>> {
  const owner = await authorizeOwner(actor, ownerParam);
  const include = parseIncludes(includeParam);
  const l = await db.accessList.findUnique({
    where: { owner_identifier: { owner, identifier } },
    include: include.resources ? { connections: { orderBy: { resourceId: "asc" }, select: CONNECTION } } : undefined,
  });
  if (!l) return NOT_FOUND;
  const v = validate(cond, l, true);
  if (v === "failed") return FAILED;
  if (v === "unmodified") return { kind: "unmodified", version: l.version, updatedAt: l.updatedAt };
  const connections = include.resources ? (l as typeof l & { connections: ConnectionRow[] }).connections.map((c) => connectionDto(c, include.actions)) : undefined;
  return ok(infoDto(l, connections), l);
}

/** CreateAccessListModel(string Name, string? Description): a missing or empty name is ASP.NET's 400. */
export function parseListBody(body: unknown): { name: string; description: string } {
  const o = body !== null && typeof body === "object" && !Array.isArray(body) ? (body as Record<string, unknown>) : null;
  if (!o) throw new BindingProblem({ $: ["The JSON value could not be converted to Altinn.ResourceRegistry.Models.CreateAccessListModel."] });
  const key = (k: string) => Object.keys(o).find((x) => x.toLowerCase() === k);
  const name = o[key("name") ?? ""];
  const description = o[key("description") ?? ""];
  if (name !== undefined && name !== null && typeof name !== "string") throw new BindingProblem({ "$.name": ["The JSON value could not be converted to System.String."] });
  if (description !== undefined && description !== null && typeof description !== "string") throw new BindingProblem({ "$.description": ["The JSON value could not be converted to System.String."] });
  if (!name) throw new BindingProblem({ Name: ["The Name field is required."] });
  if (name.length > 255 || (description ?? "").length > 2000) throw new BindingProblem({ [name.length > 255 ? "Name" : "Description"]: ["The field is too long (name 255, description 2000 characters)."] });
  return { name, description: (description as string | null | undefined) ?? "" };
}

/** PUT /access-lists/{owner}/{identifier}: create or update (CreateOrUpdateAccessList). */
export async function upsertAccessList(actor: AccessListActor, ownerParam: string, identifier: string, body: { name: string; description: string }, cond: Conditions): Promise<Conditional<AccessListInfoDto>> {
  const owner = await authorizeOwner(actor, ownerParam);
  return db.$transaction(async (tx) => {
    const existing = await tx.accessList.findUnique({ where: { owner_identifier: { owner, identifier } } });
    if (!existing) {
      if (!allowsCreating(cond)) return FAILED;
      const created = await tx.accessList.create({ data: { owner, identifier, name: body.name, description: body.description } });
      await audit(actor.audit, "accesslist.created", `${owner}/${identifier}`, { name: body.name }, tx);
      return ok(infoDto(created), created);
    }
    if (validate(cond, existing, false) !== "succeeded") return FAILED;
    if (existing.name === body.name && existing.description === body.description) return ok(infoDto(existing), existing);
    const updated = await tx.accessList.update({
      where: { id: existing.id },
      data: { name: body.name, description: body.description, version: { increment: 1 }, updatedAt: new Date() },
    });
    await audit(actor.audit, "accesslist.updated", `${owner}/${identifier}`, { name: body.name }, tx);
    return ok(infoDto(updated), updated);
  });
}

/** DELETE /access-lists/{owner}/{identifier}: 200 with the deleted list, 204 when there is none. */
export async function deleteAccessList(actor: AccessListActor, ownerParam: string, identifier: string, cond: Conditions): Promise<Conditional<AccessListInfoDto>> {
  const owner = await authorizeOwner(actor, ownerParam);
  return db.$transaction(async (tx) => {
    const existing = await tx.accessList.findUnique({ where: { owner_identifier: { owner, identifier } } });
    if (!existing) return NO_CONTENT;
    if (validate(cond, existing, false) !== "succeeded") return FAILED;
    await tx.accessList.delete({ where: { id: existing.id } });
    await audit(actor.audit, "accesslist.deleted", `${owner}/${identifier}`, {}, tx);
    // the aggregate's delete event is its last version
    const gone = { ...existing, version: existing.version + 1, updatedAt: new Date() };
    return ok(infoDto(gone), gone);
  });
}

/** Inside a change: the list's next version (every change to the aggregate bumps it). */
export async function touchList(tx: Tx, id: string): Promise<{ version: number; updatedAt: Date }> {
  return tx.accessList.update({ where: { id }, data: { version: { increment: 1 }, updatedAt: new Date() }, select: { version: true, updatedAt: true } });
}
