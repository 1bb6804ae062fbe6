// Reading access tokens against a real, throwaway SQLite database: a token verified once is remembered with
// the cached key set, but its expiry still follows the portal's clock on every call, a changed byte is a
// new token (verified, and refused), and a token of a key that has left is refused once the set is re-read.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, afterEach, before, it } from "node:test";

const dir = mkdtempSync(join(tmpdir(), "mp-verified-tokens-"));
process.env.DATABASE_URL = `file:${join(dir, "tokens.db")}`;

const lib = async () => ({
  ...(await import("./access-token")),
  ...(await import("../simulator/state")),
  db: (await import("../db")).db,
});

before(() => {
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env: process.env, stdio: "ignore" });
});

afterEach(async () => (await lib()).setSnapshot({ offsetMs: 0 }));

after(async () => {
  await (await lib()).db.$disconnect();
  rmSync(dir, { recursive: true, force: true });
});

const issue = async () => (await lib()).issueAccessToken({ clientId: "c", consumerOrgNo: "991825827", scopes: ["a:b"] });
const rejection = (p: Promise<unknown>) =>
  p.then(
    () => "accepted",
    (e: { reason?: string }) => e.reason ?? String(e),
  );

it("a remembered token still expires by the portal's clock", async () => {
  const { verifyAccessTokenLocally, setSnapshot } = await lib();
  const { accessToken } = await issue();
  assert.equal((await verifyAccessTokenLocally(accessToken)).clientId, "c");
  assert.equal((await verifyAccessTokenLocally(accessToken)).clientId, "c");
  setSnapshot({ offsetMs: 121_000 }); // the token lives 120 s
  assert.equal(await rejection(verifyAccessTokenLocally(accessToken)), "expired");
  setSnapshot({ offsetMs: 0 });
  assert.equal((await verifyAccessTokenLocally(accessToken)).clientId, "c");
});

it("a changed byte of a remembered token is refused", async () => {
  const { verifyAccessTokenLocally } = await lib();
  const { accessToken } = await issue();
  await verifyAccessTokenLocally(accessToken);
  const [h, p, s] = accessToken.split(".");
  const payload = JSON.parse(Buffer.from(p!, "base64url").toString());
  const forged = [h, Buffer.from(JSON.stringify({ ...payload, scope: "altinn:authorization/authorize.admin" })).toString("base64url"), s].join(".");
  assert.equal(await rejection(verifyAccessTokenLocally(forged)), "invalid");
  const flipped = accessToken.slice(0, -2) + (accessToken.at(-2) === "A" ? "B" : "A") + accessToken.at(-1);
  assert.equal(await rejection(verifyAccessTokenLocally(flipped)), "invalid");
});

it("a remembered token whose key has left is refused once the key set is read again", async () => {
  const { verifyAccessTokenLocally, forgetKeySet, db } = await lib();
  const { accessToken } = await issue();
  await verifyAccessTokenLocally(accessToken);
  await db.signingKey.deleteMany({});
  forgetKeySet(); // what a reset's announcement does; otherwise the set is re-read within a second
  assert.equal(await rejection(verifyAccessTokenLocally(accessToken)), "invalid");
});
