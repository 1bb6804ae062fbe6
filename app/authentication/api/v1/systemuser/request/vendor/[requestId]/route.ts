import { withApi } from "@/lib/http/api";
import { vendorFromToken } from "@/lib/http/actors";
import { deleteRequest, getRequest } from "@/lib/requests/read";

type P = { requestId: string };

// GET /authentication/api/v1/systemuser/request/vendor/{requestId}: a standard request's status.
export const GET = withApi<P>(async (_req, { token, params }) => Response.json(await getRequest(vendorFromToken(token), "standard", params.requestId)), { scope: "requestRead" });

// DELETE /authentication/api/v1/systemuser/request/vendor/{requestId}: withdraw a standard or agent request; 202.
export const DELETE = withApi<P>(async (_req, { token, params }) => {
  await deleteRequest(vendorFromToken(token), params.requestId);
  return new Response(null, { status: 202 });
}, { scope: "requestWrite" });
