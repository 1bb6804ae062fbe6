// The vendor's reads of the system users of its own systems (SystemUserController
// GetSingleSystemUserForVendor / GetAllSystemUsersByVendorSystem), as SystemUserExternalDTO.
import { db } from "../db";
import { BindingProblem, StatusAnswer } from "../problems/problem";
import type { VendorActor } from "../registry/problems";
import { PAGE_SIZE, paginate, readCursor } from "./pagination";
import { requireOwnSystem } from "./read";
import type { Paginated } from "./schema";
import { systemUserDtoInclude as include, toSystemUserDto as toDto, type SystemUserDto } from "../system-users/dto";

/** GET /systemuser/vendor/byquery: the live system user with the triple (externalRef defaults to the org); a bare 404 when there is none of the caller's. */
export async function findSystemUserByQuery(actor: VendorActor, systemId: string, orgNo: string, externalRef?: string): Promise<SystemUserDto> {
  const row = await db.systemUser.findFirst({
    where: { systemId, reporteeOrgNo: orgNo, externalRef: externalRef || orgNo, isDeleted: false, system: { vendorOrgNo: actor.vendorOrgNo } },
    include,
  });
  if (!row) throw new StatusAnswer(404);
  return toDto(row);
}

/** GET /systemuser/vendor/bysystem/{systemId}: the system's live system users in creation order (Altinn: sequence number), paginated. */
export async function listSystemUsersBySystem(actor: VendorActor, systemId: string, token: string | null): Promise<Paginated<SystemUserDto>> {
  await requireOwnSystem(actor, systemId);
  const [created, id] = readCursor(token, 2) ?? [];
  const at = created !== undefined ? new Date(created) : null;
  if (at && Number.isNaN(at.getTime())) throw new BindingProblem({ token: [`The value '${token}' is not valid.`] });
  const rows = await db.systemUser.findMany({
    where: { systemId, isDeleted: false, ...(at && id ? { OR: [{ created: { gt: at } }, { created: at, id: { gt: id } }] } : {}) },
    orderBy: [{ created: "asc" }, { id: "asc" }],
    take: PAGE_SIZE + 1,
    include,
  });
  return paginate(rows, `/authentication/api/v1/systemuser/vendor/bysystem/${encodeURIComponent(systemId)}`, (r) => toDto(r), (r) => [r.created.toISOString(), r.id]);
}
