// Playwright's web server: a throwaway database (a SQLite file, or a fresh PostgreSQL database for a
// postgres:// E2E_DB), migrated and seeded, behind `next start` of the current build on its own port.
// Run `npm run build` first (e2e/run-all.ts does; for PostgreSQL a build on the PostgreSQL client).
import { spawn, execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import pg from "pg";
import { CONTROL_ENV, TEST_ENV } from "./test-env";

// E2E_SERVER=control: the control API's server (e2e/test-env.ts CONTROL_ENV).
const SERVER = process.env.E2E_SERVER === "control" ? CONTROL_ENV : TEST_ENV;
const url = SERVER.DATABASE_URL;
if (/^postgres(ql)?:\/\//.test(url)) {
  // A fresh database per run: drop and create it through the cluster's maintenance database.
  const u = new URL(url);
  const name = u.pathname.slice(1);
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`unexpected database name: ${name}`);
  u.pathname = "/postgres";
  const admin = new pg.Client({ connectionString: u.toString() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
} else {
  const file = url.replace(/^file:/, "");
  for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
}
const env = { ...process.env, ...SERVER };
execFileSync("npx", ["prisma", "migrate", "deploy"], { stdio: "inherit", env });
execFileSync("npx", ["tsx", "prisma/seed.ts"], { stdio: "inherit", env });
// A long keep-alive: Playwright reuses connections, and a server closing an idle one just as the client
// sends on it shows up as ECONNRESET (Node closes idle connections after 5 s by default).
const server = spawn("npx", ["next", "start", "-p", SERVER.PORT, "--keepAliveTimeout", "75000"], { stdio: "inherit", env });
for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => server.kill(sig));
server.on("exit", (code) => process.exit(code ?? 0));
