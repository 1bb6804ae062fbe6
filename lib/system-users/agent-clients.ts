// What deleting an agent system user does to its clients: they go with it. Altinn deletes an agent
// system user by deleting its assignment in Access Management with cascade (SystemUserService
// .DeleteAgentSystemUser → DeleteSystemUserAssignment; commit 191cce12 replaced the old refusal,
// AUTH-00035). lib/system-users calls removeAllClients inside its delete transaction; the pages show
// clientsOf before the person confirms.
import { db, type Tx } from "../db";

export interface ClientToRemove {
  orgNo: string;
  name: string;
}

/** The clients delegated to the system user, by name (none for a standard system user). */
export async function clientsOf(systemUserId: string, tx: Tx | typeof db = db): Promise<ClientToRemove[]> {
  const rows = await tx.clientDelegation.findMany({ where: { systemUserId }, select: { clientOrgNo: true }, orderBy: { created: "asc" } });
  const orgs = await tx.organization.findMany({ where: { orgNo: { in: rows.map((r) => r.clientOrgNo) } }, select: { orgNo: true, name: true } });
  const names = new Map(orgs.map((o) => [o.orgNo, o.name]));
  return rows.map((r) => ({ orgNo: r.clientOrgNo, name: names.get(r.clientOrgNo) ?? r.clientOrgNo })).sort((a, b) => a.name.localeCompare(b.name, "nb"));
}

/** Removes every client delegation of the system user (the cascade); returns the org numbers removed. */
export async function removeAllClients(systemUserId: string, tx: Tx): Promise<string[]> {
  const rows = await tx.clientDelegation.findMany({ where: { systemUserId }, select: { clientOrgNo: true } });
  await tx.clientDelegation.deleteMany({ where: { systemUserId } });
  return rows.map((r) => r.clientOrgNo);
}
