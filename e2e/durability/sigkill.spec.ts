// Nothing acknowledged is lost (issue 14): a portal of the test's own (its own database beside the run's,
// SQLite or PostgreSQL, and its own port) is killed with SIGKILL under a write load of request creations,
// approvals and tokens, started again on the same database, and every write that got a success answer
// must be there: the request (GET answers it), the approval (Accepted, the system user exists), the
// token's spent jti and its audit row.
import { expect, test } from "@playwright/test";
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { ORGS, SCOPES, SEED_RESOURCE_ID, SEED_SYSTEM_ID } from "../../prisma/cast";
import { approveOver } from "../support/approve-http";
import { DRESS_MINST } from "../support/client-delegation";
import { freshDatabase, siblingDatabase } from "../support/fresh-db";
import { DEMO_CLIENTS, JWT_BEARER, TOKEN_PATH, signGrant } from "../support/maskinporten";
import { testDbClient } from "../support/test-db";
import { KILL_PORT, TEST_ENV } from "../test-env";

const ORIGIN = `http://localhost:${KILL_PORT}`;
const DB = siblingDatabase(TEST_ENV.DATABASE_URL, "kill");
const REQUESTS = "/authentication/api/v1/systemuser/request";
const sc = DEMO_CLIENTS.smartcloud;
/** Acknowledged writes of each kind before the kill (a busy machine takes longer to get there). */
const ENOUGH = { requests: 8, approvals: 3, tokens: 8 };
const env = { ...process.env, ...TEST_ENV, DATABASE_URL: DB, PUBLIC_BASE_URL: ORIGIN, PORT: KILL_PORT };

