// The system user as Altinn's APIs show it: SystemUserExternalDTO (src/Core/Models/SystemUserExternalDTO.cs),
// one shape for the vendor's reads and for Maskinporten's byExternalId lookup. `productName` is empty
// except in the lookup, where SystemUserController sets it to the system id ("Temporary fix until
// Maskinporten changes their integration").

export interface SystemUserDto {
  id: string;
  integrationTitle: string;
  systemId: string;
  productName: string;
  reporteeOrgNo: string;
  created: string;
  isDeleted: boolean;
  supplierName: string;
  supplierOrgno: string;
  externalRef: string;
  userType: string;
}

/** The Prisma `include` that loads what toSystemUserDto needs beyond the system user's own columns. */
export const systemUserDtoInclude = { system: { select: { vendorOrgNo: true, vendor: { select: { name: true } } } } } as const;

export interface SystemUserDtoRow {
  id: string;
  integrationTitle: string;
  systemId: string;
  reporteeOrgNo: string;
  created: Date;
  isDeleted: boolean;
  externalRef: string;
  userType: string;
  system: { vendorOrgNo: string; vendor: { name: string } };
}

export function toSystemUserDto(r: SystemUserDtoRow, productName = ""): SystemUserDto {
  return {
    id: r.id,
    integrationTitle: r.integrationTitle,
    systemId: r.systemId,
    productName,
    reporteeOrgNo: r.reporteeOrgNo,
    created: r.created.toISOString(),
    isDeleted: r.isDeleted,
    supplierName: r.system.vendor.name,
    supplierOrgno: r.system.vendorOrgNo,
    externalRef: r.externalRef,
    userType: r.userType,
  };
}
