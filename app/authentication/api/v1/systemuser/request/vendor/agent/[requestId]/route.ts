import { withApi } from "@/lib/http/api";
import { vendorFromToken } from "@/lib/http/actors";
import { getRequest } from "@/lib/requests/read";

// GET /authentication/api/v1/systemuser/request/vendor/agent/{requestId}: an agent request's status.
export const GET = withApi<{ requestId: string }>(
  async (_req, { token, params }) => Response.json(await getRequest(vendorFromToken(token), "agent", params.requestId)),
  { scope: "requestRead" },
);
