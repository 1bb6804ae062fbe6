// Continuation tokens of the access-list API: Opaque<T> (altinn-resource-registry Models/Opaque.cs) is
// base64url of the token's JSON. Lists page by identifier (20 a page, AccessListService
// SMALL_PAGE_SIZE); members and resource connections by party UUID / resource identifier (100 a page,
// LARGE_PAGE_SIZE) with the list's version in the token, so a list changed while paging answers 412.
import { env } from "../env";
import { BindingProblem } from "../problems/problem";

export const SMALL_PAGE_SIZE = 20;
export const LARGE_PAGE_SIZE = 100;

export const writeToken = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

function invalid(token: string): BindingProblem {
  return new BindingProblem({ token: [`The value '${token}' is not valid.`] });
}

function decode(token: string): unknown {
  try {
    return JSON.parse(Buffer.from(token, "base64url").toString("utf8"));
  } catch {
    return undefined;
  }
}

/** The identifier a page of lists continues from (Opaque<string>). */
export function readListToken(token: string | null): string | null {
  if (token === null || token === "") return null;
  const v = decode(token);
  if (typeof v !== "string") throw invalid(token);
  return v;
}

/** AccessListMembersContinuationToken / AccessListResourceConnectionContinuationToken. */
export function readVersionedToken(token: string | null): { version: number; from: string } | null {
  if (token === null || token === "") return null;
  const v = decode(token) as { Version?: unknown; ContinueFrom?: unknown } | undefined;
  if (!v || typeof v !== "object" || typeof v.Version !== "number" || typeof v.ContinueFrom !== "string") throw invalid(token);
  return { version: v.Version, from: v.ContinueFrom };
}

export const nextLink = (path: string, token: unknown) => `${env.baseUrl}${path}?token=${writeToken(token)}`;
