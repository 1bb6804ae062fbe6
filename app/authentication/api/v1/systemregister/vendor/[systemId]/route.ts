import { readJson, withApi } from "@/lib/http/api";
import { vendorFromToken } from "@/lib/http/actors";
import { bind } from "@/lib/problems/bind";
import { systemInputSchema } from "@/lib/registry/schema";
import { deleteSystem, getSystem, updateSystem } from "@/lib/registry/systems";

type P = { systemId: string };
const scope = "systemRegisterWrite";

// GET /authentication/api/v1/systemregister/vendor/{systemId}: one of the vendor's systems.
export const GET = withApi<P>(async (_req, { token, params }) => Response.json(await getSystem(vendorFromToken(token), params.systemId)), { scope });

// PUT /authentication/api/v1/systemregister/vendor/{systemId}: replace the whole system.
export const PUT = withApi<P>(async (req, { token, params }) => {
  const input = bind(systemInputSchema, await readJson(req));
  await updateSystem(vendorFromToken(token), params.systemId, input);
  return Response.json({ succeeded: true });
}, { scope });

// DELETE /authentication/api/v1/systemregister/vendor/{systemId}: soft delete, releasing its client ids.
export const DELETE = withApi<P>(async (_req, { token, params }) => {
  await deleteSystem(vendorFromToken(token), params.systemId);
  return Response.json({ succeeded: true });
}, { scope });
