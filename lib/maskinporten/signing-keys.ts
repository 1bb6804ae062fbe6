// The Maskinporten simulator's own signing keys: created on first use, kept in the database, rotatable.
// The newest unretired key signs. A retired key stays in the JWKS until every token it signed has
// expired (retiredAt + the longest token lifetime), so APIs that cached the JWKS keep validating.
import { exportJWK, generateKeyPair, importJWK, type JWK } from "jose";
import { randomUUID } from "node:crypto";
import { db } from "../db";
import { ACCESS_TOKEN_LIFETIME_SECONDS } from "./constants";

export interface SigningKey {
  kid: string;
  alg: "RS256";
  privateKey: CryptoKey;
}

async function createKey(): Promise<void> {
  const { privateKey, publicKey } = await generateKeyPair("RS256", { extractable: true, modulusLength: 2048 });
  const kid = `mp-sim-${new Date().toISOString().slice(0, 10)}-${randomUUID().slice(0, 8)}`;
  await db.signingKey.create({
    data: {
      kid,
      alg: "RS256",
      privateJwk: { ...(await exportJWK(privateKey)), kid, alg: "RS256" } as object,
      publicJwk: { ...(await exportJWK(publicKey)), kid, alg: "RS256", use: "sig" } as object,
    },
  });
}

let creating: Promise<void> | null = null;

// The imported private key is cached: importing an RSA JWK on every request cost more than signing. Rotation
// runs in another process (`npm run keys:rotate`), so the newest key id is re-read at most once a second and
// a new kid is imported once; a rotation is seen by this process within a second.
const RECHECK_MS = 1000;
let cached: { key: SigningKey; checkedAt: number } | null = null;
let checking: Promise<SigningKey> | null = null;

async function loadActiveKey(): Promise<SigningKey> {
  const newest = () =>
    db.signingKey.findFirst({ where: { retiredAt: null }, orderBy: { createdAt: "desc" }, select: { kid: true } });
  let head = await newest();
  if (!head) {
    creating ??= createKey().finally(() => (creating = null));
    await creating;
    head = await newest();
  }
  if (!head) throw new Error("no signing key");
  if (cached?.key.kid !== head.kid) {
    const row = await db.signingKey.findUniqueOrThrow({ where: { kid: head.kid }, select: { privateJwk: true } });
    const privateKey = (await importJWK(row.privateJwk as JWK, "RS256")) as CryptoKey;
    cached = { key: { kid: head.kid, alg: "RS256", privateKey }, checkedAt: Date.now() };
  } else cached.checkedAt = Date.now();
  return cached.key;
}

/** A reset deleted every key (lib/simulator/reset.ts): the next token is signed by a new one. */
export function forgetSigningKey(): void {
  cached = null;
}

/** The key that signs new tokens; the first call on an empty database creates one. */
export async function activeSigningKey(): Promise<SigningKey> {
  if (cached && Date.now() - cached.checkedAt < RECHECK_MS) return cached.key;
  checking ??= loadActiveKey().finally(() => (checking = null));
  return checking;
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
  await db.signingKey.updateMany({ where: { retiredAt: null }, data: { retiredAt: now } });
  await createKey();
  cached = null; // this process sees its own rotation at once
  return (await activeSigningKey()).kid;
}
