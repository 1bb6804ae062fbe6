// The two paged collections of an access list, members (by party UUID) and resource connections (by
// resource identifier): 100 a page in key order, the list's version in the continuation token, so that a
// list changed while paging answers 412 (AccessListService.cs GetAccessListMembers /
// GetAccessListResourceConnections). One reader for both; each collection says where its rows are.
import { db } from "../db";
import { validate, withVersion, type Conditions } from "./conditions";
import { authorizeOwner, type AccessListActor } from "./owner";
import { LARGE_PAGE_SIZE, nextLink, readVersionedToken } from "./paging";
import { FAILED, NOT_FOUND, ok, type Conditional, type Paginated } from "./result";

export interface ListCollection<Row, Dto> {
  /** The last path segment of the collection (`members`, `resource-connections`), for the next link. */
  segment: string;
  /** Up to `take` of the list's rows after `from` (null: from the first), in key order. */
  rows: (listId: string, from: string | null, take: number) => Promise<Row[]>;
  key: (row: Row) => string;
  dtos: (rows: Row[]) => Dto[] | Promise<Dto[]>;
}

interface ListRef {
  id: string;
  owner: string;
  identifier: string;
}

/** One page of the collection after `from`, its next link carrying `version`. */
export async function collectionPage<Row, Dto>(c: ListCollection<Row, Dto>, list: ListRef, version: number, from: string | null): Promise<Paginated<Dto>> {
  const rows = await c.rows(list.id, from, LARGE_PAGE_SIZE + 1);
  const shown = rows.slice(0, LARGE_PAGE_SIZE);
  const last = shown[shown.length - 1];
  const path = `/resourceregistry/api/v1/access-lists/${list.owner}/${encodeURIComponent(list.identifier)}/${c.segment}`;
  const next = rows.length > LARGE_PAGE_SIZE && last ? nextLink(path, { Version: version, ContinueFrom: c.key(last) }) : null;
  return { links: { next }, data: await c.dtos(shown) };
}

/** GET .../{collection}?token= : the owner's right, then the list; a token of an older version answers 412. */
export async function getCollectionPage<Row, Dto>(
  c: ListCollection<Row, Dto>,
  actor: AccessListActor,
  ownerParam: string,
  identifier: string,
  cond: Conditions,
  token: string | null,
): Promise<Conditional<Paginated<Dto>>> {
  const owner = await authorizeOwner(actor, ownerParam);
  const t = readVersionedToken(token);
  const l = await db.accessList.findUnique({ where: { owner_identifier: { owner, identifier } } });
  if (!l) return NOT_FOUND;
  const v = validate(withVersion(cond, t?.version), l, true);
  if (v === "failed") return FAILED;
  if (v === "unmodified") return { kind: "unmodified", version: l.version, updatedAt: l.updatedAt };
  return ok(await collectionPage(c, { id: l.id, owner, identifier }, l.version, t?.from ?? null), l);
}
