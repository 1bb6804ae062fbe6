// The grant checks that need the database: the client's registered key and the signature, single use
// of the jti, and the scopes the client holds and its organisation was granted. Run by token-endpoint.ts.
import { compactVerify, exportJWK, generateKeyPair, importJWK, type JWK } from "jose";
import { db } from "../db";
import { dateColumn, hotRows, jsonColumn } from "../db-hot";
import type { JtiSpend } from "../group-commit";
import { processGlobal } from "../process-global";
import { OAuthError } from "./oauth-error";
import { invalidAssertion, quote, type GrantAlg } from "./grant-checks";
import { now as clockNow } from "../clock";

/** A public RSA key that no client holds, made once per process. */
const standInKey = () => processGlobal("grant-stand-in-key", () => generateKeyPair("RS256").then((k) => exportJWK(k.publicKey)));

export interface ClientAndKey {
  client: { orgNo: string; scopes: unknown } | null;
  /** The key `kid` registered on the client, if both exist. */
  key: { jwk: JWK; expiresAt: Date | null } | null;
}

/** The client named by the grant's iss and its key `kid`: one prepared statement (lib/db-hot.ts). */
export async function loadClientAndKey(clientId: string, kid: string): Promise<ClientAndKey> {
  const [row] = await hotRows<{ orgNo: string; scopes: unknown; jwk: unknown; expiresAt: string | Date | null }>(
    "token-client-key",
    `SELECT c."orgNo", c."scopes", k."jwk", k."expiresAt"
     FROM "MaskinportenClient" c LEFT JOIN "ClientKey" k ON k."clientId" = c."clientId" AND k."kid" = $2
     WHERE c."clientId" = $1`,
    [clientId, kid],
  );
  if (!row) return { client: null, key: null };
  return {
    client: { orgNo: row.orgNo, scopes: jsonColumn(row.scopes) },
    key: row.jwk == null ? null : { jwk: jsonColumn(row.jwk) as JWK, expiresAt: row.expiresAt == null ? null : dateColumn(row.expiresAt) },
  };
}

// Imported public keys by their JWK text and alg: importing costs about as much as verifying, and a key
// read from the database is the same key while its JWK is the same (a removed key is not read, so never used).
const importedKeys = processGlobal("imported-client-keys", () => new Map<string, Promise<CryptoKey | Uint8Array>>());

function importPublicKey(jwk: JWK, alg: GrantAlg) {
  const k = `${alg} ${JSON.stringify(jwk)}`;
  let key = importedKeys.get(k);
  if (!key) {
    if (importedKeys.size >= 10_000) importedKeys.clear(); // bounded memory, whatever the keys
    key = importJWK(jwk, alg);
    key.catch(() => importedKeys.delete(k));
    importedKeys.set(k, key);
  }
  return key;
}

/**
 * The grant's signature with the client's key `kid` (loadClientAndKey). An unknown client, an unknown kid
 * and a signature that does not verify get one answer, so that a stranger learns neither which client ids
 * nor which kids exist. Only a grant signed with the private key learns that its key has expired (MP-121).
 */
export async function verifySignature(assertion: string, key: ClientAndKey["key"], kid: string, alg: GrantAlg, now: Date) {
  const failed = () => invalidAssertion(`The signature does not verify with a key registered on the client named by iss (kid ${quote(kid)}): check iss, kid and the private key.`);
  // The registered JWK's own alg/use would pin WebCrypto to one hash; any of RS256/384/512 may use an RSA key.
  // Without a key, a stand-in key is tried all the same, so the time taken does not tell either.
  const { alg: _alg, use: _use, key_ops: _ops, ...jwk } = key?.jwk ?? (await standInKey());
  try {
    await compactVerify(assertion, await importPublicKey(jwk, alg), { algorithms: [alg] });
  } catch {
    throw failed();
  }
  if (!key) throw failed();
  if (key.expiresAt && key.expiresAt <= now) {
    throw new OAuthError("invalid_grant", `MP-121: Invalid assertion. Client authentication failed. Expired key (kid ${quote(kid)}).`);
  }
}

// Single use of the jti. The durable guarantee is the unique row in UsedJti, inserted by the group commit
// (lib/group-commit.ts) that the response waits for: it holds across restarts and across instances on one
// PostgreSQL. In front of it, the jtis this process has seen catch a replay at once, before any query.
// Expired rows (and remembered jtis) are swept on a timer, off the request path.
const SWEEP_MS = 60_000;

const seenJtis = processGlobal("seen-jtis", () => {
  const seen = new Map<string, number>(); // client + jti -> the grant's exp (ms)
  setInterval(() => {
    const now = clockNow().getTime(); // the portal's clock (lib/clock.ts): grants are dated by it
    for (const [k, exp] of seen) if (exp < now) seen.delete(k);
    db.usedJti.deleteMany({ where: { expiresAt: { lt: new Date(now) } } }).catch(() => undefined); // retried next tick
  }, SWEEP_MS).unref();
  return seen;
});

export const replayedJti = (jti: string) => invalidAssertion(`The jti ${quote(jti)} has already been used: a grant is single use.`);

/**
 * Claims a grant's jti in this process; a jti claimed before whose grant has not expired is a replay. The
 * claim is made durable by the caller's group commit, whose insert also catches jtis spent elsewhere.
 */
export function claimJti(clientId: string, jti: string, exp: number, now: Date): JtiSpend {
  const k = `${clientId}\u0000${jti}`;
  const prior = seenJtis.get(k);
  if (prior !== undefined && prior >= now.getTime()) throw replayedJti(jti);
  seenJtis.set(k, exp * 1000);
  return { clientId, jti, expiresAt: new Date(exp * 1000), now };
}

export async function checkScopesAllowed(scopes: string[], clientId: string, orgNo: string, clientScopes: unknown) {
  const registered = new Set(Array.isArray(clientScopes) ? (clientScopes as string[]) : []);
  // The scopes that exist, each with the grant to the organisation if it has one: one statement.
  const named = scopes.map((_, i) => `$${i + 2}`).join(", ");
  const rows = await hotRows<{ name: string; granted: string | null }>(
    `token-scopes-${scopes.length}`,
    `SELECT s."name", g."orgNo" AS "granted"
     FROM "MaskinportenScope" s LEFT JOIN "ScopeGrant" g ON g."scope" = s."name" AND g."orgNo" = $1
     WHERE s."name" IN (${named})`,
    [orgNo, ...scopes],
  );
  const knownSet = new Set(rows.map((r) => r.name));
  const grantedSet = new Set(rows.filter((r) => r.granted !== null).map((r) => r.name));
  const unknown = scopes.filter((s) => !knownSet.has(s));
  if (unknown.length) throw new OAuthError("invalid_scope", `Unknown scope(s): ${unknown.join(", ")}.`);
  const notGranted = scopes.filter((s) => !grantedSet.has(s));
  if (notGranted.length) {
    throw new OAuthError("invalid_scope", `Scope(s) not granted to organisation ${orgNo} by the scope owner: ${notGranted.join(", ")}.`);
  }
  const notOnClient = scopes.filter((s) => !registered.has(s));
  if (notOnClient.length) {
    throw new OAuthError("invalid_scope", `Scope(s) not registered on client ${clientId}: ${notOnClient.join(", ")}. Add them to the client first.`);
  }
}
