// The grant checks that need the database: the client's registered key and the signature, single use
// of the jti, and the scopes the client holds and its organisation was granted. Run by token-endpoint.ts.
import { compactVerify, exportJWK, generateKeyPair, importJWK, type JWK } from "jose";
import { db, isUniqueViolation } from "../db";
import { OAuthError } from "./oauth-error";
import { invalidAssertion, quote, type GrantAlg } from "./grant-checks";
import { now as clockNow } from "../clock";

let standIn: Promise<JWK> | undefined;
/** A public RSA key that no client holds, made once per process. */
const standInKey = () => (standIn ??= generateKeyPair("RS256").then((k) => exportJWK(k.publicKey)));

/**
 * The grant's signature with the key `kid` of the client `iss`. An unknown client, an unknown kid and a
 * signature that does not verify get one answer, so that a stranger learns neither which client ids nor
 * which kids exist. Only a grant signed with the private key learns that its key has expired (MP-121).
 */
export async function verifySignature(assertion: string, clientId: string | null, kid: string, alg: GrantAlg, now: Date) {
  const found = await db.clientKey.findUnique({ where: { clientId_kid: { clientId: clientId ?? "", kid } } });
  const key = clientId ? found : null;
  const failed = () => invalidAssertion(`The signature does not verify with a key registered on the client named by iss (kid ${quote(kid)}): check iss, kid and the private key.`);
  // The registered JWK's own alg/use would pin WebCrypto to one hash; any of RS256/384/512 may use an RSA key.
  // Without a key, a stand-in key is tried all the same, so the time taken does not tell either.
  const { alg: _alg, use: _use, key_ops: _ops, ...jwk } = (key?.jwk ?? (await standInKey())) as JWK;
  try {
    await compactVerify(assertion, await importJWK(jwk, alg), { algorithms: [alg] });
  } catch {
    throw failed();
  }
  if (!key) throw failed();
  if (key.expiresAt && key.expiresAt <= now) {
    throw new OAuthError("invalid_grant", `MP-121: Invalid assertion. Client authentication failed. Expired key (kid ${quote(kid)}).`);
  }
}

// Expired jti rows are swept on a timer, off the request path (a write per token request cost a commit).
const SWEEP_MS = 60_000;
let sweeper: ReturnType<typeof setInterval> | null = null;

function sweepExpiredJtis() {
  db.usedJti.deleteMany({ where: { expiresAt: { lt: clockNow() } } }).catch(() => undefined); // retried next tick
}

/** Spends a grant's jti: the unique insert, committed before the token is answered, is the single-use guarantee. */
export async function spendJti(clientId: string, jti: string, exp: number, now: Date) {
  sweeper ??= setInterval(sweepExpiredJtis, SWEEP_MS).unref();
  const insert = () => db.usedJti.create({ data: { clientId, jti, expiresAt: new Date(exp * 1000) } });
  try {
    await insert();
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    // A row whose grant has expired (not yet swept) no longer spends the jti, as when it was swept per request.
    const stale = await db.usedJti.deleteMany({ where: { clientId, jti, expiresAt: { lt: now } } });
    if (stale.count === 0) throw invalidAssertion(`The jti ${quote(jti)} has already been used: a grant is single use.`);
    try {
      await insert();
    } catch (e2) {
      if (isUniqueViolation(e2)) throw invalidAssertion(`The jti ${quote(jti)} has already been used: a grant is single use.`);
      throw e2;
    }
  }
}

export async function checkScopesAllowed(scopes: string[], clientId: string, orgNo: string, clientScopes: unknown) {
  const registered = new Set(Array.isArray(clientScopes) ? (clientScopes as string[]) : []);
  const [known, grants] = await Promise.all([
    db.maskinportenScope.findMany({ where: { name: { in: scopes } }, select: { name: true } }),
    db.scopeGrant.findMany({ where: { orgNo, scope: { in: scopes } }, select: { scope: true } }),
  ]);
  const knownSet = new Set(known.map((s) => s.name));
  const grantedSet = new Set(grants.map((g) => g.scope));
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
