// `npm run db:reset`: back to the seed's initial state, also while the portal runs: the rows are emptied and
// seeded in place in one transaction by the same code as POST /simulator/api/reset (lib/simulator/reset.ts);
// the database file is never replaced. A database without the tables yet (a new checkout) is migrated first;
// an existing one is left to `npm run setup` (the migration engine cannot take SQLite's lock while the
// portal holds the database).
import { execFileSync } from "node:child_process";

try {
  process.loadEnvFile(".env");
} catch {}
process.env.DATABASE_URL ||= "file:./prisma/dev.db";

const { db } = await import("../lib/db");
const migrated = await db.organization.count().then(
  () => true,
  () => false,
);
if (!migrated) {
  await db.$disconnect(); // the migration engine needs the database to itself
  execFileSync("npx", ["prisma", "migrate", "deploy"], { stdio: "inherit", env: process.env });
}

const { resetToSeed } = await import("../lib/simulator/reset");
const { audit } = await import("../lib/audit");
const { tookMs } = await resetToSeed();
await audit("system", "simulator.reset", "", { via: "npm run db:reset", tookMs });
await db.$disconnect();
console.log(`Reset to the seed in ${tookMs} ms (a running portal sees it at once; its sessions and tokens have ended).`);
