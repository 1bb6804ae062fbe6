// Group commit of the hot endpoints' writes (issue 9): each token request's jti and audit row, and each
// PDP decision's audit row, join a batch that is written in one transaction; the request answers only
// once its batch has committed, so nothing acknowledged is lost. A commit per request cost more than the
// crypto on SQLite; one commit for all requests that arrived meanwhile costs about the same as one.
//
// The batch is flushed as soon as the event loop is free and no flush is running; requests arriving during
// a flush wait for the next one. jtis go in with one multi-row insert that reports per row whether it
// spent the jti (INSERT ... ON CONFLICT ... RETURNING, on SQLite and PostgreSQL alike), so a jti already
// in the table (a replay after a restart, or one spent by another instance on the same PostgreSQL) fails
// only its own request. A row whose grant has expired no longer spends its jti (it is replaced).
import { Prisma } from "./generated/prisma/client";
import { db, type Tx } from "./db";
import type { AuditActor } from "./audit";
import { processGlobal } from "./process-global";

export interface AuditRow {
  actor: AuditActor;
  action: string;
  subject: string;
  details: Record<string, unknown>;
}

export interface JtiSpend {
  clientId: string;
  jti: string;
  /** The grant's exp: the row is swept after it. */
  expiresAt: Date;
  now: Date;
}

interface Entry {
  jti?: JtiSpend;
  /** The audit rows to write, given whether the jti was spent by this request (true when there is no jti). */
  audit: (spent: boolean) => AuditRow[];
  resolve: (spent: boolean) => void;
  reject: (e: unknown) => void;
}

/** Dates as Prisma stores them in SQLite's text columns, which PostgreSQL's timestamp(3) reads as well. */
const sqlDate = (d: Date) => d.toISOString().replace("Z", "+00:00");

const key = (j: { clientId: string; jti: string }) => `${j.clientId}\u0000${j.jti}`;

/** Inserts the jtis; returns the keys of those this batch spent (new rows, or rows whose grant had expired). */
async function insertJtis(tx: Tx, spends: JtiSpend[]): Promise<Set<string>> {
  const unique = new Map<string, JtiSpend>();
  for (const s of spends) if (!unique.has(key(s))) unique.set(key(s), s); // a second one in the batch is a replay
  if (!unique.size) return new Set();
  const now = spends[0]!.now;
  const values = Prisma.join([...unique.values()].map((s) => Prisma.sql`(${s.clientId}, ${s.jti}, ${sqlDate(s.expiresAt)})`));
  const rows = await tx.$queryRaw<{ clientId: string; jti: string }[]>`
    INSERT INTO "UsedJti" ("clientId", "jti", "expiresAt") VALUES ${values}
    ON CONFLICT ("clientId", "jti") DO UPDATE SET "expiresAt" = excluded."expiresAt" WHERE "UsedJti"."expiresAt" < ${sqlDate(now)}
    RETURNING "clientId", "jti"`;
  return new Set(rows.map(key));
}

class GroupCommit {
  private queue: Entry[] = [];
  private flushing = false;
  private scheduled = false;

  submit(jti: JtiSpend | undefined, audit: Entry["audit"]): Promise<boolean> {
    return new Promise((resolve, reject) => {
      this.queue.push({ jti, audit, resolve, reject });
      this.schedule();
    });
  }

  private schedule() {
    if (this.flushing || this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      void this.flush();
    });
  }

  private async flush() {
    const batch = this.queue.splice(0);
    if (!batch.length) return;
    this.flushing = true;
    try {
      const spent = await db.$transaction(async (tx) => {
        const spends = batch.flatMap((e) => (e.jti ? [e.jti] : []));
        const fresh = await insertJtis(tx, spends);
        const claimed = new Set<string>();
        const outcome = batch.map((e) => {
          if (!e.jti) return true;
          const k = key(e.jti);
          if (!fresh.has(k) || claimed.has(k)) return false;
          claimed.add(k);
          return true;
        });
        const rows = batch.flatMap((e, i) => e.audit(outcome[i]!));
        if (rows.length) await tx.auditEvent.createMany({ data: rows.map((r) => ({ ...r, details: r.details as object })) });
        return outcome;
      });
      batch.forEach((e, i) => e.resolve(spent[i]!));
    } catch (e) {
      for (const entry of batch) entry.reject(e);
    } finally {
      this.flushing = false;
      if (this.queue.length) this.schedule();
    }
  }
}

const groupCommit = processGlobal("group-commit", () => new GroupCommit());

/**
 * Writes the audit rows (and spends the jti, when given) in the next group commit; resolves once committed,
 * with whether the jti was spent by this call (false: it had been spent before, a replay).
 */
export function commitTogether(jti: JtiSpend | undefined, audit: (spent: boolean) => AuditRow[]): Promise<boolean> {
  return groupCommit.submit(jti, audit);
}
