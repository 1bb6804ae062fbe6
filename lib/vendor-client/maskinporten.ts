// Talking to Maskinporten as a vendor's machine does (reference §6):
// 1. read the issuer's metadata (RFC 8414) to learn the token endpoint,
// 2. sign a JWT grant and POST it as a jwt-bearer grant (RFC 7523 §2.1), form-encoded.
import { text } from "../i18n/text";
import { buildGrantClaims, signGrant, type SystemUserSelector } from "./grant";
import { exchange, setNote } from "./http";
import { abbreviate, decodeForDisplay } from "./jwt";
import type { DecodedJwt, StepResult, VendorCredentials } from "./types";

export const JWT_BEARER_GRANT_TYPE = "urn:ietf:params:oauth:grant-type:jwt-bearer";

/** The issuer identifier of the simulator's Maskinporten: `<base URL>/maskinporten/`. */
export function issuerFor(baseUrl: string): string {
  return `${baseUrl.replace(/\/+$/, "")}/maskinporten/`;
}

export interface IssuerMetadata {
  issuer: string;
  token_endpoint: string;
  jwks_uri?: string;
}

export async function discoverIssuer(baseUrl: string): Promise<StepResult<IssuerMetadata>> {
  const issuer = issuerFor(baseUrl);
  const { step, body } = await exchange({
    title: text("discover"),
    method: "GET",
    url: `${issuer}.well-known/oauth-authorization-server`,
  });
  if (!step.ok) return { step, value: null };
  const meta = body as Partial<IssuerMetadata> | null;
  if (typeof meta?.issuer !== "string" || typeof meta.token_endpoint !== "string") {
    step.ok = false;
    setNote(step, text("metadataIncomplete"));
    return { step, value: null };
  }
  // RFC 8414 §3.3: the issuer in the metadata must be the one the metadata URL was built from; the
  // grant's aud is that issuer, so a mismatch would only fail later with a vaguer error.
  if (meta.issuer !== issuer) {
    step.ok = false;
    setNote(step, text("issuerMismatch", { found: meta.issuer, expected: issuer, base: meta.issuer.replace(/\/maskinporten\/$/, "") }));
    return { step, value: null };
  }
  return { step, value: { issuer: meta.issuer, token_endpoint: meta.token_endpoint, jwks_uri: meta.jwks_uri } };
}

export interface TokenRequest {
  scopes: string[];
  systemUser?: SystemUserSelector;
  now?: Date;
}

export interface IssuedToken {
  accessToken: string;
  expiresIn?: number;
  scope?: string;
}

export async function requestToken(creds: VendorCredentials, metadata: IssuerMetadata, req: TokenRequest): Promise<StepResult<IssuedToken>> {
  const claims = buildGrantClaims({ issuer: metadata.issuer, clientId: creds.clientId, scopes: req.scopes, systemUser: req.systemUser, now: req.now });
  const grant = await signGrant(creds, claims);
  const sentJwts = [decodeForDisplay(text("grantJwt"), grant)].filter((j): j is DecodedJwt => j !== null);
  const { step, body } = await exchange({
    title: req.systemUser ? text("tokenSystemUser", { org: req.systemUser.orgNo }) : text("token"),
    method: "POST",
    url: metadata.token_endpoint,
    form: { grant_type: JWT_BEARER_GRANT_TYPE, assertion: grant },
    sentJwts,
  });
  const res = body as { access_token?: unknown; expires_in?: unknown; scope?: unknown; error?: unknown; error_description?: unknown } | null;
  if (!step.ok || typeof res?.access_token !== "string") {
    step.ok = false;
    if (typeof res?.error === "string") step.note = `${res.error}: ${String(res.error_description ?? "")}`;
    return { step, value: null };
  }
  const decoded = decodeForDisplay(text("accessTokenJwt"), res.access_token);
  if (decoded) step.jwts.push(decoded);
  // The record is for reading: the token itself is shown decoded, not as a bearer credential to copy.
  if (step.response) step.response.body = { ...res, access_token: abbreviate(res.access_token) };
  return {
    step,
    value: {
      accessToken: res.access_token,
      expiresIn: typeof res.expires_in === "number" ? res.expires_in : undefined,
      scope: typeof res.scope === "string" ? res.scope : undefined,
    },
  };
}
