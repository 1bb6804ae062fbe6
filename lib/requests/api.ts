// What the request routes share: the answer of a create (201 with Location, or 200 with the triple's existing request).
import { requestLocation } from "./mapping";
import type { CreatedRequest } from "./create";

export function createdResponse(result: CreatedRequest): Response {
  if (!result.created) return Response.json(result.request, { status: 200 });
  return Response.json(result.request, { status: 201, headers: { location: requestLocation(result.request.id) } });
}
