// Playwright's web server: a throwaway database (a SQLite file, or a fresh PostgreSQL database for a
// postgres:// E2E_DB), migrated and seeded, behind the portal's server (lib/server.ts) of the current build on its own port.
// Run `npm run build` first (e2e/run-all.ts does; the one build serves SQLite and PostgreSQL).
// `--instance-b`: a second portal on the same database (already prepared by the first), on INSTANCE_B_PORT;
// E2E_SERVER=control: the control API's own portal and database (CONTROL_ENV).
import { spawn } from "node:child_process";
import { CONTROL_ENV, INSTANCE_B_PORT, TEST_ENV } from "./test-env";
import { freshDatabase } from "./support/fresh-db";

const second = process.argv.includes("--instance-b");
const SERVER = process.env.E2E_SERVER === "control" ? CONTROL_ENV : TEST_ENV;
const env = { ...process.env, ...SERVER };
if (!second) await freshDatabase(SERVER.DATABASE_URL, env);
// A long keep-alive: Playwright reuses connections, and a server closing an idle one just as the client
// sends on it shows up as ECONNRESET (Node closes idle connections after 5 s by default).
// lib/server.ts: Next's handler behind the portal's own HTTP server, as `npm start` runs it.
const port = second ? INSTANCE_B_PORT : SERVER.PORT;
const server = spawn(process.execPath, ["--import", "tsx", "lib/server.ts", "-p", port, "--keepAliveTimeout", "75000"], { stdio: "inherit", env });
for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => server.kill(sig));
server.on("exit", (code) => process.exit(code ?? 0));
