import { withApi } from "@/lib/http/api";
import { vendorFromToken } from "@/lib/http/actors";
import { listChangeRequestsBySystem } from "@/lib/changerequests/read";

type P = { systemId: string };

// GET /authentication/api/v1/systemuser/changerequest/vendor/bysystem/{systemId}?token=: Paginated<ChangeRequestResponse>.
export const GET = withApi<P>(
  async (req, { token, params }) => Response.json(await listChangeRequestsBySystem(vendorFromToken(token), params.systemId, new URL(req.url).searchParams.get("token"))),
  { scope: "requestRead" },
);
