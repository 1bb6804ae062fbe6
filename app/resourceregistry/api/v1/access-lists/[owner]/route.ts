import { listAccessLists } from "@/lib/access-lists/lists";
import { accessListActorFromToken as actor } from "@/lib/http/actors";
import { withApi } from "@/lib/http/api";

// GET /resourceregistry/api/v1/access-lists/{owner}?token=&include=&resource= : the owner's access
// lists, 20 a page (AccessListsController.GetAccessListsByOwner).
export const GET = withApi<{ owner: string }>(async (req, { params, token }) => {
  const q = new URL(req.url).searchParams;
  return Response.json(await listAccessLists(actor(token), params.owner, { token: q.get("token"), include: q.get("include"), resource: q.get("resource") }));
}, { scope: "accessListRead" });
