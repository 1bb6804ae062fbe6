// OAuth 2.0 error responses (RFC 6749 §5.2) for the Maskinporten simulator's token endpoint:
// { error, error_description } with Cache-Control: no-store. Never a problem+json envelope.

export type OAuthErrorCode =
  | "invalid_request"
  | "invalid_client"
  | "invalid_grant"
  | "unauthorized_client"
  | "unsupported_grant_type"
  | "invalid_scope"
  | "invalid_target"
  | "invalid_altinn_customer_configuration"
  | "server_error"
  | "temporarily_unavailable";

export class OAuthError extends Error {
  constructor(
    readonly error: OAuthErrorCode,
    readonly description: string,
    readonly status = error === "invalid_client" ? 401 : error === "server_error" ? 500 : 400,
    /** Seconds, sent as Retry-After (a 503). */
    readonly retryAfter?: number,
  ) {
    super(`${error}: ${description}`);
  }
}

export function oauthErrorResponse(e: OAuthError): Response {
  return Response.json(
    { error: e.error, error_description: e.description },
    {
      status: e.status,
      headers: { "cache-control": "no-store", pragma: "no-cache", ...(e.retryAfter !== undefined ? { "retry-after": String(e.retryAfter) } : {}) },
    },
  );
}
