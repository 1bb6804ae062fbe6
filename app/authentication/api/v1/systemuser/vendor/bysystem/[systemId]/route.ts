import { withApi } from "@/lib/http/api";
import { vendorFromToken } from "@/lib/http/actors";
import { listSystemUsersBySystem } from "@/lib/requests/system-users";

// GET /authentication/api/v1/systemuser/vendor/bysystem/{systemId}?token=: the system's live system users, paginated.
export const GET = withApi<{ systemId: string }>(async (req, { token, params }) => {
  const page = new URL(req.url).searchParams.get("token");
  return Response.json(await listSystemUsersBySystem(vendorFromToken(token), params.systemId, page));
}, { scope: "systemRegisterWrite" });
