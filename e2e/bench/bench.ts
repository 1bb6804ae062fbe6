// `npm run bench`: load figures for the hot endpoints of the built portal (run `npm run build` first).
// Starts the portal's server (lib/server.ts, as `npm start`) on a throwaway SQLite database (--postgres: a
// throwaway PostgreSQL cluster with fsync on, as lib/ops/pg-cluster.ts starts it, or DATABASE_URL=postgres://...
// given to it; --instances N: N servers on that one database behind lib/ops/round-robin.ts's front),
// seeds the cast plus one approved standard system user, optionally a large data set (--large: 100,000
// system users and 20,000 client delegations), and loads, one after another, with autocannon:
//   token   POST /maskinporten/token, a system-user grant with a fresh jti each (pre-signed pool)
//   permit  POST /authorization/api/v1/authorize, a decision that is Permit
//   deny    the same for a party the system user has no delegation for
//   api     GET Skatteetaten's Krav og betalinger (token via the JWKS, PDP over HTTP)
//   reference  node-oidc-provider's jwt-bearer grant with the same RS256 crypto (e2e/bench/oidc-reference.ts),
//           in its own process on the next port, loaded the same way: the yardstick for `token`
// Grants are signed before the timed run (signing must not compete with the server) and dated so that
// the ±10 s `iat` window holds during it. Prints req/s, p50/p99 latency, errors and the server's CPU.
//   npm run bench -- [--duration 10] [--connections 16] [--large] [--only token,permit] [--cpu-prof <dir>]
//                    [--postgres [--instances N]]
// (--cpu-prof: the server writes a V8 CPU profile of the whole run into <dir> when it stops)
// On PostgreSQL the build is the same one (it carries both generated clients: lib/db-client.ts).
// Ports: the server (or the round-robin front) on --port, the reference on --port + 1, instances from --port + 2.
import autocannon from "autocannon";
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { SignJWT, importJWK, type JWK } from "jose";
import { ensurePostgres, startThrowawayDatabase, type Cluster } from "../../lib/ops/pg-cluster";

const { values: opts } = parseArgs({
  options: {
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "16" },
    large: { type: "boolean", default: false },
    only: { type: "string" },
    port: { type: "string", default: "3300" },
    "cpu-prof": { type: "string" },
    postgres: { type: "boolean", default: false },
    instances: { type: "string", default: "1" },
  },
});
const DURATION = Number(opts.duration);
const CONNECTIONS = Number(opts.connections);
const PORT = opts.port!;
const BASE = `http://localhost:${PORT}`;
const INSTANCES = Number(opts.instances);
if (!Number.isInteger(INSTANCES) || INSTANCES < 1 || INSTANCES > 8) throw new Error(`--instances must be 1..8, not ${opts.instances}`);
const GIVEN_PG_URL = process.env.DATABASE_URL?.startsWith("postgres") ? process.env.DATABASE_URL : undefined;
const POSTGRES = opts.postgres || Boolean(GIVEN_PG_URL);
if (INSTANCES > 1 && !POSTGRES) throw new Error("--instances needs --postgres (several processes share one database only on PostgreSQL)");
let DB_URL = GIVEN_PG_URL ?? "file:./prisma/bench.db";
const ENV = {
  ...process.env,
  DATABASE_URL: DB_URL,
  PUBLIC_BASE_URL: BASE,
  AUTH_SECRET: "bench-only-secret-not-for-real-use-0123456789",
  NEXT_TELEMETRY_DISABLED: "1",
  NODE_ENV: "production" as const,
};
Object.assign(process.env, ENV);

const APE = "310904473";
const VEIK = "310609544";
const RESOURCE = "ske-krav-og-betalinger";
const SYSTEM_ID = "991825827_smartcloud";
const EXTERNAL_REF = "bench";
const KRAV_SCOPE = "skatteetaten:kravogbetalinger";

function keyOf(name: string): JWK {
  return JSON.parse(readFileSync(join("prisma/fixtures/demo-keys", `${name}.private.jwk.json`), "utf8")) as JWK;
}
const CLIENTS = {
  smartcloud: { clientId: "a2ed712d-4144-4471-839f-80ae4a68146b", kid: "smartcloud-demo-2026", jwk: keyOf("smartcloud") },
  skatteetaten: { clientId: "5f3c8b0e-7d21-4a9e-b6c4-2e8f1a0d9c73", kid: "skatteetaten-demo-2026", jwk: keyOf("skatteetaten") },
};

