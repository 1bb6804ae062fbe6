// Issue 8, item 8: on the one shared SQLite connection, a statement outside a transaction must not run
// inside another caller's open transaction (and be undone by its rollback).
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PrismaClient } from "./generated/prisma/client";
import { sqliteAdapter } from "./db-sqlite";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test("an insert made outside a transaction survives another caller's rollback; pragmas are set", async (t) => {
  const dir = mkdtempSync(join(tmpdir(), "db-sqlite-"));
  const db = new PrismaClient({ adapter: sqliteAdapter(`file:${join(dir, "t.db")}`) });
  t.after(async () => {
    await db.$disconnect();
    rmSync(dir, { recursive: true, force: true });
  });
  await db.$executeRawUnsafe("CREATE TABLE used_jti (jti TEXT PRIMARY KEY)");

  let outside: Promise<number> | undefined;
  await assert.rejects(
    db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("INSERT INTO used_jti VALUES ('inside')");
      // Another caller (.then starts the lazy PrismaPromise now, as an awaiting caller would).
      outside = db.$executeRawUnsafe("INSERT INTO used_jti VALUES ('outside')").then((n) => n);
      await sleep(50); // a non-database await inside the transaction
      throw new Error("roll back");
    }),
    /roll back/,
  );
  assert.equal(await outside, 1, "the outside insert is acknowledged");
  const rows = await db.$queryRawUnsafe<{ jti: string }[]>("SELECT jti FROM used_jti");
  assert.deepEqual(rows.map((r) => r.jti), ["outside"]);

  const [mode] = await db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
  const [sync] = await db.$queryRawUnsafe<{ synchronous: bigint | number }[]>("PRAGMA synchronous");
  const [busy] = await db.$queryRawUnsafe<{ timeout: bigint | number }[]>("PRAGMA busy_timeout");
  const [fk] = await db.$queryRawUnsafe<{ foreign_keys: bigint | number }[]>("PRAGMA foreign_keys");
  assert.deepEqual([mode?.journal_mode, Number(sync?.synchronous), Number(busy?.timeout), Number(fk?.foreign_keys)], ["wal", 1, 5000, 1]);
});
