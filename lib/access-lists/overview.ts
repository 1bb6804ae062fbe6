// Reads for the service owner's pages: the owner's lists with their counts, one list with its members
// and connections, and the lists connected to a resource. The same owner check as the API.
import { db } from "../db";
import { authorizeOwner, orgCodeOf, type AccessListActor } from "./owner";

export interface ListSummary {
  identifier: string;
  name: string;
  description: string;
  members: number;
  resources: number;
  version: number;
}

export interface ListDetail extends ListSummary {
  owner: string;
  memberList: { partyUuid: string; orgNo: string | null; name: string; since: Date }[];
  connections: { resourceId: string; actionFilters: string[] }[];
}

/** The actor's own org code: the owner of the lists on the pages (null: no service owner). */
export const ownOwner = (actor: AccessListActor) => orgCodeOf(actor.orgNo);

export async function listsOfOwner(actor: AccessListActor, ownerCode: string): Promise<ListSummary[]> {
  const owner = await authorizeOwner(actor, ownerCode);
  const rows = await db.accessList.findMany({
    where: { owner },
    orderBy: { identifier: "asc" },
    select: { identifier: true, name: true, description: true, version: true, _count: { select: { members: true, connections: true } } },
  });
  return rows.map((r) => ({ identifier: r.identifier, name: r.name, description: r.description, version: r.version, members: r._count.members, resources: r._count.connections }));
}

export async function listDetail(actor: AccessListActor, ownerCode: string, identifier: string): Promise<ListDetail | null> {
  const owner = await authorizeOwner(actor, ownerCode);
  const l = await db.accessList.findUnique({
    where: { owner_identifier: { owner, identifier } },
    include: { members: { orderBy: { since: "asc" } }, connections: { orderBy: { resourceId: "asc" } } },
  });
  if (!l) return null;
  const uuids = l.members.map((m) => m.partyUuid);
  const [orgs, persons] = await Promise.all([
    db.organization.findMany({ where: { partyUuid: { in: uuids } }, select: { partyUuid: true, orgNo: true, name: true } }),
    db.person.findMany({ where: { partyUuid: { in: uuids } }, select: { partyUuid: true, name: true } }),
  ]);
  return {
    owner,
    identifier: l.identifier,
    name: l.name,
    description: l.description,
    version: l.version,
    members: l.members.length,
    resources: l.connections.length,
    memberList: l.members.map((m) => {
      const org = orgs.find((o) => o.partyUuid === m.partyUuid);
      return { partyUuid: m.partyUuid, orgNo: org?.orgNo ?? null, name: org?.name ?? persons.find((p) => p.partyUuid === m.partyUuid)?.name ?? "", since: m.since };
    }),
    connections: l.connections.map((c) => ({ resourceId: c.resourceId, actionFilters: c.actions as string[] })),
  };
}

/** The lists connected to a resource (for the resource's page). */
export async function listsConnectedTo(resourceId: string): Promise<{ owner: string; identifier: string; name: string; members: number; actionFilters: string[] }[]> {
  const rows = await db.accessListResourceConnection.findMany({
    where: { resourceId },
    orderBy: { list: { identifier: "asc" } },
    select: { actions: true, list: { select: { owner: true, identifier: true, name: true, _count: { select: { members: true } } } } },
  });
  return rows.map((r) => ({ owner: r.list.owner, identifier: r.list.identifier, name: r.list.name, members: r.list._count.members, actionFilters: r.actions as string[] }));
}
