// The vendor's reads of the system users of its own systems (reference §3, "System users for the vendor").
import { db } from "../db";
import { Problem } from "../http/problem";
import type { VendorActor } from "../registry/problems";
import { PAGE_SIZE, pageWhere, paginate, readPage } from "./pagination";
import { requireOwnSystem } from "./read";
import type { Paginated } from "./schema";

/** A system user as Altinn shows it to the vendor (reference §4). */
export interface VendorSystemUserDto {
  id: string;
  integrationTitle: string;
  systemId: string;
  reporteeOrgNo: string;
  created: string;
  isDeleted: boolean;
  supplierName: string;
  supplierOrgno: string;
  externalRef: string;
  userType: string;
}

const include = { system: { select: { vendorOrgNo: true, vendor: { select: { name: true } } } } } as const;

type Row = {
  id: string;
  integrationTitle: string;
  systemId: string;
  reporteeOrgNo: string;
  created: Date;
  isDeleted: boolean;
  externalRef: string;
  userType: string;
  system: { vendorOrgNo: string; vendor: { name: string } };
};

function toDto(r: Row): VendorSystemUserDto {
  return {
    id: r.id,
    integrationTitle: r.integrationTitle,
    systemId: r.systemId,
    reporteeOrgNo: r.reporteeOrgNo,
    created: r.created.toISOString(),
    isDeleted: r.isDeleted,
    supplierName: r.system.vendor.name,
    supplierOrgno: r.system.vendorOrgNo,
    externalRef: r.externalRef,
    userType: r.userType,
  };
}

/** GET /systemuser/vendor/byquery: the live system user with the triple; externalRef defaults to the org. */
export async function findSystemUserByQuery(actor: VendorActor, systemId: string, orgNo: string, externalRef?: string): Promise<VendorSystemUserDto> {
  const row = await db.systemUser.findFirst({
    where: { systemId, reporteeOrgNo: orgNo, externalRef: externalRef || orgNo, isDeleted: false, system: { vendorOrgNo: actor.vendorOrgNo } },
    include,
  });
  if (!row) throw new Problem(404, "AUTH-00015", "The SystemUser was not found.");
  return toDto(row);
}

/** GET /systemuser/vendor/bysystem/{systemId}: the system's live system users, oldest first, paginated. */
export async function listSystemUsersBySystem(actor: VendorActor, systemId: string, token: string | null): Promise<Paginated<VendorSystemUserDto>> {
  await requireOwnSystem(actor, systemId);
  const rows = await db.systemUser.findMany({
    where: { systemId, isDeleted: false, ...pageWhere(readPage(token)) },
    orderBy: [{ created: "asc" }, { id: "asc" }],
    take: PAGE_SIZE + 1,
    include,
  });
  return paginate(rows, `/authentication/api/v1/systemuser/vendor/bysystem/${encodeURIComponent(systemId)}`, toDto);
}
