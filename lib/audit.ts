// The audit log: who did what to which object. Written inside the same transaction as the change, or, on
// the hot endpoints, in a group commit that the response waits for.
import { db, type Tx } from "./db";
import { recordPersonAction } from "./exchanges/person-actions";
import { commitTogether, type AuditRow } from "./group-commit";

export type AuditActor = `person:${string}` | `client:${string}` | `org:${string}` | "system";

export async function audit(
  actor: AuditActor,
  action: string,
  subject: string,
  details: Record<string, unknown> = {},
  tx: Tx | typeof db = db,
): Promise<void> {
  await tx.auditEvent.create({ data: { actor, action, subject, details: details as object } });
  // the sequence view's browser lane
  void recordPersonAction(actor, action, subject, details);
}

/**
 * Audit rows of a hot endpoint (the PDP's decisions): written in the next group commit with others
 * (lib/group-commit.ts), in the order given; resolves once committed, so the rows are there when the caller answers.
 */
export async function auditCommitted(...rows: AuditRow[]): Promise<void> {
  await commitTogether(undefined, () => rows);
}
