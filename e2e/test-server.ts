// Playwright's web server: a throwaway SQLite database, migrated and seeded, behind `next start` of the
// current build on its own port. Run `npm run build` first (e2e/run-all.ts does).
import { spawn, execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { TEST_ENV } from "./test-env";

const file = TEST_ENV.DATABASE_URL.replace(/^file:/, "");
for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
const env = { ...process.env, ...TEST_ENV };
execFileSync("npx", ["prisma", "migrate", "deploy"], { stdio: "inherit", env });
execFileSync("npx", ["tsx", "prisma/seed.ts"], { stdio: "inherit", env });
// A long keep-alive: Playwright reuses connections, and a server closing an idle one just as the client
// sends on it shows up as ECONNRESET (Node closes idle connections after 5 s by default).
const server = spawn("npx", ["next", "start", "-p", TEST_ENV.PORT, "--keepAliveTimeout", "75000"], { stdio: "inherit", env });
for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => server.kill(sig));
server.on("exit", (code) => process.exit(code ?? 0));
