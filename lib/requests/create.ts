// POST /systemuser/request/vendor and /vendor/agent: the vendor asks a customer for a system user.
// Checked in the reference's order (§3). One live request per (kind, system, party, externalRef) is a
// database rule (liveKey), so two concurrent identical POSTs end as one 201 and one idempotent 200.
import { audit } from "../audit";
import { db } from "../db";
import { Problem } from "../problems/problem";
import { isValidOrgNo } from "../identifiers/orgno";
import type { VendorActor } from "../registry/problems";
import type { SystemPackage, SystemRight } from "../registry/schema";
import { isTimedOut, requestLiveKey, systemUserLiveKey, toRequestDto } from "./mapping";
import { checkAgentPackages, checkRedirectUrl, checkStandardPackages, normalizeRequestedRights, REQ } from "./rules";
import type { AgentRequestInput, RequestDto, RequestKind, StandardRequestInput } from "./schema";

export interface CreatedRequest {
  request: RequestDto;
  /** false: an identical live request already existed and is answered instead (200, not 201). */
  created: boolean;
}

type Input = (StandardRequestInput & { kind: "standard" }) | (AgentRequestInput & { kind: "agent" });

function isUniqueViolation(e: unknown): boolean {
  return typeof e === "object" && e !== null && (e as { code?: unknown }).code === "P2002";
}

/** The live request with this key, after retiring it if it has outlived its 180 days. */
async function liveRequest(liveKey: string, now: Date) {
  const row = await db.systemUserRequest.findUnique({ where: { liveKey } });
  if (row && isTimedOut(row.created, now)) {
    await db.systemUserRequest.updateMany({ where: { id: row.id, liveKey }, data: { status: "Timedout", liveKey: null } });
    return null;
  }
  return row;
}

export async function createRequest(actor: VendorActor, input: Input, now = new Date()): Promise<CreatedRequest> {
  const kind: RequestKind = input.kind;
  const externalRef = input.externalRef || input.partyOrgNo;
  const system = await db.registeredSystem.findUnique({ where: { id: input.systemId } });
  // The triple checks run only for the caller's own system: for anyone else's they would reveal its customers.
  const owned = system !== null && !system.isDeleted && system.vendorOrgNo === actor.vendorOrgNo;
  const liveKey = requestLiveKey(kind, input.systemId, input.partyOrgNo, externalRef);
  if (owned) {
    const su = await db.systemUser.findUnique({ where: { liveKey: systemUserLiveKey(input.systemId, input.partyOrgNo, externalRef) }, select: { id: true } });
    if (su) throw new Problem(400, REQ.systemUserExists, "Failed to create new SystemUser, existing SystemUser tied to the given System-Id.", `System user ${su.id} already exists for this system, party and externalRef.`);
    const existing = await liveRequest(liveKey, now);
    if (existing) return { request: toRequestDto(existing, now), created: false };
  }
  if (!owned) throw new Problem(404, REQ.systemNotFound, "The Id does not refer to a Registered System.", `No system '${input.systemId}' of the calling vendor.`);

  const party = isValidOrgNo(input.partyOrgNo) ? await db.organization.findUnique({ where: { orgNo: input.partyOrgNo }, select: { orgNo: true } }) : null;
  if (!party) throw new Problem(400, REQ.partyNotFound, "Can't resolve the Organisation Number of the party.", `'${input.partyOrgNo}' is not a known organisation number.`);

  if (input.redirectUrl) checkRedirectUrl(input.redirectUrl, system.allowedRedirectUrls as string[]);

  let rights: SystemRight[] = [];
  let accessPackages: SystemPackage[];
  if (input.kind === "standard") {
    if (input.rights.length === 0 && input.accessPackages.length === 0) {
      throw new Problem(400, REQ.nothingRequested, "No AccessPackages or Single Rights found, a SystemUser must have at least one");
    }
    rights = normalizeRequestedRights(input.rights, system.rights as SystemRight[]);
    accessPackages = checkStandardPackages(input.accessPackages, system.accessPackages as SystemPackage[]);
  } else {
    accessPackages = checkAgentPackages(input.accessPackages, system.accessPackages as SystemPackage[]);
  }

  try {
    const row = await db.$transaction(async (tx) => {
      const created = await tx.systemUserRequest.create({
        data: {
          kind,
          systemId: system.id,
          partyOrgNo: input.partyOrgNo,
          externalRef,
          integrationTitle: input.integrationTitle || system.nameNb,
          rights: rights as object,
          accessPackages: accessPackages as object,
          redirectUrl: input.redirectUrl || null,
          status: "New",
          liveKey,
          created: now,
        },
      });
      await audit(actor.audit, `request.${kind}.created`, created.id, { systemId: system.id, partyOrgNo: input.partyOrgNo, externalRef }, tx);
      return created;
    });
    return { request: toRequestDto(row, now), created: true };
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    const winner = await db.systemUserRequest.findUnique({ where: { liveKey } });
    if (!winner) throw e;
    return { request: toRequestDto(winner, now), created: false };
  }
}
