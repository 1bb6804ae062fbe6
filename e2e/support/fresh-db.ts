// A throwaway database, migrated and seeded: a SQLite file deleted first, or a PostgreSQL database dropped
// and created again through the cluster's maintenance database. Used by the test server and by tests that
// start a portal of their own (e2e/durability).
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import pg from "pg";
import { isPostgres } from "../../lib/env";

export async function freshDatabase(url: string, env: NodeJS.ProcessEnv): Promise<void> {
  if (isPostgres(url)) {
    const u = new URL(url);
    const name = u.pathname.slice(1);
    if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`unexpected database name: ${name}`);
    u.pathname = "/postgres";
    const admin = new pg.Client({ connectionString: u.toString() });
    await admin.connect();
    try {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.query(`CREATE DATABASE "${name}"`);
    } finally {
      await admin.end();
    }
  } else {
    const file = url.replace(/^file:/, "");
    for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
  }
  const withDb = { ...env, DATABASE_URL: url };
  execFileSync("npx", ["prisma", "migrate", "deploy"], { stdio: ["ignore", "ignore", "inherit"], env: withDb });
  execFileSync("npx", ["tsx", "prisma/seed.ts"], { stdio: ["ignore", "ignore", "inherit"], env: withDb });
}

/** Another database beside `url` (same cluster, or a file beside it): `name_suffix`. */
export function siblingDatabase(url: string, suffix: string): string {
  if (isPostgres(url)) {
    const u = new URL(url);
    u.pathname = `${u.pathname}_${suffix}`;
    return u.toString();
  }
  return url.replace(/\.db$/, `-${suffix}.db`);
}
