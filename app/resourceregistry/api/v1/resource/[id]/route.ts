import { serviceOwnerFromToken as tokenActor } from "@/lib/http/actors";
import { readJson, withApi } from "@/lib/http/api";
import { resourceBodyInvalid } from "@/lib/resources/errors";
import { parseResourceInput } from "@/lib/resources/resource-input";
import { checkPutTarget, deleteResource, getResource, updateResource } from "@/lib/resources/resources";

type P = { id: string };

// GET /resourceregistry/api/v1/resource/{id}: one resource (public); unknown is a bare 404.
export const GET = withApi<P>(async (_req, { params }) => Response.json(await getResource(params.id)), {});

// PUT /resourceregistry/api/v1/resource/{id}: replace the resource (competent authority only); 200, empty.
export const PUT = withApi<P>(
  async (req, { params, token }) => {
    const body = await readJson(req, resourceBodyInvalid);
    await checkPutTarget(params.id, body);
    await updateResource(tokenActor(token), params.id, parseResourceInput(body));
    return new Response(null, { status: 200 });
  },
  { scope: "resourceWrite" },
);

// DELETE /resourceregistry/api/v1/resource/{id}: delete an unused resource (competent authority only).
export const DELETE = withApi<P>(
  async (_req, { params, token }) => {
    await deleteResource(tokenActor(token), params.id);
    return new Response(null, { status: 204 });
  },
  { scope: "resourceWrite" },
);
