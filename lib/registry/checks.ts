// Runs the System Register's validation rules against the database's facts (resources, client ids).
import { db } from "../db";
import { validationProblem, type ValidationError } from "../problems/problem";
import type { SystemPackageInput, SystemRight } from "./schema";
import { RESOURCE_ATTRIBUTE, validateAccessPackages, validateClientIds, validateRights } from "./validate";

export async function checkRights(rights: readonly SystemRight[]): Promise<ValidationError[]> {
  const ids = [...new Set(rights.flatMap((r) => r.resource.filter((a) => a.id === RESOURCE_ATTRIBUTE).map((a) => a.value)))];
  const found = ids.length ? await db.resource.findMany({ where: { identifier: { in: ids } }, select: { identifier: true, resourceType: true } }) : [];
  return validateRights(rights, new Map(found.map((r) => [r.identifier, r.resourceType])));
}

export function checkPackages(packages: readonly SystemPackageInput[], isVisible: boolean): ValidationError[] {
  return validateAccessPackages(packages, isVisible);
}

/** `currentSystemId`: the system being updated, whose own client ids are not "taken". */
export async function checkClientIds(clientIds: readonly string[], vendorOrgNo: string, mode: "create" | "update", currentSystemId?: string): Promise<ValidationError[]> {
  if (clientIds.length === 0) return [];
  const [taken, known] = await Promise.all([
    db.systemClientId.findMany({ where: { clientId: { in: [...clientIds] }, ...(currentSystemId ? { systemId: { not: currentSystemId } } : {}) }, select: { clientId: true } }),
    db.maskinportenClient.findMany({ where: { clientId: { in: [...clientIds] } }, select: { clientId: true, orgNo: true } }),
  ]);
  return validateClientIds(clientIds, vendorOrgNo, { takenByOtherSystem: new Set(taken.map((t) => t.clientId)), ownerOrg: new Map(known.map((k) => [k.clientId, k.orgNo])) }, mode);
}

export function throwIfInvalid(errors: ValidationError[]): void {
  if (errors.length) throw validationProblem(errors);
}
