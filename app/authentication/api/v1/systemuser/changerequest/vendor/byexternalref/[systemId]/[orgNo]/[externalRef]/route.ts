import { withApi } from "@/lib/http/api";
import { vendorFromToken } from "@/lib/http/actors";
import { getChangeRequestByExternalRef } from "@/lib/changerequests/read";

type P = { systemId: string; orgNo: string; externalRef: string };

// GET /authentication/api/v1/systemuser/changerequest/vendor/byexternalref/{systemId}/{orgNo}/{externalRef}.
export const GET = withApi<P>(
  async (_req, { token, params }) => Response.json(await getChangeRequestByExternalRef(vendorFromToken(token), params.systemId, params.orgNo, params.externalRef)),
  { scope: "requestRead" },
);
