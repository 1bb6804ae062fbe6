// Key rotation against a real, throwaway SQLite database (migrated with `prisma migrate deploy`): tokens
// signed before a rotation keep verifying while the retired key is published, new tokens use the new
// kid, and the retired key leaves the JWKS once every token it signed has expired.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, it } from "node:test";
import { decodeProtectedHeader } from "jose";

const dir = mkdtempSync(join(tmpdir(), "mp-signing-keys-"));
process.env.DATABASE_URL = `file:${join(dir, "keys.db")}`;

const lib = async () => ({
  ...(await import("./signing-keys")),
  ...(await import("./access-token")),
  db: (await import("../db")).db,
});

before(() => {
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env: process.env, stdio: "ignore" });
});

after(async () => {
  await (await lib()).db.$disconnect();
  rmSync(dir, { recursive: true, force: true });
});

const issue = async (now: Date) =>
  (await lib()).issueAccessToken({ clientId: "c", consumerOrgNo: "991825827", scopes: ["a:b"], now });

it("rotation: old tokens verify during the grace period, new tokens use the new kid", async () => {
  const { rotateSigningKey, publishedKeys, verifyAccessTokenLocally } = await lib();
  const t0 = new Date();
  const before = await issue(t0);
  const oldKid = decodeProtectedHeader(before.accessToken).kid;
  assert.deepEqual((await publishedKeys(t0)).map((k) => k.kid), [oldKid]);

  const newKid = await rotateSigningKey(t0);
  assert.notEqual(newKid, oldKid);
  const afterRotation = await issue(t0);
  assert.equal(decodeProtectedHeader(afterRotation.accessToken).kid, newKid);
  assert.deepEqual(new Set((await publishedKeys(t0)).map((k) => k.kid)), new Set([oldKid, newKid]));
  assert.equal((await verifyAccessTokenLocally(before.accessToken, t0)).clientId, "c");
  assert.equal((await verifyAccessTokenLocally(afterRotation.accessToken, t0)).clientId, "c");

  // every token of the old key has expired (120 s) plus a minute of JWKS caching: the key is gone
  const later = new Date(t0.getTime() + 181_000);
  assert.deepEqual((await publishedKeys(later)).map((k) => k.kid), [newKid]);
  for (const k of await publishedKeys(t0)) assert.equal((k as Record<string, unknown>).d, undefined);
});

it("a rotation by another process (rows written beside this one) is seen within a second, without a restart", async () => {
  const { activeSigningKey, db } = await lib();
  const oldKid = (await activeSigningKey()).kid;
  const { exportJWK, generateKeyPair } = await import("jose");
  const { privateKey, publicKey } = await generateKeyPair("RS256", { extractable: true });
  const kid = "other-process-key";
  // what `npm run keys:rotate` writes from its own process: this process's cache is not told
  await db.signingKey.updateMany({ where: { retiredAt: null }, data: { retiredAt: new Date() } });
  await db.signingKey.create({
    data: { kid, privateJwk: { ...(await exportJWK(privateKey)), kid } as object, publicJwk: { ...(await exportJWK(publicKey)), kid } as object },
  });
  await new Promise((r) => setTimeout(r, 1100));
  const now = await activeSigningKey();
  assert.equal(now.kid, kid);
  assert.notEqual(now.kid, oldKid);
});
