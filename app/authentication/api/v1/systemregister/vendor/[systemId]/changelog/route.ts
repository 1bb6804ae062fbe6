import { withApi } from "@/lib/http/api";
import { vendorFromToken } from "@/lib/http/actors";
import { getChangelog } from "@/lib/registry/systems";

// GET /authentication/api/v1/systemregister/vendor/{systemId}/changelog: the system's changes, newest first.
export const GET = withApi<{ systemId: string }>(
  async (_req, { token, params }) => Response.json(await getChangelog(vendorFromToken(token), params.systemId)),
  { scope: "systemRegisterWrite" },
);
