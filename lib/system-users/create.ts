// Creating a system user with its delegations (reference §4), inside the caller's transaction, so that a
// request's approval and the creation are one change or none.
import { Problem } from "../problems/problem";
import { audit, type AuditActor } from "../audit";
import { isUniqueViolation, type Tx } from "../db";
import type { RightPair } from "./rights";

export interface NewSystemUser {
  /** The approving request's id (the real system reuses it), or a new UUID for user-driven creation. */
  id: string;
  userType: "standard" | "agent";
  systemId: string;
  reporteeOrgNo: string;
  externalRef: string;
  integrationTitle: string;
  rights: readonly RightPair[];
  accessPackages: readonly string[];
}

// One live system user per (system, owner, externalRef): the unique `liveKey` holds while not deleted.
export function systemUserLiveKey(systemId: string, orgNo: string, externalRef: string): string {
  return `${systemId}|${orgNo}|${externalRef}`;
}

export function alreadyExists(): Problem {
  return new Problem(400, "AUTH-00004", "Failed to create new SystemUser, existing SystemUser tied to the given System-Id.", "The organisation already has a system user for this system and external reference.");
}

/** Creates the system user and its delegations. Throws AUTH-00004 when a live one with the triple exists. */
export async function insertSystemUser(tx: Tx, input: NewSystemUser, actor: AuditActor): Promise<void> {
  const liveKey = systemUserLiveKey(input.systemId, input.reporteeOrgNo, input.externalRef);
  if (await tx.systemUser.findUnique({ where: { liveKey }, select: { id: true } })) throw alreadyExists();
  await tx.systemUser.create({
    data: {
      id: input.id,
      userType: input.userType,
      systemId: input.systemId,
      reporteeOrgNo: input.reporteeOrgNo,
      externalRef: input.externalRef,
      integrationTitle: input.integrationTitle,
      liveKey,
    },
  });
  if (input.rights.length > 0) {
    await tx.systemUserRight.createMany({ data: input.rights.map((r) => ({ systemUserId: input.id, resource: r.resource, action: r.action })) });
  }
  if (input.accessPackages.length > 0) {
    await tx.systemUserAccessPackage.createMany({ data: input.accessPackages.map((urn) => ({ systemUserId: input.id, urn })) });
  }
  await audit(actor, "systemuser.created", input.id, {
    userType: input.userType,
    systemId: input.systemId,
    reporteeOrgNo: input.reporteeOrgNo,
    externalRef: input.externalRef,
    rights: input.rights,
    accessPackages: input.accessPackages,
  }, tx);
}

/** A unique-index violation that slipped past the check (two approvals racing): the same AUTH-00004. */
export function mapUniqueViolation(e: unknown): unknown {
  return isUniqueViolation(e) ? alreadyExists() : e;
}
