import { env } from "@/lib/env";
import { serviceOwnerFromToken as tokenActor } from "@/lib/http/actors";
import { readJson, withApi } from "@/lib/http/api";
import { resourceBodyInvalid } from "@/lib/resources/errors";
import { parseResourceInput } from "@/lib/resources/resource-input";
import { createResource } from "@/lib/resources/resources";


// POST /resourceregistry/api/v1/resource: register a resource of the caller's organisation.
export const POST = withApi(
  async (req, { token }) => {
    const resource = await createResource(tokenActor(token), parseResourceInput(await readJson(req, resourceBodyInvalid)));
    const location = `${env.baseUrl}/resourceregistry/api/v1/resource/${encodeURIComponent(resource.identifier)}`;
    return Response.json(resource, { status: 201, headers: { location } });
  },
  { scope: "resourceWrite" },
);
