// Keyset pagination of the vendor lists (`{ links: { next }, data }`): oldest first, and the opaque
// `token` of links.next names the last row of the page, so rows added meanwhile are neither lost nor repeated.
import { env } from "../env";
import { Problem } from "../problems/problem";
import type { Paginated } from "./schema";

/** Requests and system users are listed 20 to a page (Altinn does not document its page size). */
export const PAGE_SIZE = 20;

export interface PageToken {
  created: Date;
  id: string;
}

export function writeToken(row: PageToken): string {
  return Buffer.from(JSON.stringify([row.created.toISOString(), row.id])).toString("base64url");
}

/** null for the first page; 400 for a token this server did not write. */
export function readPage(token: string | null): PageToken | null {
  if (token === null || token === "") return null;
  try {
    const [created, id] = JSON.parse(Buffer.from(token, "base64url").toString("utf8")) as unknown[];
    const date = typeof created === "string" ? new Date(created) : null;
    if (date && !Number.isNaN(date.getTime()) && typeof id === "string") return { created: date, id };
  } catch {
    // fall through
  }
  throw new Problem(400, "AUTH.VLD-00000", "One or more validation errors occurred.", "The continuation token is not valid.", [
    { code: "AUTH.VLD-00000", detail: "The continuation token is not valid.", paths: ["/token"] },
  ]);
}

/** Rows after the token in (created, id) order. */
export function pageWhere(after: PageToken | null) {
  if (!after) return {};
  return { OR: [{ created: { gt: after.created } }, { created: after.created, id: { gt: after.id } }] };
}

/** `rows` holds up to PAGE_SIZE + 1 rows: the extra one only says that there is a next page. */
export function paginate<R extends PageToken, T>(rows: R[], path: string, map: (r: R) => T): Paginated<T> {
  const page = rows.slice(0, PAGE_SIZE);
  const last = page[page.length - 1];
  const next = rows.length > PAGE_SIZE && last ? `${env.baseUrl}${path}?token=${writeToken(last)}` : null;
  return { links: { next }, data: page.map(map) };
}
