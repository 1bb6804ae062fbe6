// The pure checks of a JWT grant at the token endpoint (reference §6; Digdir's "JWT grant" page;
// RFC 7523 §3), one rule each, run in order by token-endpoint.ts. Each returns the value it vouches for
// or throws the OAuthError the client sees. No I/O: the clock is an argument.
import { OAuthError } from "./oauth-error";
import { isValidOrgNo, parseIso6523OrgId } from "../identifiers/orgno";
import { CLOCK_SKEW_SECONDS, GRANT_ALGS, MAX_GRANT_LIFETIME_SECONDS, SYSTEMUSER_DETAILS_TYPE } from "./constants";

export type GrantHeader = Record<string, unknown>;
export type GrantClaims = Record<string, unknown>;
export type GrantAlg = (typeof GRANT_ALGS)[number];

/** MP-100 is the real Maskinporten's id for "Invalid assertion. Client authentication failed." */
export const invalidAssertion = (reason: string) =>
  new OAuthError("invalid_grant", `MP-100: Invalid assertion. Client authentication failed. ${reason}`);

/** Only RSA signatures (RS256/384/512). Runs before any key lookup, so `none` and HS* never reach a key. */
export function checkAlg(header: GrantHeader): GrantAlg {
  const alg = header.alg;
  if (typeof alg === "string" && (GRANT_ALGS as readonly string[]).includes(alg)) return alg as GrantAlg;
  throw invalidAssertion(`Unsupported JWT alg ${quote(alg)}: use one of ${GRANT_ALGS.join(", ")}.`);
}

/**
 * The grant names its key by `kid`. Real Maskinporten also accepts an `x5c` business certificate; the
 * simulator has no certificate authority, so x5c is refused with a clear description (documented).
 */
export function checkKeyReference(header: GrantHeader): string {
  if (typeof header.kid === "string" && header.kid.length > 0 && header.kid.length <= 255) return header.kid;
  if (header.x5c !== undefined) {
    throw invalidAssertion("x5c (business certificate) grants are not supported by the simulator: register a public key on the client and send its kid.");
  }
  throw invalidAssertion("The JWT header has no kid (or one over 255 characters): name a key registered on the client.");
}

/** `iss` is the client id; an unknown client is invalid_client (RFC 6749 §5.2). */
export function checkIssuer(claims: GrantClaims): string {
  if (typeof claims.iss === "string" && claims.iss.length > 0 && claims.iss.length <= 255) return claims.iss;
  throw new OAuthError("invalid_client", "The grant has no valid iss: it must be your Maskinporten client id.");
}

/**
 * `aud` is Maskinporten: its issuer identifier (Digdir's JWT grant page, trailing slash included) or its
 * token endpoint URL (RFC 7523 §3 allows it, and Altinn's own Maskinporten test client signs grants with
 * `aud` = `https://test.maskinporten.no/token` against the real Maskinporten); a single value.
 */
export function checkAudience(claims: GrantClaims, issuer: string): void {
  const aud = Array.isArray(claims.aud) && claims.aud.length === 1 ? claims.aud[0] : claims.aud;
  if (aud === issuer || aud === `${issuer}token`) return;
  throw new OAuthError(
    "invalid_grant",
    `MP-110: Invalid assertion. Client authentication failed. Invalid JWT claim aud: expected "${issuer}" or "${issuer}token", got ${quote(claims.aud)}.`,
  );
}

const epochSeconds = (now: Date) => Math.floor(now.getTime() / 1000);

/** `iat` within ±10 s of the server clock (Digdir: "less than 10 seconds ahead/after our clock"). */
export function checkIssuedAt(claims: GrantClaims, now: Date): number {
  const iat = claims.iat;
  if (typeof iat !== "number" || !Number.isFinite(iat)) throw invalidAssertion("The grant has no numeric iat.");
  const skew = iat - epochSeconds(now);
  if (Math.abs(skew) > CLOCK_SKEW_SECONDS) {
    throw invalidAssertion(`iat is ${Math.abs(skew)} s ${skew > 0 ? "ahead of" : "behind"} the server clock (at most ${CLOCK_SKEW_SECONDS} s allowed).`);
  }
  return iat;
}

/** `exp` after `iat`, at most 120 s after it, and not yet passed. */
export function checkExpiry(claims: GrantClaims, iat: number, now: Date): number {
  const exp = claims.exp;
  if (typeof exp !== "number" || !Number.isFinite(exp)) throw invalidAssertion("The grant has no numeric exp.");
  if (exp <= iat) throw invalidAssertion("exp must be after iat.");
  if (exp - iat > MAX_GRANT_LIFETIME_SECONDS) {
    throw invalidAssertion(`The grant lives ${exp - iat} s: exp - iat may be at most ${MAX_GRANT_LIFETIME_SECONDS} s.`);
  }
  if (exp <= epochSeconds(now)) throw invalidAssertion("The grant has expired (exp has passed).");
  return exp;
}

/**
 * `nbf`, when present, may be at most the iat clock skew ahead (RFC 7523 §3: a JWT used before its nbf
 * must be rejected; RFC 7519 §4.1.5 allows a small leeway, here the same 10 s as for iat).
 */
export function checkNotBefore(claims: GrantClaims, now: Date): void {
  const nbf = claims.nbf;
  if (nbf === undefined) return;
  if (typeof nbf !== "number" || !Number.isFinite(nbf)) throw invalidAssertion("nbf must be a numeric date.");
  const ahead = nbf - epochSeconds(now);
  if (ahead > CLOCK_SKEW_SECONDS) throw invalidAssertion(`The grant is not valid yet: nbf is ${ahead} s ahead of the server clock (at most ${CLOCK_SKEW_SECONDS} s allowed).`);
}

