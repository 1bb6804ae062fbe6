// The vendor's reads and deletion of its requests (RequestSystemUserController, RequestSystemUserService,
// RequestRepository). A request is looked up first (404 AUTH-00010), then its system must be the
// caller's (404 AUTH-00011), so another vendor's request answers AUTH-00011 as in Altinn.
import { audit } from "../audit";
import { db } from "../db";
import { BindingProblem, Problem } from "../problems/problem";
import { AUTH } from "../problems/auth";
import type { VendorActor } from "../registry/problems";
import { requestLiveKey, toRequestDto, toSingleReadDto, type RequestRow } from "./mapping";
import { PAGE_SIZE, paginate, readCursor } from "./pagination";
import { REQ } from "./rules";
import type { Paginated, RequestDto, RequestKind } from "./schema";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function requestNotFound(): Problem {
  return AUTH.requestNotFound();
}

function systemNotFound(systemId: string): Problem {
  return AUTH.systemNotFound(`No system '${systemId}' of the calling vendor.`);
}

/** `{requestId}` is a Guid route parameter: anything else fails ASP.NET's model binding (400). */
export function requireGuid(id: string): string {
  if (!UUID.test(id)) throw new BindingProblem({ requestId: [`The value '${id}' is not valid.`] });
  return id.toLowerCase();
}

/** RetrieveChosenSystemInfoAndValidateVendorOrgNo: the system exists (deleted or not) and is the caller's; else 404 AUTH-00011. */
export async function requireOwnSystem(actor: VendorActor, systemId: string): Promise<void> {
  const system = await db.registeredSystem.findUnique({ where: { id: systemId }, select: { vendorOrgNo: true } });
  if (!system || system.vendorOrgNo !== actor.vendorOrgNo) throw systemNotFound(systemId);
}

async function ownedRow(actor: VendorActor, row: RequestRow | null): Promise<RequestRow> {
  if (!row) throw requestNotFound();
  await requireOwnSystem(actor, row.systemId);
  return row;
}

/** GET /vendor/{requestId} and /vendor/agent/{requestId}: a request of that kind (GetRequestByInternalId filters on the type). */
export async function getRequest(actor: VendorActor, kind: RequestKind, id: string): Promise<RequestDto> {
  const row = await db.systemUserRequest.findFirst({ where: { id: requireGuid(id), kind } });
  return toSingleReadDto(await ownedRow(actor, row), "id");
}

/** GET /vendor[/agent]/byexternalref/{systemId}/{orgNo}/{externalRef}: the triple's request (the live one before retired ones). */
export async function getRequestByExternalRef(actor: VendorActor, kind: RequestKind, systemId: string, partyOrgNo: string, externalRef: string): Promise<RequestDto> {
  const row =
    (await db.systemUserRequest.findUnique({ where: { liveKey: requestLiveKey(kind, systemId, partyOrgNo, externalRef) } })) ??
    (await db.systemUserRequest.findFirst({ where: { systemId, partyOrgNo, externalRef, kind }, orderBy: [{ created: "desc" }, { id: "desc" }] }));
  return toSingleReadDto(await ownedRow(actor, row), "externalRef");
}

/** GET /vendor[/agent]/bysystem/{systemId}?token=: the system's requests of that kind, by id as RequestRepository orders them. */
export async function listRequestsBySystem(actor: VendorActor, kind: RequestKind, systemId: string, token: string | null): Promise<Paginated<RequestDto>> {
  await requireOwnSystem(actor, systemId);
  const after = readCursor(token, 1);
  const rows = await db.systemUserRequest.findMany({
    where: { systemId, kind, ...(after ? { id: { gt: after[0] } } : {}) },
    orderBy: { id: "asc" },
    take: PAGE_SIZE + 1,
  });
  const path = `/authentication/api/v1/systemuser/request/vendor/${kind === "agent" ? "agent/" : ""}bysystem/${encodeURIComponent(systemId)}`;
  return paginate(rows, path, (r) => toRequestDto(r), (r) => [r.id]);
}

/**
 * DELETE /vendor/{requestId}: withdraws a standard or agent request in any status (202); its confirm page
 * stops working and the triple may be asked again. Altinn soft-deletes without checking whose request it
 * is; the simulator removes the row and answers another vendor's request as a missing one (README).
 */
export async function deleteRequest(actor: VendorActor, id: string): Promise<void> {
  const row = await db.systemUserRequest.findFirst({ where: { id: requireGuid(id), kind: { in: ["standard", "agent"] }, system: { vendorOrgNo: actor.vendorOrgNo } } });
  if (!row) throw requestNotFound();
  await db.$transaction(async (tx) => {
    const { count } = await tx.systemUserRequest.deleteMany({ where: { id: row.id } });
    if (count !== 1) throw requestNotFound();
    await audit(actor.audit, "request.deleted", row.id, { kind: row.kind, systemId: row.systemId, partyOrgNo: row.partyOrgNo, status: row.status }, tx);
  });
}

/** The vendor's newest requests of every system (the vendor's home page). */
export async function listRecentRequests(actor: VendorActor, take = 10): Promise<(RequestDto & { kind: RequestKind })[]> {
  const rows = await db.systemUserRequest.findMany({
    where: { kind: { in: ["standard", "agent"] }, system: { vendorOrgNo: actor.vendorOrgNo } },
    orderBy: [{ created: "desc" }, { id: "desc" }],
    take,
  });
  return rows.map((r) => ({ ...toRequestDto(r), kind: r.kind as RequestKind }));
}

/** A standard or agent request of the vendor's, whichever it is (the vendor's request page). */
export async function getVendorRequest(actor: VendorActor, id: string): Promise<RequestDto & { kind: RequestKind }> {
  if (!UUID.test(id)) throw requestNotFound();
  const row = await db.systemUserRequest.findFirst({ where: { id, kind: { in: ["standard", "agent"] }, system: { vendorOrgNo: actor.vendorOrgNo } } });
  if (!row) throw requestNotFound();
  return { ...toRequestDto(row), kind: row.kind as RequestKind };
}
