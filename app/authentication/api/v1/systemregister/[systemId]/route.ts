import { withApi } from "@/lib/http/api";
import { getSystemSummary } from "@/lib/registry/public";

// GET /authentication/api/v1/systemregister/{systemId}: one system as RegisteredSystemDTO (portal scope); 404 bare.
export const GET = withApi<{ systemId: string }>(async (_req, { params }) => Response.json(await getSystemSummary(params.systemId)), { scope: "portal" });
