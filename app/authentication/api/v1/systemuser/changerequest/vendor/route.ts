import { readJson, withApi } from "@/lib/http/api";
import { vendorFromToken } from "@/lib/http/actors";
import { bind } from "@/lib/problems/bind";
import { changeCreatedResponse, guidQuery } from "@/lib/changerequests/api";
import { createChangeRequest } from "@/lib/changerequests/create";
import { changeRequestSchema } from "@/lib/changerequests/schema";

// POST /authentication/api/v1/systemuser/changerequest/vendor?correlation-id=&system-user-id=: ask a
// system user's owner to change its rights and packages.
export const POST = withApi(async (req, { token }) => {
  const url = new URL(req.url);
  const correlationId = guidQuery(url, "correlation-id");
  const systemUserId = guidQuery(url, "system-user-id");
  const input = bind(changeRequestSchema, await readJson(req));
  return changeCreatedResponse(await createChangeRequest(vendorFromToken(token), correlationId, systemUserId, input));
}, { scope: "requestWrite" });
