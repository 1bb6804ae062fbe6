import { serviceOwnerFromToken as tokenActor } from "@/lib/http/actors";
import { readJson, withApi } from "@/lib/http/api";
import { resourceBodyInvalid } from "@/lib/resources/errors";
import { parseResourceInput } from "@/lib/resources/resource-input";
import { createResource } from "@/lib/resources/resources";

// POST /resourceregistry/api/v1/resource: register a resource of the caller's organisation. As
// ResourceController.Post: `Created("/resourceregistry/api/v1/resource/" + id, null)`, an empty 201.
export const POST = withApi(
  async (req, { token }) => {
    const input = parseResourceInput(await readJson(req, resourceBodyInvalid));
    await createResource(tokenActor(token), input);
    return new Response(null, { status: 201, headers: { location: `/resourceregistry/api/v1/resource/${input.identifier}` } });
  },
  { scope: "resourceWrite" },
);
