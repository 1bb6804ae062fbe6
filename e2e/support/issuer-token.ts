// Tokens with scopes no organisation of the cast holds (Altinn's own `altinn:portal/enduser`,
// Digdir's `altinn:authentication/systemregister.admin`), signed as Altinn's test token generator
// would: with the simulator's own issuer key, read (read-only) from this run's throwaway database.
// Also used to sign tokens with a chosen `iat` (expiry tests).
import { SignJWT, importJWK } from "jose";
import { randomUUID } from "node:crypto";
import { currentSigningJwk } from "./test-db";

/** The issuer's current private key (e2e/support/test-db.ts: SQLite or PostgreSQL). */
async function issuerKey() {
  const jwk = await currentSigningJwk();
  return { kid: jwk.kid, key: await importJWK(jwk, "RS256") };
}

/**
 * Re-signs the claims of `model` (a token the issuer gave, so the issuer has a key) with other
 * claims, e.g. `{ scope: "altinn:portal/enduser" }` or `{ iat }`.
 */
export async function signWithIssuer(model: string, over: Record<string, unknown>): Promise<string> {
  const claims = JSON.parse(Buffer.from(model.split(".")[1]!, "base64url").toString()) as Record<string, unknown>;
  const { kid, key } = await issuerKey();
  const iat = typeof over.iat === "number" ? over.iat : Math.floor(Date.now() / 1000);
  return new SignJWT({ ...claims, jti: randomUUID(), ...over, iat, exp: iat + 120 }).setProtectedHeader({ alg: "RS256", kid, typ: "at+jwt" }).sign(key);
}
