// The System Register's portal reads (scope altinn:portal/enduser in Altinn, POLICY_SCOPE_PORTAL):
// what the end user's portal shows of a system. Answered as RegisteredSystemDTO, Right[] and
// AccessPackage[] (SystemRegisterController GetListOfRegisteredSystems, GetRegisteredSystemDto,
// GetRightsForRegisteredSystem, GetAccessPackagesForRegisteredSystem).
import { db } from "../db";
import { toSystemDto, toSystemSummary } from "./mapping";
import { systemNotFound } from "./problems";
import type { RegisteredSystemSummary, SystemPackage, SystemRight } from "./schema";

/** GET /systemregister: live systems end users may pick (GetAllActiveSystems: not deleted, visible). */
export async function listVisibleSystems(): Promise<RegisteredSystemSummary[]> {
  const rows = await db.registeredSystem.findMany({ where: { isDeleted: false, isVisible: true }, orderBy: { id: "asc" } });
  return rows.map(toSystemSummary);
}

/** GET /systemregister/{systemId}: any system, deleted or hidden ones too (GetRegisteredSystemById); 404 bare. */
export async function getSystemSummary(systemId: string): Promise<RegisteredSystemSummary> {
  const row = await db.registeredSystem.findUnique({ where: { id: systemId } });
  if (!row) throw systemNotFound();
  return toSystemSummary(row);
}

/** GET /systemregister/{systemId}/rights: the stored rights; an unknown system is an empty list (200). */
export async function getSystemRights(systemId: string): Promise<SystemRight[]> {
  const row = await db.registeredSystem.findUnique({ where: { id: systemId } });
  return row ? toSystemDto(row).rights : [];
}

/** GET /systemregister/{systemId}/accesspackages: as the rights. */
export async function getSystemAccessPackages(systemId: string): Promise<SystemPackage[]> {
  const row = await db.registeredSystem.findUnique({ where: { id: systemId } });
  return row ? toSystemDto(row).accessPackages : [];
}
