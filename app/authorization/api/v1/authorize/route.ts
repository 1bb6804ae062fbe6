import { readJson, withApi } from "@/lib/http/api";
import { authorize } from "@/lib/pdp/authorize";

// POST /authorization/api/v1/authorize: the PDP's decisions for a XACML 3.0 JSON request (reference §7).
// Malformed XACML is answered 200 with Indeterminate results, as XACML does; a body that is not JSON is 400.
export const POST = withApi(
  async (req, { token }) => Response.json(await authorize(await readJson(req), `client:${token.clientId}`)),
  { scope: "authorize" },
);
