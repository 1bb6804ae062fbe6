// Who acts for a service owner: an API client (token consumer) or a person in the service-owner area.
// Both reach the same domain functions with the same checks.
import type { AuditActor } from "../audit";
import { db } from "../db";
import { StatusAnswer } from "../problems/problem";
import { resourceNotFound } from "./errors";

export interface ServiceOwnerActor {
  /** The organisation acting: the token's consumer, or the party the person acts for. */
  orgNo: string;
  audit: AuditActor;
}

export interface ServiceOwnerOrg {
  orgNo: string;
  orgCode: string;
  name: string;
}

/**
 * Only organisations with a service-owner code (Skatteetaten: SKD) own resources and scopes. Altinn's
 * ResourceController answers a write by anyone but the competent authority with `Forbid()`, a bare 403
 * (AuthorizationUtil.HasWriteAccess).
 */
export async function requireServiceOwnerOrg(actor: ServiceOwnerActor): Promise<ServiceOwnerOrg> {
  const org = await db.organization.findUnique({ where: { orgNo: actor.orgNo }, select: { orgNo: true, orgCode: true, name: true } });
  if (!org?.orgCode) throw new StatusAnswer(403);
  return { orgNo: org.orgNo, orgCode: org.orgCode, name: org.name };
}

/** Writes need the caller to be the resource's competent authority (hasCompetentAuthority.organization). */
export async function requireOwnResource(owner: ServiceOwnerOrg, identifier: string): Promise<void> {
  const row = await db.resource.findUnique({ where: { identifier }, select: { ownerOrgNo: true } });
  if (!row) throw resourceNotFound(identifier);
  if (row.ownerOrgNo !== owner.orgNo) throw new StatusAnswer(403);
}