/**
 * `resource` (RFC 8707; Digdir's "audience-restricted tokens"): the value, or values, become the access
 * token's `aud`. Digdir: "Maskinporten performs no validation of the requested values except that they
 * must be valid URIs"; without `resource` the token has no `aud`.
 */
export function parseResource(claims: GrantClaims): string | string[] | undefined {
  const resource = claims.resource;
  if (resource === undefined) return undefined;
  const values = Array.isArray(resource) ? resource : [resource];
  const valid = values.length > 0 && values.length <= 10 && values.every((v) => typeof v === "string" && v.length <= 1024 && URL.canParse(v));
  if (!valid) throw new OAuthError("invalid_target", `resource must be an absolute URI (or a list of at most 10), got ${quote(resource)}.`);
  return Array.isArray(resource) ? (values as string[]) : (resource as string);
}

/** Text from the grant cut to `max` characters: descriptions, and so audit rows, echo it. */
const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}…` : text);

/** A value from the grant, JSON-quoted and cut. */
export const quote = (value: unknown, max = 64): string => cut(JSON.stringify(value ?? null) ?? "null", max);

/** Digdir calls jti "recommended"; the simulator requires it so that single use can be enforced (RFC 7523 §3). */
export function checkJti(claims: GrantClaims): string {
  const jti = claims.jti;
  if (typeof jti === "string" && jti.length > 0 && jti.length <= 255) return jti;
  throw invalidAssertion("The grant needs a jti (a unique id, at most 255 characters) for single use.");
}

/**
 * Digdir: "Adding claims not present in the documentation will result in a response of 400 Bad request
 * with error description containing Invalid assertion." `sub` appears in Altinn's own grant example.
 * `resource` is the token's audience (parseResource); `consumer_org` (Altinn 2 delegation) is not
 * simulated and refused as such.
 */
const GRANT_CLAIMS = new Set(["aud", "iss", "sub", "iat", "exp", "nbf", "jti", "scope", "resource", "authorization_details"]);

export function checkKnownClaims(claims: GrantClaims): void {
  if ("consumer_org" in claims) {
    throw invalidAssertion("consumer_org (delegation in Altinn 2) is not supported by the simulator: use authorization_details for a system user.");
  }
  const unknown = Object.keys(claims).filter((c) => !GRANT_CLAIMS.has(c));
  if (unknown.length) throw invalidAssertion(`Unknown claim(s) in the grant: ${cut(unknown.join(", "), 200)}.`);
}

/** Space-separated scopes, at least one. */
export function parseScopes(claims: GrantClaims): string[] {
  if (claims.scope !== undefined && typeof claims.scope !== "string") {
    throw new OAuthError("invalid_scope", "scope must be a space-separated string.");
  }
  const scopes = [...new Set((claims.scope ?? "").split(/\s+/).filter(Boolean))];
  if (scopes.length === 0) throw new OAuthError("invalid_scope", "The grant asks for no scope: scope must name at least one.");
  return scopes;
}

export interface SystemUserAuthorization {
  /** systemuser_org: the system user's owner (standard) or the facilitator (agent). */
  ownerOrgNo: string;
  externalRef?: string;
}

const badDetails = (why: string) =>
  new OAuthError(
    "invalid_request",
    `Invalid authorization_details: ${why} Expected [{ "type": "${SYSTEMUSER_DETAILS_TYPE}", "systemuser_org": { "authority": "iso6523-actorid-upis", "ID": "0192:<orgno>" }, "externalRef"?: "<string>" }].`,
  );

/**
 * Absent: an ordinary token. Present: a JSON array (RFC 9396 §2, as Digdir documents it; a bare object is
 * refused) of exactly one `urn:altinn:systemuser` entry naming a valid organisation number.
 */
export function parseAuthorizationDetails(claims: GrantClaims): SystemUserAuthorization | null {
  const details = claims.authorization_details;
  if (details === undefined) return null;
  if (!Array.isArray(details)) throw badDetails("it must be a JSON array, not a single object.");
  if (details.length !== 1) throw badDetails(`it must hold exactly one entry, it holds ${details.length}.`);
  const entry = details[0] as Record<string, unknown> | null;
  if (typeof entry !== "object" || entry === null || Array.isArray(entry)) throw badDetails("the entry must be an object.");
  if (entry.type !== SYSTEMUSER_DETAILS_TYPE) throw badDetails(`unsupported type ${quote(entry.type)}.`);
  const org = entry.systemuser_org as Record<string, unknown> | undefined;
  if (typeof org !== "object" || org === null) throw badDetails("systemuser_org is missing.");
  if (org.authority !== "iso6523-actorid-upis") throw badDetails('systemuser_org.authority must be "iso6523-actorid-upis".');
  const orgNo = typeof org.ID === "string" ? parseIso6523OrgId(org.ID) : null;
  if (!orgNo) throw badDetails('systemuser_org.ID must be "0192:" followed by a 9-digit organisation number.');
  if (!isValidOrgNo(orgNo)) throw badDetails(`${orgNo} is not a valid organisation number (check digit).`);
  const ref = entry.externalRef;
  if (ref !== undefined && (typeof ref !== "string" || ref.length === 0 || ref.length > 255)) throw badDetails("externalRef must be a non-empty string of at most 255 characters.");
  return ref === undefined ? { ownerOrgNo: orgNo } : { ownerOrgNo: orgNo, externalRef: ref };
}
