import { readConditions } from "@/lib/access-lists/conditions";
import { changeMembers, getMembers, parseMembersBody, type MemberChange } from "@/lib/access-lists/members";
import { authorizeOwner } from "@/lib/access-lists/owner";
import { accessListActorFromToken as actor } from "@/lib/http/actors";
import { withApi } from "@/lib/http/api";
import { conditionalResponse, consumesJson, readJson, unsupportedMediaType } from "@/lib/http/conditional";

type P = { owner: string; identifier: string };

// GET .../access-lists/{owner}/{identifier}/members?token= : 100 a page (GetAccessListMembers).
export const GET = withApi<P>(
  async (req, { params, token }) =>
    conditionalResponse(await getMembers(actor(token), params.owner, params.identifier, readConditions(req.headers), new URL(req.url).searchParams.get("token"))),
  { scope: "accessListRead" },
);

// PUT replaces, POST adds, DELETE removes members `{ "data": [PartyUrn, ...] }` (at most 100).
const change = (mode: MemberChange) =>
  withApi<P>(
    async (req, { params, token, traceId }) => {
    await authorizeOwner(actor(token), params.owner);
      if (!consumesJson(req)) return unsupportedMediaType(traceId);
      const refs = parseMembersBody(await readJson(req));
      return conditionalResponse(await changeMembers(actor(token), params.owner, params.identifier, mode, refs, readConditions(req.headers)));
    },
    { scope: "accessListWrite" },
  );

export const PUT = change("replace");
export const POST = change("add");
export const DELETE = change("remove");
