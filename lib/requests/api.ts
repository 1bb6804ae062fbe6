// What the request routes share: the scopes (writes need .write; reads accept .read or .write) and the
// answer of a create (201 with Location, or 200 for an identical live request).
import { VENDOR_SCOPES } from "../registry/actor";
import { requestLocation } from "./mapping";
import type { CreatedRequest } from "./create";
import type { RequestKind } from "./schema";

export const REQUEST_WRITE = VENDOR_SCOPES.requestWrite;
export const REQUEST_READ = [VENDOR_SCOPES.requestRead, VENDOR_SCOPES.requestWrite];
/** Altinn guards the vendor's system-user lists with the System Register scope; the request scopes also work here. */
export const SYSTEMUSER_READ = [VENDOR_SCOPES.systemregisterWrite, VENDOR_SCOPES.requestRead, VENDOR_SCOPES.requestWrite];

export function createdResponse(kind: RequestKind, result: CreatedRequest): Response {
  if (!result.created) return Response.json(result.request, { status: 200 });
  return Response.json(result.request, { status: 201, headers: { location: requestLocation(kind, result.request.id) } });
}
