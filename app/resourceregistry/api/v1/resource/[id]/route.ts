import { serviceOwnerFromToken as tokenActor } from "@/lib/http/actors";
import { readJson, withApi } from "@/lib/http/api";
import { resourceBodyInvalid } from "@/lib/resources/errors";
import { parseResourceInput } from "@/lib/resources/resource-input";
import { deleteResource, getResource, updateResource } from "@/lib/resources/resources";

type P = { id: string };

// GET /resourceregistry/api/v1/resource/{id}: one resource (public).
export const GET = withApi<P>(async (_req, { params }) => Response.json(await getResource(params.id)), {});

// PUT /resourceregistry/api/v1/resource/{id}: replace the resource (competent authority only).
export const PUT = withApi<P>(
  async (req, { params, token }) => Response.json(await updateResource(tokenActor(token), params.id, parseResourceInput(await readJson(req, resourceBodyInvalid)))),
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
