// A resource's access list: with accessListMode Enabled, the PDP turns a Permit for a party that is not
// on it into Deny (reference §8). The real registry keeps named access lists linked to resources; the
// simulator keeps one list of organisations per resource, edited by the competent authority only.
import { audit } from "../audit";
import { db } from "../db";
import { Problem } from "../problems/problem";
import { isValidOrgNo } from "../identifiers/orgno";
import { RR } from "./errors";
import { requireOwnResource, requireServiceOwnerOrg, type ServiceOwnerActor } from "./service-owner";

export interface AccessListMember {
  orgNo: string;
  name: string;
}

export async function listAccessList(identifier: string): Promise<AccessListMember[]> {
  const rows = await db.resourceAccessListMember.findMany({ where: { resourceId: identifier }, orderBy: { orgNo: "asc" }, select: { orgNo: true } });
  const orgs = await db.organization.findMany({ where: { orgNo: { in: rows.map((r) => r.orgNo) } }, select: { orgNo: true, name: true } });
  return rows.map((r) => ({ orgNo: r.orgNo, name: orgs.find((o) => o.orgNo === r.orgNo)?.name ?? "" }));
}

export async function addToAccessList(actor: ServiceOwnerActor, identifier: string, orgNo: string): Promise<void> {
  await requireOwnResource(await requireServiceOwnerOrg(actor), identifier);
  if (!isValidOrgNo(orgNo)) throw new Problem(400, RR.invalid, "Invalid organisation number", "An organisation number has 9 digits with a valid check digit.");
  if (!(await db.organization.findUnique({ where: { orgNo }, select: { orgNo: true } }))) {
    throw new Problem(400, RR.invalid, "Unknown organisation", `No organisation ${orgNo} in Enhetsregisteret (the simulator's cast).`);
  }
  await db.$transaction(async (tx) => {
    await tx.resourceAccessListMember.upsert({ where: { resourceId_orgNo: { resourceId: identifier, orgNo } }, create: { resourceId: identifier, orgNo }, update: {} });
    await audit(actor.audit, "resource.accesslist.added", identifier, { orgNo }, tx);
  });
}

export async function removeFromAccessList(actor: ServiceOwnerActor, identifier: string, orgNo: string): Promise<void> {
  await requireOwnResource(await requireServiceOwnerOrg(actor), identifier);
  await db.$transaction(async (tx) => {
    const { count } = await tx.resourceAccessListMember.deleteMany({ where: { resourceId: identifier, orgNo } });
    if (count) await audit(actor.audit, "resource.accesslist.removed", identifier, { orgNo }, tx);
  });
}
