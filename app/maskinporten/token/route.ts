// Maskinporten token endpoint (JWT-bearer grant → access token, reference §6); OAuth error JSON on refusal.
import { OAuthError, oauthErrorResponse } from "@/lib/http/oauth-error";
import { requestToken } from "@/lib/maskinporten/token-endpoint";

export const dynamic = "force-dynamic";

// POST /maskinporten/token: form body grant_type + assertion.
export async function POST(req: Request): Promise<Response> {
  try {
    // RFC 6749 §4.1.3/§3.2: parameters are application/x-www-form-urlencoded, never JSON.
    if (!(req.headers.get("content-type") ?? "").toLowerCase().startsWith("application/x-www-form-urlencoded")) {
      throw new OAuthError("invalid_request", "Send the token request as application/x-www-form-urlencoded.");
    }
    const form = new URLSearchParams(await req.text());
    // RFC 6749 §3.2: a parameter must not be sent more than once.
    for (const name of ["grant_type", "assertion"]) {
      if (form.getAll(name).length > 1) throw new OAuthError("invalid_request", `${name} is repeated.`);
    }
    const body = await requestToken({ grantType: form.get("grant_type"), assertion: form.get("assertion") });
    return Response.json(body, { headers: { "cache-control": "no-store", pragma: "no-cache" } });
  } catch (e) {
    if (e instanceof OAuthError) return oauthErrorResponse(e);
    console.error("[maskinporten/token]", e);
    return oauthErrorResponse(new OAuthError("server_error", "An error occurred while processing the token request."));
  }
}