/** `next start` in a process group of its own, so SIGKILL reaches every process of it. */
async function startPortal(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", KILL_PORT], { env, detached: true, stdio: "ignore" });
  for (let i = 0; i < 600; i++) {
    const up = await fetch(`${ORIGIN}/api/health`).then((r) => r.ok, () => false);
    if (up) return child;
    if (child.exitCode !== null) throw new Error(`the portal exited with ${child.exitCode}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("the portal did not start");
}

const kill = (child: ChildProcess) => {
  try {
    process.kill(-child.pid!, "SIGKILL");
  } catch {
    /* already gone */
  }
};

/** A token of the test's portal; the grant lives the longest Maskinporten allows (its jti row is kept as long). */
async function token(scopes: string[]): Promise<{ jti: string; exp: number; status: number; accessToken?: string }> {
  const jti = randomUUID();
  const iat = Math.floor(Date.now() / 1000);
  const exp = iat + 120;
  const assertion = await signGrant(sc, { scopes, iat, claims: { aud: `${ORIGIN}/maskinporten/`, jti, exp } });
  const res = await fetch(`${ORIGIN}${TOKEN_PATH}`, { method: "POST", body: new URLSearchParams({ grant_type: JWT_BEARER, assertion }) });
  const body = (await res.json()) as { access_token?: string };
  return { jti, exp, status: res.status, accessToken: body.access_token };
}
const VENDOR = [SCOPES.requestWrite, SCOPES.requestRead];
const vendorHeaders = (t: { accessToken?: string }) => ({ authorization: `Bearer ${t.accessToken}`, "content-type": "application/json" });

test("SIGKILL under a write load loses no acknowledged request, approval or token", async () => {
  await freshDatabase(DB, env);
  let portal = await startPortal();
  try {
    const acked = { requests: [] as string[], approvals: [] as string[], tokens: [] as { jti: string; exp: number }[] };
    const issue = async (scopes: string[]) => {
      const t = await token(scopes);
      if (t.status === 200) acked.tokens.push(t);
      return t;
    };
    const pending: { id: string; confirmUrl: string }[] = [];
    let stop = false;
    const guard = async (fn: () => Promise<void>) => {
      while (!stop) await fn().catch(() => undefined); // an answer lost to the kill is not acknowledged
    };
    const create = async () => {
      // a token for each request (a token lives 120 s, a busy machine's load phase may last longer)
      const vendor = await issue(VENDOR);
      const res = await fetch(`${ORIGIN}${REQUESTS}/vendor`, {
        method: "POST",
        headers: vendorHeaders(vendor),
        body: JSON.stringify({ systemId: SEED_SYSTEM_ID, partyOrgNo: ORGS.tiger.orgNo, externalRef: `kill-${randomUUID()}`, rights: [{ action: "read", resource: [{ id: "urn:altinn:resource", value: SEED_RESOURCE_ID }] }] }),
      });
      if (res.status !== 201) return;
      const r = (await res.json()) as { id: string; confirmUrl: string };
      acked.requests.push(r.id);
      pending.push(r);
    };
    const approve = async () => {
      const r = pending.shift();
      if (!r) return new Promise<void>((ok) => setTimeout(ok, 20));
      const res = await approveOver(ORIGIN, DRESS_MINST, ORGS.tiger.orgNo, r.confirmUrl);
      if (res.status === 303) acked.approvals.push(r.id);
    };
    const tokens = async () => void (await issue([SCOPES.kravOgBetalinger]));
    const load = Promise.all([guard(create), guard(create), guard(approve), guard(tokens), guard(tokens)]);
    const enough = () => acked.requests.length >= ENOUGH.requests && acked.approvals.length >= ENOUGH.approvals && acked.tokens.length >= ENOUGH.tokens;
    for (let waited = 0; !enough() && waited < 90_000; waited += 50) await new Promise((r) => setTimeout(r, 50));
    kill(portal); // mid-load: the loops keep writing, so writes are in flight
    stop = true;
    await load;
    expect(acked.requests.length, "requests acknowledged before the kill").toBeGreaterThanOrEqual(ENOUGH.requests);
    expect(acked.approvals.length, "approvals acknowledged before the kill").toBeGreaterThanOrEqual(ENOUGH.approvals);
    expect(acked.tokens.length, "tokens acknowledged before the kill").toBeGreaterThanOrEqual(ENOUGH.tokens);

    portal = await startPortal();
    const db = testDbClient(DB);
    try {
      const requests = await db.systemUserRequest.findMany({ where: { id: { in: acked.requests } }, select: { id: true, status: true } });
      expect(requests.map((r) => r.id).sort()).toEqual([...acked.requests].sort());
      const accepted = requests.filter((r) => r.status === "Accepted").map((r) => r.id);
      expect(accepted).toEqual(expect.arrayContaining(acked.approvals));
      const users = await db.systemUser.findMany({ where: { id: { in: acked.approvals } }, select: { id: true } });
      expect(users.map((u) => u.id).sort()).toEqual([...acked.approvals].sort());
      // a spent jti is kept until its grant expires (then swept): every unexpired one must be there
      const live = acked.tokens.filter((t) => t.exp * 1000 > Date.now() + 5_000).map((t) => t.jti);
      expect(live.length, "tokens still unexpired at the check").toBeGreaterThan(0);
      const jtis = await db.usedJti.findMany({ where: { clientId: sc.clientId, jti: { in: live } }, select: { jti: true } });
      expect(jtis.map((j) => j.jti).sort()).toEqual([...live].sort());
      // and every token has its audit row (kept for good)
      const issued = await db.auditEvent.count({ where: { action: "token.issued", actor: `client:${sc.clientId}` } });
      expect(issued).toBeGreaterThanOrEqual(acked.tokens.length);
    } finally {
      await db.$disconnect();
    }
    // the restarted portal answers from the same data
    const res = await fetch(`${ORIGIN}${REQUESTS}/vendor/${acked.approvals[0]}`, { headers: vendorHeaders(await token(VENDOR)) });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { status: string }).status).toBe("Accepted");
  } finally {
    kill(portal);
  }
});
