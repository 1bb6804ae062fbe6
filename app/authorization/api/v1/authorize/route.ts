import { readJson, withApi } from "@/lib/http/api";
import { authorize } from "@/lib/pdp/authorize";

// POST /authorization/api/v1/authorize (DecisionController.AuthorizeExternal): the PDP's decisions for a
// XACML 3.0 JSON request, scope authorize or authorize.admin. A body that is not JSON or does not bind to
// the request model is ASP.NET's 400; faults inside the request are 200 with an Indeterminate result.
export const POST = withApi(
  async (req, { token }) => Response.json(await authorize(await readJson(req), `client:${token.clientId}`)),
  { scope: "authorize" },
);
