// `npm run db:reset`: back to the seed's initial state. SQLite: a new file; PostgreSQL: migrate reset.
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";

try {
  process.loadEnvFile(".env");
} catch {}
const url = process.env.DATABASE_URL || "file:./prisma/dev.db";
const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { stdio: "inherit", env: { ...process.env, DATABASE_URL: url } });

if (/^postgres(ql)?:\/\//.test(url)) {
  run("npx", ["prisma", "migrate", "reset", "--force", "--skip-seed"]);
} else {
  const file = url.replace(/^file:/, "");
  for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
  run("npx", ["prisma", "migrate", "deploy"]);
}
run("npx", ["tsx", "prisma/seed.ts"]);
