// The delete rule of agent system users (reference §4): one that still has clients cannot be deleted
// (AUTH-00035). lib/system-users calls this inside its delete transaction, so no client can be added
// between the check and the delete.
import { db, type Tx } from "../db";
import { clientProblems } from "./problems";

/** How many clients are delegated to the system user (0 for a standard system user). */
export async function countClients(systemUserId: string, tx: Tx | typeof db = db): Promise<number> {
  return tx.clientDelegation.count({ where: { systemUserId } });
}

/** Throws AUTH-00035 (400) when the system user still has clients. */
export async function assertNoClients(systemUserId: string, tx: Tx | typeof db = db): Promise<void> {
  const count = await countClients(systemUserId, tx);
  if (count > 0) throw clientProblems.hasClients(count);
}
