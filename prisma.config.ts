// Prisma CLI configuration: driver adapters and the WebAssembly schema engine (engine: "js"), so that no
// engine binary is downloaded, plus workarounds for upstream bugs of that path (see the comments below).
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

// With a prisma.config.ts the CLI no longer reads .env itself.
try {
  process.loadEnvFile(".env");
} catch {}
// schema.prisma says url = env("DATABASE_URL"): if it is unset the CLI cannot read the
// schema's engineType and falls back to downloading the query-engine binary (fails offline).
process.env.DATABASE_URL ||= "file:./prisma/dev.db";
const url = process.env.DATABASE_URL;
const isPg = /^postgres(ql)?:\/\//.test(url);

// ---------- SQLite shims (better-sqlite3) ----------
// 1. The wasm engine replays whole migration files via executeRaw(); better-sqlite3 refuses
//    multi-statement SQL there (P3006 on the shadow DB) -> use executeScript() instead.
// 2. `migrate reset` only DELETEs rows, then re-applies migrations ("table already exists")
//    -> drop the tables and empty _prisma_migrations instead.
type SqliteConn = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;
function sqliteShim(conn: SqliteConn): SqliteConn {
  const executeRaw = conn.executeRaw.bind(conn);
  const executeScript = conn.executeScript.bind(conn);
  conn.executeRaw = async (q) => {
    if (q.args.length === 0 && q.sql.includes(";")) {
      await executeScript(q.sql);
      return 0;
    }
    return executeRaw(q);
  };
  conn.executeScript = async (script) => {
    if (/^\s*PRAGMA defer_foreign_keys = 1;\s*DELETE FROM/.test(script)) {
      const r = await conn.queryRaw({
        sql: "SELECT type, name FROM sqlite_master WHERE type IN ('table','view') AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations'",
        args: [],
        argTypes: [],
      });
      const drops = r.rows.map(([type, name]) => `DROP ${String(type).toUpperCase()} IF EXISTS "${name}";`);
      return executeScript(`PRAGMA foreign_keys = OFF;\n${drops.join("\n")}\nDELETE FROM "_prisma_migrations";\nPRAGMA foreign_keys = ON;`);
    }
    return executeScript(script);
  };
  return conn;
}
class SqliteForMigrate extends PrismaBetterSQLite3 {
  async connect() {
    return sqliteShim(await super.connect());
  }
  async connectToShadowDb() {
    return sqliteShim(await super.connectToShadowDb());
  }
}

// ---------- PostgreSQL shims (pg) ----------
// 1. prisma/orm#27403: catalog columns of type `name`(19)/`char`(18) make adapter-pg throw
//    "Column type 'name' could not be deserialized" -> report them as text(25).
// 2. adapter-pg's connectToShadowDb() ignores the shadow DB name when a connectionString is
//    used, and drops the shadow DB while its pool is still open -> own implementation.
function pgShim() {
  const R = (pg as any).Result;
  if (R.prototype.__nameAsText) return;
  const addFields = R.prototype.addFields;
  R.prototype.addFields = function (fields: Array<{ dataTypeID: number }>) {
    for (const f of fields) if (f.dataTypeID === 19 || f.dataTypeID === 18) f.dataTypeID = 25;
    return addFields.call(this, fields);
  };
  R.prototype.__nameAsText = true;
}
function pgConfig(u: URL): pg.PoolConfig {
  return {
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: u.pathname.slice(1),
  };
}
class PgForMigrate extends PrismaPg {
  constructor(private cfg: pg.PoolConfig) {
    super(cfg);
  }
  async connectToShadowDb() {
    const admin = await this.connect();
    const name = `prisma_shadow_${globalThis.crypto.randomUUID().replaceAll("-", "")}`;
    await admin.executeScript(`CREATE DATABASE "${name}"`);
    const shadow = await new PrismaPg({ ...this.cfg, database: name }).connect();
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      await admin.executeScript(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.dispose();
    };
    return shadow;
  }
}

export default defineConfig({
  experimental: { adapter: true },
  schema: isPg ? "prisma/postgres/schema.prisma" : "prisma/schema.prisma",
  migrations: {
    path: isPg ? "prisma/postgres/migrations" : "prisma/migrations",
    seed: "tsx prisma/seed.ts",
  },
  engine: "js",
  async adapter() {
    if (isPg) {
      pgShim();
      return new PgForMigrate(pgConfig(new URL(url)));
    }
    return new SqliteForMigrate({ url });
  },
});
