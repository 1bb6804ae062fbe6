import { readConditions } from "@/lib/access-lists/conditions";
import { deleteAccessList, getAccessList, parseListBody, upsertAccessList } from "@/lib/access-lists/lists";
import { authorizeOwner } from "@/lib/access-lists/owner";
import { accessListActorFromToken as actor } from "@/lib/http/actors";
import { withApi } from "@/lib/http/api";
import { conditionalResponse, consumesJson, readJson, unsupportedMediaType } from "@/lib/http/conditional";

type P = { owner: string; identifier: string };

// GET .../access-lists/{owner}/{identifier}?include= : one list (AccessListsController.GetAccessList).
export const GET = withApi<P>(
  async (req, { params, token }) =>
    conditionalResponse(await getAccessList(actor(token), params.owner, params.identifier, readConditions(req.headers), new URL(req.url).searchParams.get("include"))),
  { scope: "accessListRead" },
);

// PUT .../access-lists/{owner}/{identifier} `{ name, description }`: create or update (UpsertAccessList).
export const PUT = withApi<P>(
  async (req, { params, token, traceId }) => {
    await authorizeOwner(actor(token), params.owner);
    if (!consumesJson(req)) return unsupportedMediaType(traceId);
    const body = parseListBody(await readJson(req));
    return conditionalResponse(await upsertAccessList(actor(token), params.owner, params.identifier, body, readConditions(req.headers)));
  },
  { scope: "accessListWrite" },
);

// PATCH .../access-lists/{owner}/{identifier}: not implemented in Altinn either (NotImplementedException
// turned into 501 by [NotImplementedFilter]); [Consumes("application/json-patch+json")].
export const PATCH = withApi<P>(
  async (req, { params, token, traceId }) => {
    await authorizeOwner(actor(token), params.owner);
    if ((req.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase() !== "application/json-patch+json") return unsupportedMediaType(traceId);
    return new Response(null, { status: 501 });
  },
  { scope: "accessListWrite" },
);

// DELETE .../access-lists/{owner}/{identifier}: 200 with the deleted list, 204 when there is none.
export const DELETE = withApi<P>(
  async (req, { params, token }) => conditionalResponse(await deleteAccessList(actor(token), params.owner, params.identifier, readConditions(req.headers))),
  { scope: "accessListWrite" },
);
