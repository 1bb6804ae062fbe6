import { withApi } from "@/lib/http/api";
import { StatusAnswer } from "@/lib/problems/problem";
import { readPolicy } from "@/lib/resources/policy-store";
import { flattenRules } from "@/lib/resources/xacml-views";

// GET /resourceregistry/api/v1/resource/{id}/policy/rules: PolicyRuleDTO[], one per subject × action ×
// resource of each rule (ResourceController.GetFlattenRules, public); no policy is a bare 404.
export const GET = withApi<{ id: string }>(async (_req, { params }) => {
  const policy = await readPolicy(params.id);
  if (!policy) throw new StatusAnswer(404);
  return Response.json(flattenRules(policy));
}, {});
