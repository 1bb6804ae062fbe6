import { serviceOwnerFromToken as tokenActor } from "@/lib/http/actors";
import { withApi } from "@/lib/http/api";
import { isMultipart, readFormFile } from "@/lib/http/form-file";
import { unsupportedMediaType } from "@/lib/http/media";
import { StatusAnswer } from "@/lib/problems/problem";
import { getPolicyFile, writePolicy } from "@/lib/resources/policy-store";

type P = { id: string };

// GET /resourceregistry/api/v1/resource/{id}/policy: the XACML file as stored (public). As
// ResourceController.GetPolicy: File(stream, "text/xml", "policy.xml"); NotFound with a string otherwise.
export const GET = withApi<P>(async (_req, { params }) => {
  const file = await getPolicyFile(params.id);
  if (file === "no-resource") throw new StatusAnswer(404, "Unable to find resource");
  if (file === "no-policy") throw new StatusAnswer(404, "Unable to find requested policy");
  return new Response(Buffer.from(file), {
    status: 200,
    headers: { "content-type": "text/xml", "content-disposition": "attachment; filename=policy.xml; filename*=UTF-8''policy.xml" },
  });
}, {});

// POST and PUT /resourceregistry/api/v1/resource/{id}/policy: store the policy, the multipart file field
// `policyFile` (competent authority only). As ResourceController.WritePolicy (both verbs):
// `Created(id + "/policy", null)`, an empty 201 whose Location is relative.
export const POST = withApi<P>(
  async (req, { params, token, traceId }) => {
    if (!isMultipart(req)) return unsupportedMediaType(traceId);
    const file = await readFormFile(req, "policyFile");
    if (!file) throw new StatusAnswer(400, "The policy file can not be null", true);
    await writePolicy(tokenActor(token), params.id, file);
    return new Response(null, { status: 201, headers: { location: `${params.id}/policy` } });
  },
  { scope: "resourceWrite" },
);

export const PUT = POST;
