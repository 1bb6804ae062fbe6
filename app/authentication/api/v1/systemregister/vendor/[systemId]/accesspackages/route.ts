import { readJson, withApi } from "@/lib/http/api";
import { vendorFromToken } from "@/lib/http/actors";
import { bind } from "@/lib/problems/bind";
import { packagesSchema } from "@/lib/registry/schema";
import { updateAccessPackages } from "@/lib/registry/systems";

// PUT /authentication/api/v1/systemregister/vendor/{systemId}/accesspackages: replace the system's access packages.
export const PUT = withApi<{ systemId: string }>(async (req, { token, params }) => {
  await updateAccessPackages(vendorFromToken(token), params.systemId, bind(packagesSchema, await readJson(req)));
  return Response.json({ succeeded: true });
}, { scope: "systemRegisterWrite" });
