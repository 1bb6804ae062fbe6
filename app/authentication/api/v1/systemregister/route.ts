import { withApi } from "@/lib/http/api";
import { listVisibleSystems } from "@/lib/registry/public";

export const dynamic = "force-dynamic";

// GET /authentication/api/v1/systemregister: the visible live systems (portal scope, as in Altinn).
export const GET = withApi(async () => Response.json(await listVisibleSystems()), { scope: "portal" });
