// Maskinporten access tokens: what the simulator issues (reference §6) and how an API reads one.
// `readAccessToken` is shared by Altinn's own APIs (keys from the database) and by Skatteetaten's API
// (keys from the JWKS over HTTP): only the key source differs.
import { SignJWT, createLocalJWKSet, decodeProtectedHeader, errors, jwtVerify, type JWTVerifyGetKey } from "jose";
import { randomUUID } from "node:crypto";
import { maskinportenIssuer } from "../env";
import { parseIso6523OrgId, toIso6523OrgId } from "../identifiers/orgno";
import { ACCESS_TOKEN_LIFETIME_SECONDS, SYSTEMUSER_DETAILS_TYPE } from "./constants";
import { processGlobal } from "../process-global";
import { onKeysChanged } from "../key-changes";
import { activeSigningKey, publishedKeys } from "./signing-keys";
import { now as clockNow } from "../clock";

export interface OrgId {
  authority: "iso6523-actorid-upis";
  ID: string;
}

export interface SystemUserDetail {
  type: typeof SYSTEMUSER_DETAILS_TYPE;
  systemuser_org: OrgId;
  systemuser_id: string[];
  system_id: string;
  externalRef?: string;
}

export interface AccessTokenClaims {
  iss: string;
  client_id: string;
  client_amr: "private_key_jwt";
  consumer: OrgId;
  scope: string;
  token_type: "Bearer";
  iat: number;
  exp: number;
  jti: string;
  /** Only on an audience-restricted token: the grant's `resource` (Digdir; RFC 8707). */
  aud?: string | string[];
  authorization_details?: SystemUserDetail[];
}

export function orgId(orgNo: string): OrgId {
  return { authority: "iso6523-actorid-upis", ID: toIso6523OrgId(orgNo) };
}

export interface IssueInput {
  clientId: string;
  consumerOrgNo: string;
  scopes: string[];
  systemUser?: { id: string; ownerOrgNo: string; systemId: string; externalRef?: string };
  /** The grant's `resource`, when it asked for an audience-restricted token. */
  audience?: string | string[];
  now?: Date;
}

export interface IssuedToken {
  accessToken: string;
  claims: AccessTokenClaims;
}

export async function issueAccessToken(input: IssueInput): Promise<IssuedToken> {
  const key = await activeSigningKey();
  const iat = Math.floor((input.now ?? clockNow()).getTime() / 1000);
  const claims: AccessTokenClaims = {
    iss: maskinportenIssuer(),
    client_id: input.clientId,
    client_amr: "private_key_jwt",
    consumer: orgId(input.consumerOrgNo),
    scope: input.scopes.join(" "),
    token_type: "Bearer",
    iat,
    exp: iat + ACCESS_TOKEN_LIFETIME_SECONDS,
    jti: randomUUID(),
    ...(input.audience !== undefined ? { aud: input.audience } : {}),
  };
  if (input.systemUser) {
    claims.authorization_details = [
      {
        type: SYSTEMUSER_DETAILS_TYPE,
        systemuser_org: orgId(input.systemUser.ownerOrgNo),
        systemuser_id: [input.systemUser.id],
        system_id: input.systemUser.systemId,
        ...(input.systemUser.externalRef ? { externalRef: input.systemUser.externalRef } : {}),
      },
    ];
  }
  const accessToken = await new SignJWT({ ...claims })
    .setProtectedHeader({ alg: key.alg, kid: key.kid, typ: "at+jwt" })
    .sign(key.privateKey);
  return { accessToken, claims };
}

/** A verified access token, reduced to what APIs decide on. */
export interface VerifiedToken {
  claims: AccessTokenClaims;
  clientId: string;
  consumerOrgNo: string;
  scopes: string[];
  systemUser: { id: string; ownerOrgNo: string; systemId: string } | null;
}

export type TokenRejection = "missing" | "invalid" | "expired";

export class TokenError extends Error {
  constructor(
    readonly reason: TokenRejection,
    message: string,
  ) {
    super(message);
  }
}

const expired = () => new TokenError("expired", "The access token has expired.");

/**
 * The key set could not be had (jose's remote set: a non-200 JWKS answer is its generic JOSEError, a
 * timeout JWKSTimeout, a network failure fetch's own TypeError), as opposed to a token that fails its checks.
 */
export function keySetUnavailable(e: unknown): boolean {
  return e instanceof errors.JWKSTimeout || !(e instanceof errors.JOSEError) || e.code === "ERR_JOSE_GENERIC";
}

/**
 * Verifies signature (RS256 only), issuer and expiry, then the claim shapes an API relies on. `issuer`:
 * the Altinn issuer for a Maskinporten token exchanged for an Altinn token (it keeps these claims).
 */

