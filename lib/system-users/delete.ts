// Deleting a system user (reference §4): only an access manager of the owner; soft delete, and its
// delegations are revoked at once (the PDP reads the rows). An agent's client delegations go with it
// (the real cascade, SystemUserService.DeleteAgentSystemUser; lib/system-users/agent-clients.ts).
import { audit } from "../audit";
import { db } from "../db";
import { UUID_RE as UUID } from "../parties/party-ids";
import { Problem } from "../problems/problem";
import { AUTH } from "../problems/auth";
import { removeAllClients } from "./agent-clients";
import { requireAccessManager, type OrgActor } from "./access";
import { now as clockNow } from "../clock";


function notFound(): Problem {
  return AUTH.systemUserNotFound();
}

export async function deleteSystemUser(actor: OrgActor, id: string): Promise<void> {
  await requireAccessManager(actor);
  if (!UUID.test(id)) throw notFound();
  await db.$transaction(async (tx) => {
    const su = await tx.systemUser.findUnique({ where: { id } });
    if (!su || su.isDeleted) throw notFound();
    if (su.reporteeOrgNo !== actor.orgNo) throw new Problem(403, "AUTH-00024", "you don't have rights to delete this systemuser");
    const { count } = await tx.systemUser.updateMany({ where: { id, isDeleted: false }, data: { isDeleted: true, deletedAt: clockNow(), liveKey: null } });
    if (count !== 1) throw notFound();
    await tx.systemUserRight.deleteMany({ where: { systemUserId: id } });
    await tx.systemUserAccessPackage.deleteMany({ where: { systemUserId: id } });
    // SystemUserController.DeleteRequestForSystemUser: the triple's request goes too, so it may be asked again.
    await tx.systemUserRequest.deleteMany({ where: { kind: su.userType, systemId: su.systemId, partyOrgNo: su.reporteeOrgNo, externalRef: su.externalRef } });
    const clients = await removeAllClients(id, tx);
    await audit(`person:${actor.pid}`, "systemuser.deleted", id, { reporteeOrgNo: su.reporteeOrgNo, systemId: su.systemId, clientsRemoved: clients }, tx);
  });
}
