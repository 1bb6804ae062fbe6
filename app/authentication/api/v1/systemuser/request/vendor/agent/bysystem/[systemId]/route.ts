import { withApi } from "@/lib/http/api";
import { vendorFromToken } from "@/lib/http/actors";
import { listRequestsBySystem } from "@/lib/requests/read";

// GET /authentication/api/v1/systemuser/request/vendor/agent/bysystem/{systemId}?token=: the system's agent requests, paginated.
export const GET = withApi<{ systemId: string }>(async (req, { token, params }) => {
  const page = new URL(req.url).searchParams.get("token");
  return Response.json(await listRequestsBySystem(vendorFromToken(token), "agent", params.systemId, page));
}, { scope: "requestRead" });
