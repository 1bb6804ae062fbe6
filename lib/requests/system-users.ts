// The vendor's reads of the system users of its own systems (reference §3, "System users for the vendor").
import { db } from "../db";
import { Problem } from "../problems/problem";
import type { VendorActor } from "../registry/problems";
import { PAGE_SIZE, pageWhere, paginate, readPage } from "./pagination";
import { requireOwnSystem } from "./read";
import type { Paginated } from "./schema";
import { systemUserDtoInclude as include, toSystemUserDto as toDto, type SystemUserDto } from "../system-users/dto";

/** GET /systemuser/vendor/byquery: the live system user with the triple; externalRef defaults to the org. */
export async function findSystemUserByQuery(actor: VendorActor, systemId: string, orgNo: string, externalRef?: string): Promise<SystemUserDto> {
  const row = await db.systemUser.findFirst({
    where: { systemId, reporteeOrgNo: orgNo, externalRef: externalRef || orgNo, isDeleted: false, system: { vendorOrgNo: actor.vendorOrgNo } },
    include,
  });
  if (!row) throw new Problem(404, "AUTH-00015", "The SystemUser was not found.");
  return toDto(row);
}

/** GET /systemuser/vendor/bysystem/{systemId}: the system's live system users, oldest first, paginated. */
export async function listSystemUsersBySystem(actor: VendorActor, systemId: string, token: string | null): Promise<Paginated<SystemUserDto>> {
  await requireOwnSystem(actor, systemId);
  const rows = await db.systemUser.findMany({
    where: { systemId, isDeleted: false, ...pageWhere(readPage(token)) },
    orderBy: [{ created: "asc" }, { id: "asc" }],
    take: PAGE_SIZE + 1,
    include,
  });
  return paginate(rows, `/authentication/api/v1/systemuser/vendor/bysystem/${encodeURIComponent(systemId)}`, toDto);
}
