import { readConditions } from "@/lib/access-lists/conditions";
import { getConnections } from "@/lib/access-lists/connections";
import { accessListActorFromToken as actor } from "@/lib/http/actors";
import { withApi } from "@/lib/http/api";
import { conditionalResponse } from "@/lib/http/conditional";

// GET .../access-lists/{owner}/{identifier}/resource-connections?token= (GetAccessListResourceConnections).
export const GET = withApi<{ owner: string; identifier: string }>(
  async (req, { params, token }) =>
    conditionalResponse(await getConnections(actor(token), params.owner, params.identifier, readConditions(req.headers), new URL(req.url).searchParams.get("token"))),
  { scope: "accessListRead" },
);
