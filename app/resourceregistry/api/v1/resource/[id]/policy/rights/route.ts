import { withApi } from "@/lib/http/api";
import { StatusAnswer } from "@/lib/problems/problem";
import { readPolicy } from "@/lib/resources/policy-store";
import { policyRights } from "@/lib/resources/xacml-views";

// GET /resourceregistry/api/v1/resource/{id}/policy/rights: PolicyRightsDTO[], the rules grouped by right
// (action + resource) with the subjects granted it (ResourceController.GetRights, public); no policy is
// a bare 404.
export const GET = withApi<{ id: string }>(async (_req, { params }) => {
  const policy = await readPolicy(params.id);
  if (!policy) throw new StatusAnswer(404);
  return Response.json(policyRights(policy));
}, {});
