// Skatteetaten validates tokens as any external API does: the issuer's metadata and JWKS are fetched
// over HTTP and cached. jose's remote key set refetches the JWKS when a token names an unknown kid
// (after a short cooldown), so a key rotation at Maskinporten needs no restart here.
import { createRemoteJWKSet, type JWTVerifyGetKey } from "jose";
import { maskinportenIssuer } from "../env";

const METADATA_TTL_MS = 60 * 60 * 1000;

let cached: { jwksUri: string; keys: JWTVerifyGetKey; fetchedAt: number } | null = null;

async function fetchJwksUri(): Promise<string> {
  const res = await fetch(`${maskinportenIssuer()}.well-known/oauth-authorization-server`, { cache: "no-store" });
  if (!res.ok) throw new Error(`Maskinporten metadata answered ${res.status}`);
  const meta = (await res.json()) as { issuer?: unknown; jwks_uri?: unknown };
  // RFC 8414 §3.3: the metadata's issuer must be the issuer we trust.
  if (meta.issuer !== maskinportenIssuer() || typeof meta.jwks_uri !== "string") throw new Error("Maskinporten metadata names another issuer or no jwks_uri");
  return meta.jwks_uri;
}

/** The key set of Maskinporten's tokens (metadata cached an hour; the JWKS by jose). */
export async function maskinportenKeys(now = Date.now()): Promise<JWTVerifyGetKey> {
  if (!cached || now - cached.fetchedAt > METADATA_TTL_MS) {
    const jwksUri = await fetchJwksUri();
    const keys = cached?.jwksUri === jwksUri ? cached.keys : createRemoteJWKSet(new URL(jwksUri), { cooldownDuration: 5_000, cacheMaxAge: 10 * 60_000 });
    cached = { jwksUri, keys, fetchedAt: now };
  }
  return cached.keys;
}
