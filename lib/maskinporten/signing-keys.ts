// The Maskinporten simulator's own signing keys: created on first use, kept in the database, rotatable.
// The newest unretired key signs. A retired key stays in the JWKS until every token it signed has
// expired (retiredAt + the longest token lifetime), so APIs that cached the JWKS keep validating.
import { exportJWK, generateKeyPair, importJWK, type JWK } from "jose";
import { randomUUID } from "node:crypto";
import { db } from "../db";
import { isPostgres } from "../env";
import { NOTIFY_KEYS_SQL, keyChangesAnnounced, onKeysChanged } from "../key-changes";
import { processGlobal } from "../process-global";
import { ACCESS_TOKEN_LIFETIME_SECONDS } from "./constants";

export interface SigningKey {
  kid: string;
  alg: "RS256";
  privateKey: CryptoKey;
}

async function newKeyRow() {
  const { privateKey, publicKey } = await generateKeyPair("RS256", { extractable: true, modulusLength: 2048 });
  const kid = `mp-sim-${new Date().toISOString().slice(0, 10)}-${randomUUID().slice(0, 8)}`;
  return {
    kid,
    alg: "RS256",
    privateJwk: { ...(await exportJWK(privateKey)), kid, alg: "RS256" } as object,
    publicJwk: { ...(await exportJWK(publicKey)), kid, alg: "RS256", use: "sig" } as object,
  };
}

/** The statement that tells every instance the keys changed, for the changing transaction (PostgreSQL). */
const announce = () => (isPostgres() ? [db.$executeRawUnsafe(NOTIFY_KEYS_SQL)] : []);

async function createKey(): Promise<void> {
  await db.$transaction([db.signingKey.create({ data: await newKeyRow() }), ...announce()]);
}

// The imported private key is cached: importing an RSA JWK on every request cost more than signing. Rotation
// runs in another process (`npm run keys:rotate`) or another instance: on PostgreSQL its NOTIFY drops the
// cache at once (lib/key-changes.ts; every write of the key table announces itself), so while this process
// listens the cache is kept until told; otherwise (SQLite, or the listening connection down) the newest key
// id is re-read at most once a second and a new kid is imported once, so a rotation is seen within a
// second. The state is process-wide (the Next bundle and the fast path of lib/server.ts share it).
const RECHECK_MS = 1000;
const state = processGlobal("maskinporten-signing-key", () => ({
  cached: null as { key: SigningKey; checkedAt: number } | null,
  checking: null as Promise<SigningKey> | null,
  creating: null as Promise<void> | null,
  /** Counts announced rotations: a load that began before one must not cache the key it read. */
  generation: 0,
  subscribed: false,
}));

/** Listens for announced rotations from the first use on (not at import: builds and CLIs import this too). */
function subscribe() {
  if (state.subscribed) return;
  state.subscribed = true;
  onKeysChanged(() => {
    state.generation += 1;
    state.cached = null;
  });
}

async function loadActiveKey(): Promise<SigningKey> {
  const started = state.generation;
  const newest = () =>
    db.signingKey.findFirst({ where: { retiredAt: null }, orderBy: { createdAt: "desc" }, select: { kid: true } });
  let head = await newest();
  if (!head) {
    state.creating ??= createKey().finally(() => (state.creating = null));
    await state.creating;
    head = await newest();
  }
  if (!head) throw new Error("no signing key");
  const cached = state.cached;
  if (cached?.key.kid === head.kid) {
    cached.checkedAt = Date.now();
    return cached.key;
  }
  const row = await db.signingKey.findUniqueOrThrow({ where: { kid: head.kid }, select: { privateJwk: true } });
  const privateKey = (await importJWK(row.privateJwk as JWK, "RS256")) as CryptoKey;
  const key: SigningKey = { kid: head.kid, alg: "RS256", privateKey };
  if (state.generation !== started) return key; // a rotation was announced meanwhile: read again next time
  state.cached = { key, checkedAt: Date.now() };
  return key;
}

/** A reset deleted every key (lib/simulator/reset.ts): the next token is signed by a new one. */
export function forgetSigningKey(): void {
  state.cached = null;
}

/** The key that signs new tokens; the first call on an empty database creates one. */
export async function activeSigningKey(): Promise<SigningKey> {
  subscribe();
  const cached = state.cached;
  if (cached && (keyChangesAnnounced() || Date.now() - cached.checkedAt < RECHECK_MS)) return cached.key;
  state.checking ??= loadActiveKey().finally(() => (state.checking = null));
  return state.checking;
}

/** Public keys to publish: the active ones and retired ones whose tokens may still be alive. */
export async function publishedKeys(now = new Date()): Promise<JWK[]> {
  await activeSigningKey();
  const graceStart = new Date(now.getTime() - ACCESS_TOKEN_LIFETIME_SECONDS * 1000 - 60_000);
  const rows = await db.signingKey.findMany({
    where: { OR: [{ retiredAt: null }, { retiredAt: { gt: graceStart } }] },
    orderBy: { createdAt: "desc" },
  });
  return rows.map((r) => r.publicJwk as JWK);
}

/** Creates a new signing key and retires the current ones (they stay published for the grace period). */
export async function rotateSigningKey(now = new Date()): Promise<string> {
  const row = await newKeyRow();
  // One transaction: no instance ever sees no unretired key; on PostgreSQL every instance is told at commit.
  await db.$transaction([
    db.signingKey.updateMany({ where: { retiredAt: null }, data: { retiredAt: now } }),
    db.signingKey.create({ data: row }),
    ...announce(),
  ]);
  state.generation += 1;
  state.cached = null; // this process sees its own rotation at once
  return (await activeSigningKey()).kid;
}
