import { serviceOwnerFromToken as tokenActor } from "@/lib/http/actors";
import { readJson, withApi } from "@/lib/http/api";
import { resourceBodyInvalid } from "@/lib/resources/errors";
import { parsePolicyInput } from "@/lib/resources/policy-input";
import { getPolicy, putPolicy } from "@/lib/resources/policy-store";

type P = { id: string };

// GET /resourceregistry/api/v1/resource/{id}/policy: the policy's rules as JSON (public).
export const GET = withApi<P>(async (_req, { params }) => Response.json(await getPolicy(params.id)), {});

// PUT /resourceregistry/api/v1/resource/{id}/policy: replace the policy (competent authority only).
export const PUT = withApi<P>(
  async (req, { params, token }) => Response.json(await putPolicy(tokenActor(token), params.id, parsePolicyInput(await readJson(req, resourceBodyInvalid)))),
  { scope: "resourceWrite" },
);

// POST /resourceregistry/api/v1/resource/{id}/policy: as PUT (the real registry accepts both).
export const POST = PUT;
