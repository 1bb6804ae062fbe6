// `npm run setup`: everything a fresh clone needs before the portal runs: a .env with a random
// AUTH_SECRET, the Prisma client for the chosen database, the migrations and the seed.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";

if (!existsSync(".env")) {
  const example = readFileSync(".env.example", "utf8");
  writeFileSync(".env", example.replace('AUTH_SECRET=""', `AUTH_SECRET="${randomBytes(32).toString("base64url")}"`));
  console.log("Wrote .env from .env.example with a new AUTH_SECRET.");
}
process.loadEnvFile(".env");

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { stdio: "inherit", env: process.env });
const pg = /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? "");
if (pg) run("npx", ["tsx", "prisma/pg-schema.ts"]);
run("npx", ["prisma", "generate", ...(pg ? ["--schema", "prisma/postgres/schema.prisma"] : [])]);
run("npx", ["prisma", "migrate", "deploy"]);
run("npx", ["tsx", "prisma/seed.ts"]);
