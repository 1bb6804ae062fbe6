import { withApi } from "@/lib/http/api";
import { listVisibleSystems } from "@/lib/registry/public";

export const dynamic = "force-dynamic";

// GET /authentication/api/v1/systemregister: the visible systems end users can pick (public, no token).
export const GET = withApi(async () => Response.json(await listVisibleSystems()), {});