// ---------- database and server ----------

function prepareDatabase() {
  if (DB_URL.startsWith("file:")) {
    const file = DB_URL.slice(5);
    for (const s of ["", "-journal", "-wal", "-shm"]) rmSync(file + s, { force: true });
  }
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env: ENV, stdio: "ignore" });
  execFileSync("npx", ["tsx", "prisma/seed.ts"], { env: ENV, stdio: "ignore" });
}

async function seedBenchData(large: boolean) {
  const { db } = await import("../../lib/db");
  const su = { id: randomUUID(), userType: "standard", systemId: SYSTEM_ID, reporteeOrgNo: APE, externalRef: EXTERNAL_REF, integrationTitle: "bench" };
  await db.systemUser.create({
    data: { ...su, liveKey: `${SYSTEM_ID}|${APE}|${EXTERNAL_REF}`, rights: { create: [{ resource: RESOURCE, action: "read" }] } },
  });
  if (large) {
    const BATCH = 5000;
    for (let i = 0; i < 100_000; i += BATCH) {
      const users = Array.from({ length: BATCH }, (_, j) => ({
        id: randomUUID(), userType: "standard", systemId: SYSTEM_ID, reporteeOrgNo: APE,
        externalRef: `bulk-${i + j}`, integrationTitle: "bulk", liveKey: `${SYSTEM_ID}|${APE}|bulk-${i + j}`,
      }));
      await db.systemUser.createMany({ data: users });
      await db.systemUserRight.createMany({ data: users.map((u) => ({ systemUserId: u.id, resource: RESOURCE, action: "read" })) });
    }
    const agents = Array.from({ length: 2000 }, (_, j) => ({
      id: randomUUID(), userType: "agent", systemId: SYSTEM_ID, reporteeOrgNo: "314250052",
      externalRef: `bulk-agent-${j}`, integrationTitle: "bulk agent", liveKey: `${SYSTEM_ID}|314250052|bulk-agent-${j}`,
    }));
    await db.systemUser.createMany({ data: agents });
    const delegations = agents.flatMap((a, j) =>
      Array.from({ length: 10 }, (_, k) => ({ systemUserId: a.id, clientOrgNo: String(800_000_000 + j * 10 + k), createdByPid: "06857897380" })),
    );
    for (let i = 0; i < delegations.length; i += BATCH) await db.clientDelegation.createMany({ data: delegations.slice(i, i + BATCH) });
  }
  await db.$disconnect();
  return su.id;
}

// ---------- PostgreSQL ----------

let cluster: Cluster | undefined;

/** A throwaway cluster unless DATABASE_URL names a database. */
async function preparePostgres() {
  if (!GIVEN_PG_URL) await startThrowawayCluster();
}

async function startThrowawayCluster() {
  const bin = ensurePostgres();
  if (!bin) throw new Error("--postgres: PostgreSQL's server binaries are missing (install Debian's postgresql as root).");
  // fsync on, as a real server runs it: a commit the portal acknowledges is on disk (the tests' clusters skip it)
  const started = await startThrowawayDatabase(bin, "bench", 55460, "bench", { fsync: true });
  cluster = started.cluster;
  DB_URL = started.url;
  Object.assign(ENV, { DATABASE_URL: DB_URL });
  process.env.DATABASE_URL = DB_URL;
}

// ---------- servers ----------

interface Servers {
  /** The processes whose CPU is the server's: the instances, and the round-robin front when there is one. */
  pids: number[];
  stop: () => void;
}

