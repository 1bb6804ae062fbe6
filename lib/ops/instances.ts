// `npm run instances -- [N] [--port P] [--no-build]`: N portal instances (default 2) on one PostgreSQL
// database, behind a round-robin front on port P (default 3000; the instances take P+1 .. P+N).
// --no-build reuses the last build (one build serves SQLite and PostgreSQL: lib/db-client.ts).
// DATABASE_URL (environment or .env) is used when it is a postgres:// URL: migrated and seeded, data kept.
// Otherwise a throwaway cluster is started as the tests do (Debian's postgresql, installed when missing
// and we are root; data in /tmp, stopped on exit). The build is made once for all instances; they share
// AUTH_SECRET (sessions work on every instance) and PUBLIC_BASE_URL
// (the front's origin: issuer, confirmUrls). Ctrl-C stops everything.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { isPostgres } from "../env";
import { ensurePostgres, startThrowawayDatabase, type Cluster } from "./pg-cluster";
import { startRoundRobin } from "./round-robin";

const args = process.argv.slice(2);
const flag = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const count = Number(args.find((a, i) => /^\d+$/.test(a) && args[i - 1] !== "--port") ?? 2);
const frontPort = Number(flag("--port") ?? 3000);
if (!Number.isInteger(count) || count < 1 || count > 32) throw new Error(`N must be 1..32, not ${count}`);

if (existsSync(".env")) process.loadEnvFile(".env");
const origin = process.env.PUBLIC_BASE_URL || `http://localhost:${frontPort}`;
const secret = process.env.AUTH_SECRET || randomBytes(32).toString("base64url");

let cluster: Cluster | undefined;
let url = process.env.DATABASE_URL ?? "";
if (!isPostgres(url)) {
  const bin = ensurePostgres();
  if (!bin) throw new Error("No postgres:// DATABASE_URL, and PostgreSQL's server binaries are missing (install Debian's postgresql as root).");
  ({ cluster, url } = await startThrowawayDatabase(bin, "instances", 55442, "altinnsim"));
  console.log(`Throwaway PostgreSQL cluster: ${url} (stopped on exit)`);
}

const children: ChildProcess[] = [];
let stopping = false;
function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const c of children) if (c.exitCode === null) c.kill("SIGTERM");
  cluster?.stop();
  process.exit(code);
}
process.on("SIGINT", () => stop());
process.on("SIGTERM", () => stop());

try {
  const env = { ...process.env, DATABASE_URL: url, AUTH_SECRET: secret, PUBLIC_BASE_URL: origin, NEXT_TELEMETRY_DISABLED: "1" };
  const run = (cmd: string, a: string[]) => execFileSync(cmd, a, { stdio: "inherit", env });
  run("npx", ["prisma", "migrate", "deploy"]);
  run("npx", ["tsx", "prisma/seed.ts"]);
  if (!args.includes("--no-build") || !existsSync(".next/BUILD_ID")) run("npx", ["next", "build"]);

  const ports = Array.from({ length: count }, (_, i) => frontPort + 1 + i);
  for (const port of ports) {
    const child = spawn(process.execPath, ["--import", "tsx", "lib/server.ts", "-p", String(port), "--keepAliveTimeout", "75000"], { stdio: "inherit", env });
    child.on("exit", (code) => {
      if (!stopping) {
        console.error(`The instance on port ${port} stopped (${code}): stopping all.`);
        stop(1);
      }
    });
    children.push(child);
  }
  for (const port of ports) {
    while (!(await fetch(`http://localhost:${port}/api/health`).then((r) => r.ok, () => false))) await new Promise((r) => setTimeout(r, 200));
  }
  await startRoundRobin(frontPort, ports);
  console.log(`\n${count} instances on ports ${ports.join(", ")}, one database; round-robin front on http://localhost:${frontPort} (PUBLIC_BASE_URL ${origin}). Ctrl-C stops all.`);
} catch (e) {
  console.error(e);
  stop(1);
}
