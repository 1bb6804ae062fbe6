import { readJson, withApi } from "@/lib/http/api";
import { vendorFromToken } from "@/lib/http/actors";
import { bind } from "@/lib/problems/bind";
import { rightsSchema } from "@/lib/registry/schema";
import { updateRights } from "@/lib/registry/systems";

// PUT /authentication/api/v1/systemregister/vendor/{systemId}/rights: replace the system's rights.
export const PUT = withApi<{ systemId: string }>(async (req, { token, params }) => {
  await updateRights(vendorFromToken(token), params.systemId, bind(rightsSchema, await readJson(req)));
  return Response.json({ succeeded: true });
}, { scope: "systemRegisterWrite" });
