// GET /simulator/api/token/person?pid=<11 digits>&scopes=<a,b>: an Altinn token for a person of the cast,
// as Altinn's test token generator gives one (the token as plain text). A simulator test feature: absent
// (404) when SIMULATOR_TEST_FEATURES=off.
import { env } from "@/lib/env";
import { errorResponse } from "@/lib/http/api";
import { parseScopes, personToken } from "@/lib/altinn-token/person";

export const dynamic = "force-dynamic";

export async function GET(req: Request): Promise<Response> {
  if (!env.testFeatures) return new Response(null, { status: 404 });
  const query = new URL(req.url).searchParams;
  try {
    const { token } = await personToken(query.get("pid") ?? "", parseScopes(query.get("scopes")));
    return new Response(token, { headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
  } catch (e) {
    return errorResponse(e, crypto.randomUUID().replaceAll("-", ""));
  }
}
