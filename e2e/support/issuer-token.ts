// Tokens with scopes no organisation of the cast holds (Altinn's own `altinn:portal/enduser`,
// Digdir's `altinn:authentication/systemregister.admin`), signed as Altinn's test token generator
// would: with the simulator's own issuer key, read (read-only) from this run's throwaway database.
// Also used to sign tokens with a chosen `iat` (expiry tests).
import { SignJWT, importJWK, type JWK } from "jose";
import { randomUUID } from "node:crypto";
import { createRequire } from "node:module";
import { TEST_ENV } from "../test-env";

/** The issuer's current private key. The SQLite driver is a dependency of Prisma's adapter: load it from there. */
async function issuerKey() {
  const fromAdapter = createRequire(createRequire(import.meta.url).resolve("@prisma/adapter-better-sqlite3"));
  const Database = fromAdapter("better-sqlite3") as new (f: string, o: object) => { prepare(sql: string): { get(): unknown }; close(): void };
  const dbh = new Database(TEST_ENV.DATABASE_URL.replace(/^file:/, ""), { readonly: true, fileMustExist: true });
  const row = dbh.prepare('SELECT privateJwk FROM "SigningKey" WHERE "retiredAt" IS NULL ORDER BY "createdAt" DESC LIMIT 1').get() as { privateJwk: string };
  dbh.close();
  const jwk = JSON.parse(row.privateJwk) as JWK & { kid: string };
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
