// Maskinporten token endpoint (JWT-bearer grant → access token, reference §6); OAuth error JSON on refusal.
import { recorded } from "@/lib/exchanges/inbound";
import { OAuthError, oauthErrorResponse } from "@/lib/maskinporten/oauth-error";
import { readTokenRequest, requestToken } from "@/lib/maskinporten/token-endpoint";

export const dynamic = "force-dynamic";

// POST /maskinporten/token: form body grant_type + assertion.
export const POST = recorded(async (req: Request): Promise<Response> => {
  try {
    const body = await requestToken(await readTokenRequest(req));
    return Response.json(body, { headers: { "cache-control": "no-store", pragma: "no-cache" } });
  } catch (e) {
    if (e instanceof OAuthError) return oauthErrorResponse(e);
    console.error("[maskinporten/token]", e);
    return oauthErrorResponse(new OAuthError("server_error", "An error occurred while processing the token request."));
  }
});
