// HTTP glue of the change-request create: the two Guid query parameters as ASP.NET binds them (absent =
// Guid.Empty; not a Guid = the 400 binding problem), and the answer (201 with Location, or 200).
import { BindingProblem } from "../problems/problem";
import type { ChangeResult } from "./create";
import { changeLocation } from "./mapping";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EMPTY = "00000000-0000-0000-0000-000000000000";

export function guidQuery(url: URL, name: string): string {
  const v = url.searchParams.get(name);
  if (v === null || v === "") return EMPTY;
  if (!UUID.test(v)) throw new BindingProblem({ [name]: [`The value '${v}' is not valid.`] });
  return v.toLowerCase();
}

export function changeCreatedResponse(result: ChangeResult): Response {
  if (!result.created) return Response.json(result.request, { status: 200 });
  return Response.json(result.request, { status: 201, headers: { location: changeLocation(result.request.id) } });
}
