import { withApi } from "@/lib/http/api";
import { getSystemRights } from "@/lib/registry/public";

// GET /authentication/api/v1/systemregister/{systemId}/rights: the system's rights (portal scope); [] when unknown.
export const GET = withApi<{ systemId: string }>(async (_req, { params }) => Response.json(await getSystemRights(params.systemId)), { scope: "portal" });
