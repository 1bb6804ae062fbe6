// `npm run setup`: everything a fresh clone needs before the portal runs: a .env with a random
// AUTH_SECRET, the Prisma client for the chosen database, the migrations and the seed. Each step prints
// one line with its duration; the tools' own output is shown only when a step fails (Prisma's CLI warns
// about the schema's `url` on every run, which the driver-adapter setup needs: see toolchain notes).
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";

if (!existsSync(".env")) {
  const example = readFileSync(".env.example", "utf8");
  writeFileSync(".env", example.replace('AUTH_SECRET=""', `AUTH_SECRET="${randomBytes(32).toString("base64url")}"`));
  console.log("Wrote .env from .env.example with a new AUTH_SECRET.");
}
process.loadEnvFile(".env");

function step(what: string, cmd: string, args: string[]): void {
  const started = Date.now();
  process.stdout.write(`${what} ... `);
  const r = spawnSync(cmd, args, { env: process.env, encoding: "utf8" });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (r.status !== 0) {
    console.log(`failed after ${seconds} s:\n`);
    process.stdout.write(r.stdout ?? "");
    process.stderr.write(r.stderr ?? "");
    process.exit(r.status ?? 1);
  }
  console.log(`done (${seconds} s)`);
}

const url = process.env.DATABASE_URL ?? "";
const pg = /^postgres(ql)?:\/\//.test(url);
console.log(`Setting up the portal on ${pg ? "PostgreSQL" : `SQLite (${url.replace(/^file:/, "")})`}.`);
if (pg) step("Deriving the PostgreSQL schema", "npx", ["tsx", "prisma/pg-schema.ts"]);
// Both clients (SQLite and PostgreSQL): one build serves either database (lib/db-client.ts).
step("Generating the Prisma clients", "npm", ["run", "-s", "generate"]);
step("Applying the database migrations", "npx", ["prisma", "migrate", "deploy"]);
step("Seeding the test cast (idempotent)", "npx", ["tsx", "prisma/seed.ts"]);
if (process.env.npm_lifecycle_event === "portal") {
  console.log("Next: building the portal (next build, about 1 to 2 minutes on 2 cores), then starting it on http://localhost:3000.");
}
