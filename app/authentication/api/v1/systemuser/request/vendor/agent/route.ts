import { readJson, withApi } from "@/lib/http/api";
import { bind } from "@/lib/problems/bind";
import { vendorFromToken } from "@/lib/http/actors";
import { createdResponse } from "@/lib/requests/api";
import { createRequest } from "@/lib/requests/create";
import { agentRequestSchema } from "@/lib/requests/schema";

// POST /authentication/api/v1/systemuser/request/vendor/agent: ask a facilitator for an agent system user.
export const POST = withApi(async (req, { token }) => {
  const input = bind(agentRequestSchema, await readJson(req));
  return createdResponse(await createRequest(vendorFromToken(token), { ...input, kind: "agent" }));
}, { scope: "requestWrite" });