async function waitForHealth(url: string) {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the portal at ${url} did not start`);
}

function spawnPortal(port: number, profileName?: string): ChildProcess {
  const dir = opts["cpu-prof"];
  const profile = dir ? ["--cpu-prof", "--cpu-prof-dir", dir, ...(profileName ? ["--cpu-prof-name", `${profileName}.cpuprofile`] : [])] : [];
  return spawn(process.execPath, [...profile, "--import", "tsx", "lib/server.ts", "-p", String(port), "--keepAliveTimeout", "75000"], { env: ENV, stdio: ["ignore", "ignore", "inherit"], detached: true });
}

/** One portal on PORT; or INSTANCES portals from PORT + 2 behind the round-robin front on PORT (its own process). */
async function startServers(): Promise<Servers> {
  const children: ChildProcess[] = [];
  const stop = () => {
    for (const c of children) if (c.exitCode === null) process.kill(-c.pid!, "SIGTERM");
  };
  try {
    if (INSTANCES === 1) {
      children.push(spawnPortal(Number(PORT)));
      await waitForHealth(BASE);
      return { pids: [children[0]!.pid!], stop };
    }
    const ports = Array.from({ length: INSTANCES }, (_, i) => Number(PORT) + 2 + i);
    for (const [i, port] of ports.entries()) children.push(spawnPortal(port, `instance-${i + 1}`));
    for (const port of ports) await waitForHealth(`http://localhost:${port}`);
    const front = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", `await (await import("./lib/ops/round-robin.ts")).startRoundRobin(${PORT}, ${JSON.stringify(ports)});`], { env: ENV, stdio: ["ignore", "ignore", "inherit"], detached: true });
    children.push(front);
    await waitForHealth(BASE);
    return { pids: children.map((c) => c.pid!), stop };
  } catch (e) {
    stop();
    throw e;
  }
}

/** CPU seconds used so far by the servers' process trees (utime + stime from /proc). */
function serverCpuSeconds(rootPids: number[]): number {
  const children = new Map<number, number[]>();
  for (const d of readdirSync("/proc")) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(d)]);
    } catch {}
  }
  let ticks = 0;
  const walk = (pid: number) => {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      ticks += Number(f[11]) + Number(f[12]);
    } catch {}
    for (const c of children.get(pid) ?? []) walk(c);
  };
  for (const pid of rootPids) walk(pid);
  return ticks / 100;
}

// ---------- grants and tokens ----------

type Client = (typeof CLIENTS)[keyof typeof CLIENTS];

async function signer(client: Client, aud = `${BASE}/maskinporten/`) {
  const key = await importJWK(client.jwk, "RS256");
  return (claims: Record<string, unknown>, iat: number) =>
    new SignJWT({ ...claims, iss: client.clientId, aud, iat, exp: iat + 100, jti: randomUUID() })
      .setProtectedHeader({ alg: "RS256", kid: client.kid })
      .sign(key);
}

const SYSTEM_USER_GRANT = {
  scope: KRAV_SCOPE,
  authorization_details: [{ type: "urn:altinn:systemuser", systemuser_org: { authority: "iso6523-actorid-upis", ID: `0192:${APE}` }, externalRef: EXTERNAL_REF }],
};

function form(assertion: string, extra: Record<string, string> = {}): string {
  return new URLSearchParams({ ...extra, grant_type: "urn:ietf:params:oauth:grant-type:jwt-bearer", assertion }).toString();
}

