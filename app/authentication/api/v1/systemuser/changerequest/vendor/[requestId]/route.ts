import { withApi } from "@/lib/http/api";
import { vendorFromToken } from "@/lib/http/actors";
import { deleteChangeRequest, getChangeRequest } from "@/lib/changerequests/read";

type P = { requestId: string };

// GET /authentication/api/v1/systemuser/changerequest/vendor/{requestId}: a change request's status.
export const GET = withApi<P>(async (_req, { token, params }) => Response.json(await getChangeRequest(vendorFromToken(token), params.requestId)), { scope: "requestRead" });

// DELETE /authentication/api/v1/systemuser/changerequest/vendor/{requestId}: withdraw it; 202.
export const DELETE = withApi<P>(async (_req, { token, params }) => {
  await deleteChangeRequest(vendorFromToken(token), params.requestId);
  return new Response(null, { status: 202 });
}, { scope: "requestWrite" });
