// The catalogue as the pages' package pickers show it: plain, serialisable groups by area.
import { accessPackagesByArea, isClientPackage, type AccessPackage } from "./access-packages";

export interface PackageOption {
  urn: string;
  code: string;
  name: string;
  nameEn?: string;
  description: string;
  /** Delegable but not assignable: for agent systems only (AUTH.VLD-00018 on a visible system). */
  client: boolean;
  /** Agent requests may carry it (AUTH-00065 otherwise). */
  delegable: boolean;
}

export interface PackageOptionGroup {
  area: string;
  areaName: string;
  group: string;
  packages: PackageOption[];
}

export function packageOptionGroups(filter?: (p: AccessPackage) => boolean): PackageOptionGroup[] {
  return accessPackagesByArea(filter).map((g) => ({
    area: g.area.urn,
    areaName: g.area.name,
    group: g.area.group,
    packages: g.packages.map((p) => ({
      urn: p.urn,
      code: p.code,
      name: p.name.nb,
      ...(p.name.en ? { nameEn: p.name.en } : {}),
      description: p.description.en ?? p.description.nb,
      client: isClientPackage(p.urn),
      delegable: p.isDelegable,
    })),
  }));
}

/** What a system may carry: the System Register refuses packages neither delegable nor assignable (AUTH.VLD-00008). */
export const registrablePackageGroups = () => packageOptionGroups((p) => p.isDelegable || p.isAssignable);