async function token(client: Client, claims: Record<string, unknown>): Promise<string> {
  const sign = await signer(client);
  const res = await fetch(`${BASE}/maskinporten/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: form(await sign(claims, Math.floor(Date.now() / 1000))),
  });
  const body = (await res.json()) as { access_token?: string };
  if (!body.access_token) throw new Error(`no token: ${JSON.stringify(body)}`);
  return body.access_token;
}

/** `count` fresh grants whose `iat` lies inside the ±10 s window while the run that starts after them lasts. */
async function grantPool(count: number, aud?: string, extra?: Record<string, string>): Promise<string[]> {
  const sign = await signer(CLIENTS.smartcloud, aud);
  const t0 = performance.now();
  const probe = await Promise.all(Array.from({ length: 50 }, () => sign(SYSTEM_USER_GRANT, 0)));
  const perGrantMs = (performance.now() - t0) / probe.length;
  const iat = Math.floor(Date.now() / 1000 + (perGrantMs * count) / 1000 + DURATION / 2);
  const pool: string[] = [];
  for (let i = 0; i < count; i++) pool.push(form(await sign(SYSTEM_USER_GRANT, iat), extra));
  // Signed faster than estimated: wait, so that the run spans iat - DURATION/2 .. iat + DURATION/2.
  const early = (iat - DURATION / 2) * 1000 - Date.now();
  if (early > 0) await new Promise((r) => setTimeout(r, early));
  return pool;
}

function xacml(systemUserId: string, party: string) {
  return JSON.stringify({
    Request: {
      AccessSubject: [{ Attribute: [{ AttributeId: "urn:altinn:systemuser:uuid", Value: systemUserId }] }],
      Action: [{ Attribute: [{ AttributeId: "urn:oasis:names:tc:xacml:1.0:action:action-id", Value: "read" }] }],
      Resource: [{ Attribute: [
        { AttributeId: "urn:altinn:resource", Value: RESOURCE },
        { AttributeId: "urn:altinn:organization:identifier-no", Value: party },
      ] }],
    },
  });
}

async function decisionOf(body: string, bearer: string): Promise<string> {
  const res = await fetch(`${BASE}/authorization/api/v1/authorize`, { method: "POST", headers: { authorization: `Bearer ${bearer}`, "content-type": "application/json" }, body });
  const json = (await res.json()) as { response?: { decision: string }[]; Response?: { Decision: string }[] };
  return json.response?.[0]?.decision ?? json.Response?.[0]?.Decision ?? `HTTP ${res.status}`;
}

// ---------- load ----------

interface Figures { name: string; rps: number; p50: number; p99: number; errors: number; non2xx: number; cpu: number }

async function load(name: string, serverPids: number[], request: autocannon.Request, duration = DURATION, url = BASE): Promise<Figures> {
  const cpu0 = serverCpuSeconds(serverPids);
  let firstRefusal: string | undefined; // what a non-2xx answered, to tell a server fault from a stale grant
  const onResponse = (status: number, body: string) => {
    if (status >= 300 && !firstRefusal) firstRefusal = `${status} ${body.slice(0, 300)}`;
  };
  const r = await autocannon({ url, connections: CONNECTIONS, duration, requests: [{ ...request, onResponse }] });
  const cpu = (serverCpuSeconds(serverPids) - cpu0) / duration;
  if (firstRefusal) console.warn(`${name}: the first non-2xx answer: ${firstRefusal}`);
  return { name, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts, non2xx: r.non2xx, cpu };
}

/** node-oidc-provider's jwt-bearer grant, same crypto, same pool scheme, its own process while the portal idles. */
async function reference(): Promise<Figures> {
  const port = String(Number(PORT) + 1);
  const url = `http://localhost:${port}`;
  const ref = spawn("npx", ["tsx", "e2e/bench/oidc-reference.ts", port, "prisma/fixtures/demo-keys/smartcloud.public.jwk.json"], { stdio: ["ignore", "pipe", "inherit"], detached: true });
  await new Promise<void>((resolve, reject) => {
    ref.stdout!.on("data", (d: Buffer) => d.toString().includes("ready") && resolve());
    ref.on("exit", (code) => reject(new Error(`the reference exited (${code})`)));
  });
  try {
    const request = (pool: string[], next: () => number): autocannon.Request => ({
      method: "POST", path: "/token", headers: { "content-type": "application/x-www-form-urlencoded" },
      setupRequest: (req) => ({ ...req, body: pool[next()] ?? pool[pool.length - 1] }),
    });
    const extra = { client_id: "bench-reference" };
    const warm = await grantPool(200, `${url}/`, extra);
    let w = 0;
    const warmRun = await load("warm-up", [ref.pid!], request(warm, () => w++ % warm.length), 2, url);
    const pool = await grantPool(Math.ceil(Math.max(warmRun.rps, 100) * DURATION * 1.5), `${url}/`, extra);
    let i = 0;
    const f = await load("reference", [ref.pid!], request(pool, () => i++), DURATION, url);
    if (i > pool.length) console.warn(`reference: the pool of ${pool.length} grants ran out (${i} requests): later ones reused a jti`);
    return f;
  } finally {
    process.kill(-ref.pid!, "SIGTERM");
  }
}

function print(rows: Figures[]) {
  // CPU ms per request: the server's own cost, which a busy machine distorts far less than req/s.
  console.log("\nendpoint   req/s     p50 ms  p99 ms  errors  non-2xx  server CPU (cores)  CPU ms/req");
  for (const f of rows) {
    const perRequest = f.rps > 0 ? ((f.cpu * 1000) / f.rps).toFixed(2) : "-";
    console.log(`${f.name.padEnd(10)} ${f.rps.toFixed(0).padStart(7)}  ${String(f.p50).padStart(6)}  ${String(f.p99).padStart(6)}  ${String(f.errors).padStart(6)}  ${String(f.non2xx).padStart(7)}  ${f.cpu.toFixed(2).padStart(18)}  ${perRequest.padStart(10)}`);
  }
}

/** A repeatable request (the PDP, the API): 2 s of warm-up (first connections, caches, JIT), then the timed run. */
async function warmedLoad(name: string, pids: number[], request: autocannon.Request): Promise<Figures> {
  await load(`${name} warm-up`, pids, request, 2);
  return load(name, pids, request);
}

async function main() {
  const only = opts.only?.split(",") ?? ["token", "reference", "permit", "deny", "api"];
  const build = process.env.NEXT_DIST_DIR || ".next";
  if (!existsSync(join(build, "BUILD_ID"))) {
    throw new Error("No build: run `npm run build` first.");
  }
  try {
    if (POSTGRES) await preparePostgres();
    const setup = POSTGRES ? `PostgreSQL${INSTANCES > 1 ? `, ${INSTANCES} instances behind a round-robin front` : ""}` : "SQLite";
    console.log(`bench: ${CONNECTIONS} connections, ${DURATION} s per endpoint, database ${setup}${opts.large ? ", large data set" : ""}${process.env.SIMULATOR_EXCHANGES === "off" ? ", recorder off" : ""}`);
    prepareDatabase();
    const systemUserId = await seedBenchData(Boolean(opts.large));
    const servers = await startServers();
    const pids = servers.pids;
    const rows: Figures[] = [];
    try {
      // Warm-up: compile the routes and estimate the token rate, to size the grant pool.
      const warm = await grantPool(200);
      let w = 0;
      const warmRun = await load("warm-up", pids, { method: "POST", path: "/maskinporten/token", headers: { "content-type": "application/x-www-form-urlencoded" }, setupRequest: (req) => ({ ...req, body: warm[w++ % warm.length] }) }, 2);
      if (only.includes("token")) {
        const size = Math.ceil(Math.max(warmRun.rps, 100) * DURATION * 2.5);
        const pool = await grantPool(size);
        let i = 0;
        const f = await load("token", pids, {
          method: "POST",
          path: "/maskinporten/token",
          headers: { "content-type": "application/x-www-form-urlencoded" },
          setupRequest: (req) => ({ ...req, body: pool[i++] ?? pool[pool.length - 1] }),
        });
        if (i > pool.length) console.warn(`token: the pool of ${pool.length} grants ran out (${i} requests): later ones reused a jti`);
        rows.push(f);
      }
      if (only.includes("reference")) rows.push(await reference());
      for (const [name, party] of [["permit", APE], ["deny", VEIK]] as const) {
        if (!only.includes(name)) continue;
        const bearer = await token(CLIENTS.skatteetaten, { scope: "altinn:authorization/authorize" });
        const body = xacml(systemUserId, party);
        console.log(`${name}: the PDP answers ${await decisionOf(body, bearer)}`);
        rows.push(await warmedLoad(name, pids, { method: "POST", path: "/authorization/api/v1/authorize", headers: { authorization: `Bearer ${bearer}`, "content-type": "application/json" }, body }));
      }
      if (only.includes("api")) {
        const bearer = await token(CLIENTS.smartcloud, SYSTEM_USER_GRANT);
        rows.push(await warmedLoad("api", pids, { method: "GET", path: `/skatteetaten/api/innkreving/kravogbetalinger/v1/krav/${APE}`, headers: { authorization: `Bearer ${bearer}` } }));
      }
    } finally {
      servers.stop();
    }
    print(rows);
    if (INSTANCES > 1) console.log("(server CPU: the instances and the round-robin front together)");
    const os = await import("node:os");
    console.log(`\nmachine: ${os.cpus().length} cores, ${os.cpus()[0]?.model}, Node ${process.version}`);
  } finally {
    cluster?.stop();
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
