// What the request routes share: the answer of a create (201 with Location, or 200 for an identical live request).
import { requestLocation } from "./mapping";
import type { CreatedRequest } from "./create";
import type { RequestKind } from "./schema";


export function createdResponse(kind: RequestKind, result: CreatedRequest): Response {
  if (!result.created) return Response.json(result.request, { status: 200 });
  return Response.json(result.request, { status: 201, headers: { location: requestLocation(kind, result.request.id) } });
}
