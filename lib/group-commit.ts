// Group commit of the hot endpoints' writes (issue 9): each token request's jti and audit row, and each
// PDP decision's audit row, join a batch that is written in one transaction; the request answers only
// once its batch has committed, so nothing acknowledged is lost. A commit per request cost more than the
// crypto on SQLite; one commit for all requests that arrived meanwhile costs about the same as one.
//
// The batch is flushed as soon as the event loop is free and no flush is running; requests arriving during
// a flush wait for the next one. jtis go in with one multi-row insert that reports per row whether it
// spent the jti (INSERT ... ON CONFLICT ... RETURNING, on SQLite and PostgreSQL alike), so a jti already
// in the table (a replay after a restart, or one spent by another instance on the same PostgreSQL) fails
// only its own request. A row whose grant has expired no longer spends its jti (it is replaced). Written
// with prepared statements on the driver (lib/db-hot.ts): through Prisma, the batch cost more than its rows.
import { randomUUID } from "node:crypto";
import type { AuditActor } from "./audit";
import { chunks, dateParam, hotTransaction, valuesList, type HotRun } from "./db-hot";
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

const key = (j: { clientId: string; jti: string }) => `${j.clientId}\u0000${j.jti}`;

/** Inserts the jtis; returns the keys of those this batch spent (new rows, or rows whose grant had expired). */
async function insertJtis(run: HotRun, spends: JtiSpend[]): Promise<Set<string>> {
  const unique = new Map<string, JtiSpend>();
  for (const s of spends) if (!unique.has(key(s))) unique.set(key(s), s); // a second one in the batch is a replay
  const spent = new Set<string>();
  for (const part of chunks([...unique.values()])) {
    const n = part.length;
    const rows = await run<{ clientId: string; jti: string }>(
      `jti-insert-${n}`,
      `INSERT INTO "UsedJti" ("clientId", "jti", "expiresAt") VALUES ${valuesList(n, 3)}
       ON CONFLICT ("clientId", "jti") DO UPDATE SET "expiresAt" = excluded."expiresAt" WHERE "UsedJti"."expiresAt" < $${n * 3 + 1}
       RETURNING "clientId", "jti"`,
      [...part.flatMap((s) => [s.clientId, s.jti, dateParam(s.expiresAt)]), dateParam(part[0]!.now)],
    );
    for (const r of rows) spent.add(key(r));
  }
  return spent;
}

async function insertAudits(run: HotRun, audits: AuditRow[]) {
  const at = dateParam(new Date());
  for (const part of chunks(audits)) {
    await run(
      `audit-insert-${part.length}`,
      `INSERT INTO "AuditEvent" ("id", "at", "actor", "action", "subject", "details") VALUES ${valuesList(part.length, 6, [5])}`,
      part.flatMap((r) => [randomUUID(), at, r.actor, r.action, r.subject, JSON.stringify(r.details)]),
    );
  }
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
      const spent = await hotTransaction(async (run) => {
        const spends = batch.flatMap((e) => (e.jti ? [e.jti] : []));
        const fresh = await insertJtis(run, spends);
        const claimed = new Set<string>();
        const outcome = batch.map((e) => {
          if (!e.jti) return true;
          const k = key(e.jti);
          if (!fresh.has(k) || claimed.has(k)) return false;
          claimed.add(k);
          return true;
        });
        await insertAudits(run, batch.flatMap((e, i) => e.audit(outcome[i]!)));
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
