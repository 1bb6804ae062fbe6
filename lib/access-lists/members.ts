// Members of an access list: GET/PUT/POST/DELETE /access-lists/{owner}/{identifier}/members
// (AccessListsController.cs; AccessListService.cs Get/Replace/Add/RemoveAccessListMembers). Members are
// parties by UUID; a body names them as PartyUrns in `{ "data": [...] }`
// (UpsertAccessListPartyMembersListDto.cs), at most 100 at a time. Every answer is the list's first page
// of members with the new version as ETag.
import { audit } from "../audit";
import { db } from "../db";
import { BindingProblem } from "../problems/problem";
import { collectionPage, getCollectionPage, type ListCollection } from "./child-pages";
import { validate, type Conditions } from "./conditions";
import { AL_VLD, alValidation, partyNotFound } from "./errors";
import { touchList } from "./lists";
import { authorizeOwner, type AccessListActor } from "./owner";
import { PARTY_KEYS, parsePartyUrn, partyUuidUrn, type PartyRef } from "./parties";
import { FAILED, NOT_FOUND, ok, type Conditional, type Paginated } from "./result";

export interface MembershipDto {
  id: string;
  since: string;
  identifiers: Record<string, string>;
}

/**
 * The converter of UpsertAccessListPartyMembersListDto is strict: an object whose one property is
 * `data` (exactly so spelled), an array of PartyUrns. Anything else is ASP.NET's 400.
 */
export function parseMembersBody(body: unknown): PartyRef[] {
  const o = body !== null && typeof body === "object" && !Array.isArray(body) ? (body as Record<string, unknown>) : null;
  const keys = o ? Object.keys(o) : [];
  if (!o || keys.length !== 1 || keys[0] !== "data" || !Array.isArray(o.data)) throw new BindingProblem({ $: ["Expected an object with one property 'data', an array of party URNs."] });
  return o.data.map((urn, i) => {
    const ref = parsePartyUrn(urn);
    if (!ref) throw new BindingProblem({ [`$.data[${i}]`]: ["The JSON value could not be converted to Altinn.ResourceRegistry.Core.Register.PartyUrn."] });
    return ref;
  });
}

/** The register's lookup of a party reference: its UUID, or null when it knows none. */
async function resolveParty(ref: PartyRef): Promise<string | null> {
  const where = ref.kind === "partyId" ? { partyId: ref.value } : ref.kind === "partyUuid" ? { partyUuid: ref.value } : { orgNo: ref.value };
  const org = await db.organization.findUnique({ where, select: { partyUuid: true } });
  if (org) return org.partyUuid;
  if (ref.kind === "orgNo") return null;
  const person = await db.person.findUnique({ where: ref.kind === "partyId" ? { partyId: ref.value } : { partyUuid: ref.value }, select: { partyUuid: true } });
  return person?.partyUuid ?? null;
}

/** AccessListMembershipDto.From: party UUID, party id and (for an organisation) its number. */
async function membershipDtos(rows: { partyUuid: string; since: Date }[]): Promise<MembershipDto[]> {
  const uuids = rows.map((r) => r.partyUuid);
  const [orgs, persons] = await Promise.all([
    db.organization.findMany({ where: { partyUuid: { in: uuids } }, select: { partyUuid: true, partyId: true, orgNo: true } }),
    db.person.findMany({ where: { partyUuid: { in: uuids } }, select: { partyUuid: true, partyId: true } }),
  ]);
  return rows.map((r) => {
    const org = orgs.find((o) => o.partyUuid === r.partyUuid);
    const person = persons.find((p) => p.partyUuid === r.partyUuid);
    const identifiers: Record<string, string> = { [PARTY_KEYS.uuid]: r.partyUuid };
    const partyId = org?.partyId ?? person?.partyId;
    if (partyId !== undefined) identifiers[PARTY_KEYS.id] = String(partyId);
    if (org) identifiers[PARTY_KEYS.org] = org.orgNo;
    return { id: partyUuidUrn(r.partyUuid), since: r.since.toISOString(), identifiers };
  });
}

const MEMBERS: ListCollection<{ partyUuid: string; since: Date }, MembershipDto> = {
  segment: "members",
  rows: (listId, from, take) =>
    db.accessListMember.findMany({ where: { listId, ...(from !== null ? { partyUuid: { gt: from } } : {}) }, orderBy: { partyUuid: "asc" }, take, select: { partyUuid: true, since: true } }),
  key: (m) => m.partyUuid,
  dtos: membershipDtos,
};

/** GET .../members?token= : 100 a page; a token of an older version of the list answers 412. */
export const getMembers = (actor: AccessListActor, ownerParam: string, identifier: string, cond: Conditions, token: string | null): Promise<Conditional<Paginated<MembershipDto>>> =>
  getCollectionPage(MEMBERS, actor, ownerParam, identifier, cond, token);

export type MemberChange = "replace" | "add" | "remove";

/** PUT (replace), POST (add), DELETE (remove) .../members: idempotent; the answer is the first page. */
export async function changeMembers(actor: AccessListActor, ownerParam: string, identifier: string, mode: MemberChange, refs: PartyRef[], cond: Conditions): Promise<Conditional<Paginated<MembershipDto>>> {
  const owner = await authorizeOwner(actor, ownerParam);
  // checked before the list is looked up, as the controller does
  if (refs.length > 100) throw alValidation(mode === "replace" ? AL_VLD.replaceTooMany : AL_VLD.addRemoveTooMany, ["/data"]);
  const l = await db.accessList.findUnique({ where: { owner_identifier: { owner, identifier } } });
  if (!l) return NOT_FOUND;
  if (validate(cond, l, false) !== "succeeded") return FAILED;
  const uuids = new Set<string>();
  for (const ref of refs) {
    const uuid = await resolveParty(ref);
    if (!uuid) throw partyNotFound();
    uuids.add(uuid);
  }
  const after = await db.$transaction(async (tx) => {
    const current = await tx.accessList.findUnique({ where: { id: l.id }, select: { version: true, updatedAt: true, members: { select: { partyUuid: true } } } });
    if (!current || validate(cond, current, false) !== "succeeded") return null;
    const have = new Set(current.members.map((m) => m.partyUuid));
    const toAdd = mode === "remove" ? [] : [...uuids].filter((u) => !have.has(u));
    const toRemove = mode === "add" ? [] : mode === "remove" ? [...uuids].filter((u) => have.has(u)) : [...have].filter((u) => !uuids.has(u));
    if (!toAdd.length && !toRemove.length) return { version: current.version, updatedAt: current.updatedAt };
    if (toRemove.length) await tx.accessListMember.deleteMany({ where: { listId: l.id, partyUuid: { in: toRemove } } });
    for (const partyUuid of toAdd) await tx.accessListMember.create({ data: { listId: l.id, partyUuid } });
    await audit(actor.audit, "accesslist.members.changed", `${owner}/${identifier}`, { added: toAdd, removed: toRemove }, tx);
    return touchList(tx, l.id);
  });
  // deleted or changed against the condition between the check and the write
  if (!after) return FAILED;
  return ok(await collectionPage(MEMBERS, { id: l.id, owner, identifier }, after.version, null), after);
}
