// Reads beside the test server from this run's throwaway database (SQLite file or PostgreSQL), read-only.
import { createRequire } from "node:module";
import pg from "pg";
import type { JWK } from "jose";
import { prismaClientFor } from "../../lib/db-client";
import { isPostgres } from "../../lib/env";
import { TEST_ENV } from "../test-env";

const url = TEST_ENV.DATABASE_URL;

/** A Prisma client on the test server's database, or on `on`. */
export const testDbClient = (on = url) => prismaClientFor(on);

/** The issuer's current private signing key: only the issuer can sign tokens. */
export async function currentSigningJwk(): Promise<JWK & { kid: string }> {
  const sql = 'SELECT "privateJwk" FROM "SigningKey" WHERE "retiredAt" IS NULL ORDER BY "createdAt" DESC LIMIT 1';
  let row: { privateJwk: unknown };
  if (isPostgres(url)) {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      row = (await c.query(sql)).rows[0] as { privateJwk: unknown };
    } finally {
      await c.end();
    }
  } else {
    // The SQLite driver is a dependency of Prisma's adapter (not of the project): load it from there.
    const fromAdapter = createRequire(createRequire(import.meta.url).resolve("@prisma/adapter-better-sqlite3"));
    const Database = fromAdapter("better-sqlite3") as new (f: string, o: object) => { prepare(sql: string): { get(): unknown }; close(): void };
    const dbh = new Database(url.replace(/^file:/, ""), { readonly: true, fileMustExist: true });
    row = dbh.prepare(sql).get() as { privateJwk: unknown };
    dbh.close();
  }
  // a JSON column: text on SQLite, already parsed on PostgreSQL
  const jwk: unknown = typeof row.privateJwk === "string" ? JSON.parse(row.privateJwk) : row.privateJwk;
  return jwk as JWK & { kid: string };
}
