// The vendor's reads of its requests (reference §3). A vendor sees only requests of its own systems;
// another vendor's request is answered exactly like a missing one (404 AUTH-00010), so ids leak nothing.
import { audit } from "../audit";
import { db } from "../db";
import { Problem } from "../problems/problem";
import type { VendorActor } from "../registry/problems";
import { toRequestDto } from "./mapping";
import { PAGE_SIZE, pageWhere, paginate, readPage } from "./pagination";
import { REQ } from "./rules";
import type { Paginated, RequestDto, RequestKind } from "./schema";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function requestNotFound(): Problem {
  return new Problem(404, REQ.requestNotFound, "The Id does not refer to a Request in our system.");
}

async function findOwned(actor: VendorActor, kind: RequestKind, where: { id: string } | { systemId: string; partyOrgNo: string; externalRef: string }) {
  if ("id" in where && !UUID.test(where.id)) throw requestNotFound();
  const row = await db.systemUserRequest.findFirst({
    where: { ...where, kind, system: { vendorOrgNo: actor.vendorOrgNo } },
    orderBy: [{ created: "desc" }, { id: "desc" }],
  });
  if (!row) throw requestNotFound();
  return row;
}

/** GET /vendor/{requestId} and /vendor/agent/{requestId} */
export async function getRequest(actor: VendorActor, kind: RequestKind, id: string): Promise<RequestDto> {
  return toRequestDto(await findOwned(actor, kind, { id }));
}

/** GET /vendor/byexternalref/{systemId}/{orgNo}/{externalRef}: the newest request with the triple. */
export async function getRequestByExternalRef(actor: VendorActor, kind: RequestKind, systemId: string, partyOrgNo: string, externalRef: string): Promise<RequestDto> {
  return toRequestDto(await findOwned(actor, kind, { systemId, partyOrgNo, externalRef }));
}

/** The system, if it is the actor's and live; else 404 AUTH-00011 (as Altinn answers a system of another vendor). */
export async function requireOwnSystem(actor: VendorActor, systemId: string): Promise<void> {
  const system = await db.registeredSystem.findUnique({ where: { id: systemId }, select: { vendorOrgNo: true } });
  if (!system || system.vendorOrgNo !== actor.vendorOrgNo) {
    throw new Problem(404, REQ.systemNotFound, "The Id does not refer to a Registered System.", `No system '${systemId}' of the calling vendor.`);
  }
}

/** GET /vendor/bysystem/{systemId} (+ agent): oldest first, continued by the opaque `token` of links.next. */
export async function listRequestsBySystem(actor: VendorActor, kind: RequestKind, systemId: string, token: string | null): Promise<Paginated<RequestDto>> {
  await requireOwnSystem(actor, systemId);
  const after = readPage(token);
  const rows = await db.systemUserRequest.findMany({
    where: { systemId, kind, ...pageWhere(after) },
    orderBy: [{ created: "asc" }, { id: "asc" }],
    take: PAGE_SIZE + 1,
  });
  const path = `/authentication/api/v1/systemuser/request/vendor/${kind === "agent" ? "agent/" : ""}bysystem/${encodeURIComponent(systemId)}`;
  return paginate(rows, path, (r) => toRequestDto(r));
}

/** DELETE /vendor/{requestId}: removes the request in any status (its confirmUrl stops working); 202. */
export async function deleteRequest(actor: VendorActor, id: string, kind: RequestKind = "standard"): Promise<void> {
  const row = await findOwned(actor, kind, { id });
  await db.$transaction(async (tx) => {
    await tx.systemUserRequest.delete({ where: { id: row.id } });
    await audit(actor.audit, "request.deleted", row.id, { systemId: row.systemId, partyOrgNo: row.partyOrgNo, status: row.status }, tx);
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
