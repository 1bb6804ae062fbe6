// The SQLite driver adapter of the one Prisma client: pragmas set when the connection opens, and access
// serialised while an interactive transaction is open.
//
// better-sqlite3 gives the process one connection. A statement sent outside a transaction while another
// caller's interactive transaction is open (between its awaits) would run inside that transaction and be
// undone by its rollback: an acknowledged jti insert was lost that way. So a transaction holds a lock from
// BEGIN to COMMIT/ROLLBACK, and every statement outside it waits for the lock; statements of the
// transaction itself go through its own handle and do not wait. A transaction that waits on a query
// outside itself cannot finish: Prisma's transaction timeout (5 s) then rolls it back.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { processGlobal } from "./process-global";
import type { IsolationLevel, SqlDriverAdapter, SqlDriverAdapterFactory, SqlQuery, Transaction } from "@prisma/driver-adapter-utils";

/** WAL lets readers run beside the writer; NORMAL is durable in WAL mode at a fraction of FULL's fsyncs. */
export const SQLITE_PRAGMAS = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON;";

class Mutex {
  private last: Promise<void> = Promise.resolve();

  /** Resolves with the release function once every earlier holder has released. */
  acquire(): Promise<() => void> {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const ready = this.last.then(() => release);
    this.last = this.last.then(() => held);
    return ready;
  }
}

/**
 * The process's one lock over SQLite writes: Prisma's transactions hold it from BEGIN to COMMIT, and the
 * hot endpoints' group commit (lib/db-hot.ts), which writes on its own connection, holds it while it writes.
 */
export const sqliteLock = processGlobal("sqlite-lock", () => new Mutex());

class SerialisedAdapter implements SqlDriverAdapter {
  readonly provider;
  readonly adapterName;
  private readonly lock = sqliteLock;

  constructor(private readonly inner: SqlDriverAdapter) {
    this.provider = inner.provider;
    this.adapterName = inner.adapterName;
  }

  private async outside<T>(run: () => Promise<T>): Promise<T> {
    // Waiting long means a transaction callback is itself waiting for this statement: name the mistake.
    const hint = setTimeout(() => console.error("[db] A statement outside the open transaction has waited 1 s: inside a $transaction callback, query through its tx, never db."), 1_000);
    const release = await this.lock.acquire().finally(() => clearTimeout(hint));
    try {
      return await run();
    } finally {
      release();
    }
  }

  queryRaw(query: SqlQuery) {
    return this.outside(() => this.inner.queryRaw(query));
  }
  executeRaw(query: SqlQuery) {
    return this.outside(() => this.inner.executeRaw(query));
  }
  executeScript(script: string) {
    return this.outside(() => this.inner.executeScript(script));
  }

  async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    const release = await this.lock.acquire();
    let tx: Transaction;
    try {
      tx = await this.inner.startTransaction(isolationLevel);
    } catch (e) {
      release();
      throw e;
    }
    return {
      provider: tx.provider,
      adapterName: tx.adapterName,
      options: tx.options,
      queryRaw: (query) => tx.queryRaw(query),
      executeRaw: (query) => tx.executeRaw(query),
      commit: () => tx.commit().finally(release),
      rollback: () => tx.rollback().finally(release),
    };
  }
  dispose() {
    return this.inner.dispose();
  }
}

/** The adapter factory for a `file:` URL. */
export function sqliteAdapter(url: string): SqlDriverAdapterFactory {
  const factory = new PrismaBetterSQLite3({ url });
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    async connect() {
      const adapter = await factory.connect();
      await adapter.executeScript(SQLITE_PRAGMAS);
      return new SerialisedAdapter(adapter);
    },
  };
}
