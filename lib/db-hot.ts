// Prepared statements for the reads of the hot endpoints (the token endpoint and the PDP; issue 9).
// Through Prisma 6, each read is compiled on the main thread and its statement prepared again: about
// 0.3-0.45 ms per primary-key read, against 0.01 ms for the same prepared statement on the driver, and a
// token request made several. These reads go to the driver directly, each statement prepared once:
//   SQLite: a second connection to the same file (WAL: it reads the last commit beside the writer, and
//     never sees another caller's open transaction, as a read on Prisma's one connection could);
//   PostgreSQL: a small pg pool with named (server-side prepared) statements.
// The group commit writes here too (hotTransaction); every other write stays with Prisma. Nothing read
// here is cached: every call reads the database as it is now.
// SQL is written once, for both, with $1..$n parameters and quoted identifiers; values come back as the
// driver gives them (SQLite: booleans 0/1, dates and Json as text), so callers normalise with the helpers below.
import { createRequire } from "node:module";
import { join } from "node:path";
import pg from "pg";
import { SQLITE_PRAGMAS, sqliteLock } from "./db-sqlite";
import { env, isPostgres } from "./env";
import { processGlobal } from "./process-global";

interface SqliteStatement {
  readonly reader: boolean;
  all(params: Record<string, unknown>): unknown[];
  run(params: Record<string, unknown>): unknown;
}
interface SqliteDatabase {
  prepare(sql: string): SqliteStatement;
  exec(sql: string): void;
  readonly inTransaction: boolean;
}

/** Runs one prepared statement (by name: one SQL text per name) and gives its rows. */
export type HotRun = <T>(name: string, sql: string, params: unknown[]) => Promise<T[]>;

interface Driver {
  rows: HotRun;
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (run: HotRun) => Promise<T>): Promise<T>;
  /** PostgreSQL's spelling of a Json parameter; SQLite keeps Json as text. */
  json(param: string): string;
}

function sqliteDriver(): Driver {
  // better-sqlite3 is the Prisma adapter's own dependency (not a top-level one): load that copy.
  const require = createRequire(join(process.cwd(), "node_modules/@prisma/adapter-better-sqlite3/package.json"));
  const Database = require("better-sqlite3") as new (file: string, options: { fileMustExist: boolean }) => SqliteDatabase;
  const conn = new Database(env.databaseUrl.replace(/^file:/, ""), { fileMustExist: true });
  conn.exec(SQLITE_PRAGMAS);
  const statements = new Map<string, SqliteStatement>();
  const rows: HotRun = async <T>(name: string, sql: string, params: unknown[]) => {
    let stmt = statements.get(name);
    if (!stmt) statements.set(name, (stmt = conn.prepare(sql.replace(/\$(\d+)/g, "@p$1"))));
    const bound = Object.fromEntries(params.map((v, i) => [`p${i + 1}`, v]));
    if (stmt.reader) return stmt.all(bound) as T[];
    stmt.run(bound); // a write without RETURNING
    return [];
  };
  return {
    rows,
    // Under the process's SQLite lock (lib/db-sqlite.ts): no Prisma transaction is open meanwhile, so this
    // connection's write never waits for one on Prisma's connection in the same thread.
    async transaction<T>(work: (run: HotRun) => Promise<T>) {
      const release = await sqliteLock.acquire();
      try {
        conn.exec("BEGIN IMMEDIATE");
        const result = await work(rows);
        conn.exec("COMMIT");
        return result;
      } catch (e) {
        if (conn.inTransaction) conn.exec("ROLLBACK");
        throw e;
      } finally {
        release();
      }
    },
    json: (param) => param,
  };
}

function postgresDriver(): Driver {
  const pool = new pg.Pool({ connectionString: env.databaseUrl, max: 4 });
  const runOn = (c: pg.Pool | pg.PoolClient): HotRun => async <T>(name: string, sql: string, params: unknown[]) =>
    (await c.query({ name, text: sql, values: params })).rows as T[];
  return {
    rows: runOn(pool),
    async transaction<T>(work: (run: HotRun) => Promise<T>) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await work(runOn(client));
        await client.query("COMMIT");
        return result;
      } catch (e) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw e;
      } finally {
        client.release();
      }
    },
    json: (param) => `CAST(${param} AS JSONB)`,
  };
}

const driver = () => processGlobal("hot-read-driver", () => (isPostgres() ? postgresDriver() : sqliteDriver()));

/** The rows of a prepared read; `name` identifies the statement (one SQL text per name). */
export function hotRows<T>(name: string, sql: string, params: unknown[]): Promise<T[]> {
  return driver().rows<T>(name, sql, params);
}

/** Prepared writes in one transaction (the group commit of lib/group-commit.ts). */
export function hotTransaction<T>(work: (run: HotRun) => Promise<T>): Promise<T> {
  return driver().transaction(work);
}

/** A Json parameter in SQL for this database (`$3` on SQLite, a cast to JSONB on PostgreSQL). */
export const jsonParam = (param: string): string => driver().json(param);

/** A DateTime parameter as Prisma writes them in SQLite, which PostgreSQL's timestamp(3) reads as the same instant. */
export const dateParam = (d: Date): string => d.toISOString().replace("Z", "+00:00");

/** A Json column: text on SQLite, parsed on PostgreSQL. */
export const jsonColumn = (v: unknown): unknown => (typeof v === "string" ? JSON.parse(v) : v);
/** A DateTime column: text on SQLite, a Date on PostgreSQL. */
export const dateColumn = (v: string | Date): Date => (v instanceof Date ? v : new Date(v));
/** A Boolean column: 0/1 on SQLite, a boolean on PostgreSQL. */
export const boolColumn = (v: number | boolean): boolean => v === true || v === 1;

/** Rows per statement: a batch larger than this is written in several statements of the same transaction. */
const CHUNK = 100;

/** The rows in groups of at most CHUNK, one multi-row INSERT each. */
export function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

/** `($1, $2, $3), ($4, $5, $6), ...` for `rows` rows of `width` parameters, the `json` columns cast where needed. */
export function valuesList(rows: number, width: number, json: number[] = []): string {
  return Array.from({ length: rows }, (_, r) => {
    const params = Array.from({ length: width }, (_, c) => (json.includes(c) ? jsonParam(`$${r * width + c + 1}`) : `$${r * width + c + 1}`));
    return `(${params.join(", ")})`;
  }).join(", ");
}
