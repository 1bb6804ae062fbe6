// The vendor's reads and deletion of its change requests (ChangeRequestSystemUserController,
// ChangeRequestSystemUserService, ChangeRequestRepository): looked up first (404 AUTH-00010), then the
// system must be the caller's (404 AUTH-00011).
import { audit } from "../audit";
import { db } from "../db";
import type { VendorActor } from "../registry/problems";
import { PAGE_SIZE, paginate, readCursor } from "../requests/pagination";
import { requestNotFound, requireGuid, requireOwnSystem } from "../requests/read";
import type { Paginated } from "../requests/schema";
import { CHANGE_KIND, toChangeDto, type ChangeRow } from "./mapping";
import type { ChangeRequestDto } from "./schema";

async function owned(actor: VendorActor, row: ChangeRow | null): Promise<ChangeRow> {
  if (!row) throw requestNotFound();
  await requireOwnSystem(actor, row.systemId);
  return row;
}

/** GET /vendor/{requestId}. */
export async function getChangeRequest(actor: VendorActor, id: string): Promise<ChangeRequestDto> {
  const row = await db.systemUserRequest.findFirst({ where: { id: requireGuid(id), kind: CHANGE_KIND } });
  return toChangeDto(await owned(actor, row));
}

/**
 * GET /vendor/byexternalref/{systemId}/{orgNo}/{externalRef}: the newest change request of the system
 * user. GetChangeRequestByExternalRef copies the stored request without its access packages, so this
 * read answers both package lists empty, as Altinn does.
 */
export async function getChangeRequestByExternalRef(actor: VendorActor, systemId: string, partyOrgNo: string, externalRef: string): Promise<ChangeRequestDto> {
  const row = await db.systemUserRequest.findFirst({ where: { systemId, partyOrgNo, externalRef, kind: CHANGE_KIND }, orderBy: [{ created: "desc" }, { id: "desc" }] });
  const dto = toChangeDto(await owned(actor, row));
  return { ...dto, requiredAccessPackages: [], unwantedAccessPackages: [] };
}

/** GET /vendor/bysystem/{systemId}?token=: the system's change requests by id, 50 a page. */
export async function listChangeRequestsBySystem(actor: VendorActor, systemId: string, token: string | null): Promise<Paginated<ChangeRequestDto>> {
  await requireOwnSystem(actor, systemId);
  const after = readCursor(token, 1);
  const rows = await db.systemUserRequest.findMany({
    where: { systemId, kind: CHANGE_KIND, ...(after ? { id: { gt: after[0] } } : {}) },
    orderBy: { id: "asc" },
    take: PAGE_SIZE + 1,
  });
  return paginate(rows, `/authentication/api/v1/systemuser/changerequest/vendor/bysystem/${encodeURIComponent(systemId)}`, (r) => toChangeDto(r), (r) => [r.id]);
}

/**
 * DELETE /vendor/{requestId}: 202, or 404 AUTH-00010. Altinn deletes without checking whose request it
 * is; the simulator answers another vendor's change request as a missing one (as for requests, README).
 */
export async function deleteChangeRequest(actor: VendorActor, id: string): Promise<void> {
  const row = await db.systemUserRequest.findFirst({ where: { id: requireGuid(id), kind: CHANGE_KIND, system: { vendorOrgNo: actor.vendorOrgNo } } });
  if (!row) throw requestNotFound();
  await db.$transaction(async (tx) => {
    const { count } = await tx.systemUserRequest.deleteMany({ where: { id: row.id } });
    if (count !== 1) throw requestNotFound();
    await audit(actor.audit, "changerequest.deleted", row.id, { systemId: row.systemId, systemUserId: row.systemUserId, status: row.status }, tx);
  });
}
