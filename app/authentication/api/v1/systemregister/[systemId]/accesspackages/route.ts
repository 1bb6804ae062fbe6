import { withApi } from "@/lib/http/api";
import { getSystemAccessPackages } from "@/lib/registry/public";

// GET /authentication/api/v1/systemregister/{systemId}/accesspackages: the system's access packages (portal scope); [] when unknown.
export const GET = withApi<{ systemId: string }>(async (_req, { params }) => Response.json(await getSystemAccessPackages(params.systemId)), { scope: "portal" });
