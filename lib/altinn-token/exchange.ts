// The token exchange GET /authentication/api/v1/exchange/maskinporten, as Altinn's
// AuthenticationController.AuthenticateMaskinportenToken does it (altinn-authentication
// src/Authentication/Controllers/AuthenticationController.cs): the Maskinporten token is verified
// (signature, lifetime, issuer, a consumer of authority iso6523-actorid-upis), every claim of it is kept
// (scope, consumer, client_id, jti, token_type, authorization_details, ...) except aud, iss, client_amr
// and sid; added are urn:altinn:org (only when a scope contains `altinn:serviceowner` and the consumer is
// a service owner), urn:altinn:orgNumber, urn:altinn:authenticatemethod "maskinporten",
// urn:altinn:authlevel 3, the Altinn issuer and a fresh sid; iat/nbf now, exp after JwtValidityMinutes
// (30, appsettings.json). Signed with the Altinn issuer's key.
import { SignJWT, createLocalJWKSet } from "jose";
import { randomUUID } from "node:crypto";
import { db } from "../db";
import { altinnIssuer } from "../env";
import { readAccessToken, verifyAccessTokenLocally, type VerifiedToken } from "../maskinporten/access-token";
import { activeAltinnKey, altinnPublicKeys } from "./keys";
import { ALTINN_TOKEN_LIFETIME_SECONDS } from "./token";

const DROPPED = ["aud", "iss", "client_amr", "sid"];

/** Throws TokenError when the Maskinporten token does not verify (the controller answers 401). */
export async function exchangeMaskinportenToken(jwt: string, now = new Date()): Promise<{ token: string; claims: Record<string, unknown>; source: VerifiedToken }> {
  const source = await verifyAccessTokenLocally(jwt);
  const claims: Record<string, unknown> = Object.fromEntries(Object.entries(source.claims).filter(([k]) => !DROPPED.includes(k)));
  if (source.scopes.some((s) => s.includes("altinn:serviceowner"))) {
    const org = await db.organization.findUnique({ where: { orgNo: source.consumerOrgNo }, select: { orgCode: true } });
    if (org?.orgCode) claims["urn:altinn:org"] = org.orgCode.toLowerCase();
  }
  const iat = Math.floor(now.getTime() / 1000);
  Object.assign(claims, {
    "urn:altinn:orgNumber": source.consumerOrgNo,
    "urn:altinn:authenticatemethod": "maskinporten",
    "urn:altinn:authlevel": 3,
    iss: altinnIssuer(),
    sid: randomUUID(),
    iat,
    nbf: iat,
    exp: iat + ALTINN_TOKEN_LIFETIME_SECONDS,
  });
  const key = await activeAltinnKey();
  const token = await new SignJWT(claims).setProtectedHeader({ alg: "RS256", kid: key.kid, typ: "JWT" }).sign(key.privateKey);
  return { token, claims, source };
}

/**
 * An exchanged token presented to an Altinn API: signed by the Altinn issuer and carrying the
 * Maskinporten claims, so it is read as the Maskinporten token it came from (JwtCookie with the
 * `altinn` OIDC provider of each API).
 */
export async function verifyExchangedToken(jwt: string, now?: Date): Promise<VerifiedToken> {
  return readAccessToken(jwt, createLocalJWKSet({ keys: await altinnPublicKeys() }), now, altinnIssuer());
}
