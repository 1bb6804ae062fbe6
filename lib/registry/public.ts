// The public read of the System Register (no token): the live systems end users may pick in the portal.
import { db } from "../db";
import { toSystemDto } from "./mapping";
import type { LangMap, SystemPackage, SystemRight } from "./schema";

export interface PublicSystemDto {
  systemId: string;
  systemVendorOrgNumber: string;
  systemVendorOrgName: string;
  name: LangMap;
  description: LangMap;
  rights: SystemRight[];
  accessPackages: SystemPackage[];
  isVisible: boolean;
}

/** GET /systemregister: visible, live systems, without their client ids or redirect URLs. */
export async function listVisibleSystems(): Promise<PublicSystemDto[]> {
  const rows = await db.registeredSystem.findMany({ where: { isDeleted: false, isVisible: true }, include: { vendor: { select: { name: true } } }, orderBy: { id: "asc" } });
  return rows.map((r) => {
    const d = toSystemDto(r);
    return {
      systemId: d.id,
      systemVendorOrgNumber: r.vendorOrgNo,
      systemVendorOrgName: r.vendor.name,
      name: d.name,
      description: d.description,
      rights: d.rights,
      accessPackages: d.accessPackages,
      isVisible: d.isVisible,
    };
  });
}
