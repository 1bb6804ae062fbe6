// GET /simulator/api/token/person?pid=<11 digits>&scopes=<a,b>: an Altinn token for a person of the cast,
// as Altinn's test token generator gives one (the token as plain text). A control call: absent (404) when
// SIMULATOR_TEST_FEATURES=off, and audited (who it was issued for, never the token).
import { withControl } from "@/lib/simulator/control";
import { parseScopes, personToken } from "@/lib/altinn-token/person";

export const dynamic = "force-dynamic";

export const GET = withControl("token.person", async (req, _params, details) => {
  const query = new URL(req.url).searchParams;
  Object.assign(details, { pid: query.get("pid"), scopes: query.get("scopes") });
  const { token } = await personToken(query.get("pid") ?? "", parseScopes(query.get("scopes")));
  return new Response(token, { headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
});
