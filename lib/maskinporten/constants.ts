// Numbers of the real Maskinporten (reference §6).

/** Lifetime of issued access tokens (the examples in Digdir's documentation use 120 s). */
export const ACCESS_TOKEN_LIFETIME_SECONDS = 120;
/** A grant's exp - iat may not exceed this. */
export const MAX_GRANT_LIFETIME_SECONDS = 120;
/** Allowed clock skew for a grant's iat. */
export const CLOCK_SKEW_SECONDS = 10;
export const GRANT_TYPE_JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer";
export const SYSTEMUSER_DETAILS_TYPE = "urn:altinn:systemuser";
export const GRANT_ALGS = ["RS256", "RS384", "RS512"] as const;
