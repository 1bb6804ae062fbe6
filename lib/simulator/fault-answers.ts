// What each armed fault answers, at the place the real failure would show (see FAULTS in faults.ts). Each
// hook first asks the snapshot (a Map lookup): while nothing is armed, nothing is awaited.
import { OAuthError } from "../maskinporten/oauth-error";
import { faultArmed, takeFault } from "./faults";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const MAX_DELAY_MS = 60_000;

/**
 * POST /maskinporten/token: a slow answer, then perhaps a 5xx in the OAuth error format Maskinporten
 * documents (500 server_error; 503 temporarily_unavailable with Retry-After, RFC 6749 §4.1.2.1's codes).
 */
export async function tokenEndpointFault(): Promise<void> {
  if (faultArmed("maskinporten-token-slow")) {
    const slow = await takeFault("maskinporten-token-slow");
    if (slow) await sleep(Math.min(slow.delayMs, MAX_DELAY_MS));
  }
  if (faultArmed("maskinporten-token-error")) {
    const f = await takeFault("maskinporten-token-error");
    if (f?.status === 503) throw new OAuthError("temporarily_unavailable", "The service is temporarily unavailable. Please try again later.", 503, f.retryAfter);
    if (f) throw new OAuthError("server_error", "An internal error occurred. Please try again later.", f.status);
  }
}

/** MP-303 for a system-user grant (Maskinporten could not get the system user from Altinn). */
export async function mp303Fault(): Promise<boolean> {
  return faultArmed("maskinporten-mp303") && (await takeFault("maskinporten-mp303")) !== null;
}

/** GET /maskinporten/jwk: 503 while the fault holds. */
export async function jwksFault(): Promise<Response | null> {
  if (!faultArmed("maskinporten-jwks-unavailable")) return null;
  const f = await takeFault("maskinporten-jwks-unavailable");
  return f ? unavailable(f.retryAfter) : null;
}

/** The PDP's decision while a fault holds: Indeterminate or NotApplicable. */
export async function pdpFault(): Promise<"Indeterminate" | "NotApplicable" | null> {
  if (faultArmed("pdp-indeterminate") && (await takeFault("pdp-indeterminate"))) return "Indeterminate";
  if (faultArmed("pdp-notapplicable") && (await takeFault("pdp-notapplicable"))) return "NotApplicable";
  return null;
}

/** An Altinn API under the fault's path: API Management's 429, or 503, both with Retry-After. */
export async function altinnApiFault(url: string): Promise<Response | null> {
  if (!faultArmed("altinn-api-throttled") && !faultArmed("altinn-api-unavailable")) return null;
  const path = new URL(url).pathname;
  if (faultArmed("altinn-api-throttled", path)) {
    const f = await takeFault("altinn-api-throttled", path);
    if (f) {
      return Response.json(
        { statusCode: 429, message: `Rate limit is exceeded. Try again in ${f.retryAfter} seconds.` },
        { status: 429, headers: { "retry-after": String(f.retryAfter) } },
      );
    }
  }
  if (faultArmed("altinn-api-unavailable", path)) {
    const f = await takeFault("altinn-api-unavailable", path);
    if (f) return unavailable(f.retryAfter);
  }
  return null;
}

function unavailable(retryAfter: number): Response {
  return new Response("Service Unavailable", {
    status: 503,
    headers: { "content-type": "text/plain; charset=utf-8", "retry-after": String(retryAfter), "cache-control": "no-store" },
  });
}
