import { readConditions } from "@/lib/access-lists/conditions";
import { deleteConnection, parseConnectionBody, upsertConnection } from "@/lib/access-lists/connections";
import { authorizeOwner } from "@/lib/access-lists/owner";
import { accessListActorFromToken as actor } from "@/lib/http/actors";
import { withApi } from "@/lib/http/api";
import { conditionalResponse, consumesJson, readJson, unsupportedMediaType } from "@/lib/http/conditional";

type P = { owner: string; identifier: string; resourceIdentifier: string };

// PUT .../resource-connections/{resourceIdentifier} `{ actionFilters?: string[] }`: connect the list to
// one of the caller's resources, or change its action filters (UpsertAccessListResourceConnection).
export const PUT = withApi<P>(
  async (req, { params, token, traceId }) => {
    await authorizeOwner(actor(token), params.owner);
    if (!consumesJson(req)) return unsupportedMediaType(traceId);
    const actions = parseConnectionBody(await readJson(req));
    return conditionalResponse(await upsertConnection(actor(token), params.owner, params.identifier, params.resourceIdentifier, actions, readConditions(req.headers)));
  },
  { scope: "accessListWrite" },
);

// DELETE .../resource-connections/{resourceIdentifier}: 200 with the removed connection, 204 when none.
export const DELETE = withApi<P>(
  async (req, { params, token }) =>
    conditionalResponse(await deleteConnection(actor(token), params.owner, params.identifier, params.resourceIdentifier, readConditions(req.headers))),
  { scope: "accessListWrite" },
);
