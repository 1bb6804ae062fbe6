// The audit log: who did what to which object. Written inside the same transaction as the change.
import { db, type Tx } from "./db";
import { recordPersonAction } from "./exchanges/person-actions";

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
