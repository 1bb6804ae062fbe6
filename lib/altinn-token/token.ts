// Altinn tokens of persons, as Altinn's platform authentication issues them when it exchanges an
// ID-porten token (AuthenticationController.cs, the end-user branch of ExchangeExternalSystemToken):
// the Altinn claims (urn:altinn:userid, urn:altinn:partyid, urn:altinn:party:uuid, ...,
// urn:altinn:authlevel) added to the ID-porten token's own (pid, acr, amr, scope, client_id), with
// `iss` the Altinn issuer and a fresh `sid`. Altinn's APIs (e.g. client delegation) read them here.
// Reused by the token exchange (/authentication/api/v1/exchange/...) when it comes.
import { SignJWT, createLocalJWKSet, errors, jwtVerify } from "jose";
import { randomUUID } from "node:crypto";
import { altinnIssuer } from "../env";
import { activeAltinnKey, altinnPublicKeys } from "./keys";
import { now as clockNow } from "../clock";

/** Altinn's test token generator issues person tokens for 30 minutes by default (ttl=1800). */
export const ALTINN_TOKEN_LIFETIME_SECONDS = 1800;

export interface PersonTokenInput {
  pid: string;
  partyId: number;
  partyUuid: string;
  scopes: readonly string[];
  now?: Date;
}

export interface AltinnPersonClaims {
  nameid: string;
  "urn:altinn:userid": string;
  "urn:altinn:username": string;
  "urn:altinn:partyid": number;
  "urn:altinn:party:uuid": string;
  "urn:altinn:authenticatemethod": string;
  "urn:altinn:authlevel": number;
  pid: string;
  acr: string;
  amr: string[];
  scope: string;
  client_id: string;
  iss: string;
  sid: string;
  jti: string;
  iat: number;
  nbf: number;
  exp: number;
}

/**
 * The person's Altinn user id. Altinn keeps it in its profile database; the simulator derives it from
 * the party id (persons' party ids are 50.xxx.xxx: their user ids become 20.xxx.xxx), so it is stable.
 */
export function userIdOf(partyId: number): number {
  return 20_000_000 + (partyId % 1_000_000);
}

export async function issuePersonToken(input: PersonTokenInput): Promise<{ token: string; claims: AltinnPersonClaims }> {
  const key = await activeAltinnKey();
  const iat = Math.floor((input.now ?? clockNow()).getTime() / 1000);
  const userId = String(userIdOf(input.partyId));
  const claims: AltinnPersonClaims = {
    nameid: userId,
    "urn:altinn:userid": userId,
    "urn:altinn:username": "",
    "urn:altinn:partyid": input.partyId,
    "urn:altinn:party:uuid": input.partyUuid,
    // ID-porten's "high" level is Altinn's authentication level 3 (AuthenticationController: IdportenLevel3).
    "urn:altinn:authenticatemethod": "BankID",
    "urn:altinn:authlevel": 3,
    pid: input.pid,
    acr: "idporten-loa-high",
    amr: ["BankID"],
    scope: [...new Set(input.scopes)].join(" "),
    client_id: "altinn-simulator-portal",
    iss: altinnIssuer(),
    sid: randomUUID(),
    jti: randomUUID(),
    iat,
    nbf: iat,
    exp: iat + ALTINN_TOKEN_LIFETIME_SECONDS,
  };
  const token = await new SignJWT({ ...claims }).setProtectedHeader({ alg: "RS256", kid: key.kid, typ: "JWT" }).sign(key.privateKey);
  return { token, claims };
}

/** What an Altinn API decides on from a person's Altinn token. */
export interface AltinnPrincipal {
  pid: string;
  userId: string;
  partyId: number;
  scopes: string[];
}

export class AltinnTokenError extends Error {}

/** Verifies an Altinn token (signature by the Altinn key, expiry) and reads the person from it. */
export async function verifyAltinnToken(jwt: string, now?: Date): Promise<AltinnPrincipal> {
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(jwt, createLocalJWKSet({ keys: await altinnPublicKeys() }), {
      // AuthenticationHost.cs (JwtCookie): ValidateIssuer = false; the Altinn signing key is what counts.
      algorithms: ["RS256"],
      currentDate: now ?? clockNow(),
      requiredClaims: ["exp", "iat"],
    }));
  } catch (e) {
    if (e instanceof errors.JOSEError) throw new AltinnTokenError("The token is not a valid Altinn token.");
    throw e;
  }
  const { pid, scope } = payload;
  const userId = payload["urn:altinn:userid"];
  const partyId = Number(payload["urn:altinn:partyid"]);
  if (typeof pid !== "string" || typeof userId !== "string" || !Number.isInteger(partyId)) {
    throw new AltinnTokenError("The Altinn token names no person (pid, urn:altinn:userid, urn:altinn:partyid).");
  }
  return { pid, userId, partyId, scopes: typeof scope === "string" ? scope.split(" ").filter(Boolean) : [] };
}

/** The OpenID discovery document of the Altinn issuer (OpenIdController.GetOpenIdConfigurationAsync). */
export function openIdConfiguration(): Record<string, unknown> {
  const issuer = altinnIssuer();
  return {
    issuer,
    jwks_uri: `${issuer}.well-known/openid-configuration/jwks`,
    authorization_endpoint: `${issuer.replace(/openid\/$/, "")}authentication`,
    token_endpoint: `${issuer.replace(/openid\/$/, "")}exchange/id-porten`,
    end_session_endpoint: `${issuer.replace(/openid\/$/, "")}logout`,
    response_types_supported: ["token"],
    subject_types_supported: ["pairwise"],
    id_token_signing_alg_values_supported: ["RS256"],
  };
}