export async function readAccessToken(jwt: string, keys: JWTVerifyGetKey, now?: Date, issuer = maskinportenIssuer()): Promise<VerifiedToken> {
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(jwt, keys, {
      issuer,
      algorithms: ["RS256"],
      currentDate: now ?? clockNow(),
      requiredClaims: ["exp", "iat", "client_id", "consumer", "scope"],
    }));
  } catch (e) {
    if (keySetUnavailable(e)) throw e; // not the token's fault: the API answers its own 5xx, never a 401
    if (e instanceof errors.JWTExpired) throw expired();
    throw new TokenError("invalid", "The access token is not a valid token from the Maskinporten simulator.");
  }
  const consumer = payload.consumer as Partial<OrgId> | undefined;
  const consumerOrgNo = typeof consumer?.ID === "string" ? parseIso6523OrgId(consumer.ID) : null;
  if (!consumerOrgNo || typeof payload.client_id !== "string" || typeof payload.scope !== "string") {
    throw new TokenError("invalid", "The access token lacks consumer, client_id or scope.");
  }
  const details = Array.isArray(payload.authorization_details) ? payload.authorization_details : [];
  const su = details.find((d): d is SystemUserDetail => (d as SystemUserDetail)?.type === SYSTEMUSER_DETAILS_TYPE);
  let systemUser: VerifiedToken["systemUser"] = null;
  if (su) {
    const ownerOrgNo = typeof su.systemuser_org?.ID === "string" ? parseIso6523OrgId(su.systemuser_org.ID) : null;
    const id = Array.isArray(su.systemuser_id) ? su.systemuser_id[0] : undefined;
    if (!ownerOrgNo || typeof id !== "string" || typeof su.system_id !== "string") {
      throw new TokenError("invalid", "The access token's authorization_details are malformed.");
    }
    systemUser = { id, ownerOrgNo, systemId: su.system_id };
  }
  return {
    claims: payload as unknown as AccessTokenClaims,
    clientId: payload.client_id,
    consumerOrgNo,
    scopes: payload.scope.split(" ").filter(Boolean),
    systemUser,
  };
}

/** Tokens a cached key set remembers as verified (a busy API sees the same few tokens again and again). */
const VERIFIED_PER_KEY_SET = 1000;

/**
 * Altinn's own APIs run beside the issuer: they read its published keys straight from the database.
 * A token already verified against the cached key set is not verified again while that set is kept (the
 * same bytes under the same keys verify the same way: an RSA verification less per call, issue 9); its
 * expiry is still checked on every call, against the portal's clock, as jose checks it.
 */
export async function verifyAccessTokenLocally(jwt: string, now?: Date): Promise<VerifiedToken> {
  if (now) return readAccessToken(jwt, createLocalJWKSet({ keys: await publishedKeys(now) }), now);
  const set = await cachedKeySet(jwt);
  const known = set.verified.get(jwt);
  if (known) {
    if (known.claims.exp <= Math.floor(clockNow().getTime() / 1000)) throw expired();
    return known;
  }
  const verified = await readAccessToken(jwt, set.keySet);
  if (set.verified.size >= VERIFIED_PER_KEY_SET) set.verified.clear();
  set.verified.set(jwt, Object.freeze(verified));
  return verified;
}

// The key set is cached for a second (a rotation runs in another process) and re-read at once for a token
// whose kid it does not hold: a new key is trusted as soon as it signs, a retired one leaves within a second
// of its grace period. An announced key change (a reset in another instance, lib/key-changes.ts) drops it
// at once. The cached set also keeps jose's imported public keys between requests, and the tokens verified
// against it: they go with it.
interface CachedKeySet {
  keySet: ReturnType<typeof createLocalJWKSet>;
  kids: Set<string>;
  at: number;
  verified: Map<string, VerifiedToken>;
}
const keySets = processGlobal("maskinporten-key-set", () => ({
  cache: null as CachedKeySet | null,
  subscribed: false,
}));

/** A reset replaced every key (lib/simulator/reset.ts): tokens of the old keys must fail at once. */
export function forgetKeySet(): void {
  keySets.cache = null;
}

async function cachedKeySet(jwt: string): Promise<CachedKeySet> {
  if (!keySets.subscribed) {
    keySets.subscribed = true;
    onKeysChanged(forgetKeySet);
  }
  let kid: string | undefined;
  try {
    kid = decodeProtectedHeader(jwt).kid;
  } catch {
    kid = undefined; // a malformed token is refused by readAccessToken with its usual error
  }
  const cache = keySets.cache;
  if (cache && Date.now() - cache.at < 1000 && (kid === undefined || cache.kids.has(kid))) return cache;
  const keys = await publishedKeys();
  keySets.cache = { keySet: createLocalJWKSet({ keys }), kids: new Set(keys.map((k) => k.kid!)), at: Date.now(), verified: new Map() };
  return keySets.cache;
}
