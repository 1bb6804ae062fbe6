import { withApi } from "@/lib/http/api";
import { listResources } from "@/lib/resources/resources";

// GET /resourceregistry/api/v1/resource/resourcelist: every resource (public, no token).
export const GET = withApi(async () => Response.json(await listResources()), {});
