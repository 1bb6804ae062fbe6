// Paginated<T> of the vendor lists (`{ links: { next }, data }`, Altinn's Paginated.Create): a page of
// PaginationOptions.Size = 50 (src/Authentication/appsettings.json), `links.next` the absolute URL of the
// next page or null. The `token` is opaque: here the keyset position of the page's last row (requests:
// their id, as RequestRepository.GetAllRequestsBySystem orders `r.id ASC`; system users: their creation).
import { env } from "../env";
import { BindingProblem } from "../problems/problem";
import type { Paginated } from "./schema";

export const PAGE_SIZE = 50;

function writeToken(cursor: string[]): string {
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

/** null for the first page; ASP.NET's 400 binding problem for a token this server did not write (Opaque<T> fails to bind). */
export function readCursor(token: string | null, length: number): string[] | null {
  if (token === null || token === "") return null;
  try {
    const cursor = JSON.parse(Buffer.from(token, "base64url").toString("utf8")) as unknown;
    if (Array.isArray(cursor) && cursor.length === length && cursor.every((c) => typeof c === "string")) return cursor as string[];
  } catch {
    // fall through
  }
  throw new BindingProblem({ token: [`The value '${token}' is not valid.`] });
}

/** `rows` holds up to PAGE_SIZE + 1 rows: the extra one only says that there is a next page. */
export function paginate<R, T>(rows: R[], path: string, map: (r: R) => T, cursorOf: (r: R) => string[]): Paginated<T> {
  const page = rows.slice(0, PAGE_SIZE);
  const last = page[page.length - 1];
  const next = rows.length > PAGE_SIZE && last !== undefined ? `${env.baseUrl}${path}?token=${writeToken(cursorOf(last))}` : null;
  return { links: { next }, data: page.map(map) };
}
