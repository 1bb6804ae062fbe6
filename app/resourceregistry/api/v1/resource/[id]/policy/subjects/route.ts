import { withApi } from "@/lib/http/api";
import { StatusAnswer } from "@/lib/problems/problem";
import { readPolicy } from "@/lib/resources/policy-store";
import { policySubjects } from "@/lib/resources/xacml-views";

// GET /resourceregistry/api/v1/resource/{id}/policy/subjects: Paginated<AttributeMatchV2> of the subjects
// the policy names (ResourceController.FindSubjectsInPolicy, public); none is a bare 404. `links.next`
// is null, which the registry's JSON options (WhenWritingNull) leave out: `links` is `{}`.
export const GET = withApi<{ id: string }>(async (_req, { params }) => {
  const policy = await readPolicy(params.id);
  const subjects = policy ? policySubjects(policy) : [];
  if (!subjects.length) throw new StatusAnswer(404);
  return Response.json({ links: {}, data: subjects });
}, {});
