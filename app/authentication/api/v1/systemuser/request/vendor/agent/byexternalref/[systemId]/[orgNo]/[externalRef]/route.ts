import { withApi } from "@/lib/http/api";
import { vendorFromToken } from "@/lib/http/actors";
import { getRequestByExternalRef } from "@/lib/requests/read";

type P = { systemId: string; orgNo: string; externalRef: string };

// GET /authentication/api/v1/systemuser/request/vendor/agent/byexternalref/{systemId}/{orgNo}/{externalRef}: the newest agent request with the triple.
export const GET = withApi<P>(
  async (_req, { token, params }) =>
    Response.json(await getRequestByExternalRef(vendorFromToken(token), "agent", params.systemId, params.orgNo, params.externalRef)),
  { scope: "requestRead" },
);
