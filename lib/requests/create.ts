// POST /systemuser/request/vendor and /vendor/agent: the vendor asks a customer for a system user.
// Checked in the real order (RequestSystemUserController.CreateRequest/CreateAgentRequest, then
// RequestSystemUserService.CreateRequest/CreateAgentRequest):
//   a live system user of the triple (AUTH-00004) → the triple's existing request of the caller's own
//   system, in any status but timed out (200, until the vendor DELETEs it) → system unknown (AUTH-00011)
//   → the triple's request on another vendor's system (AUTH-00006/7/8/9) → another vendor's system
//   (AUTH-00011) → party (AUTH-00000) → redirect (AUTH-00026/00021) → rights and packages → 201.
// A deleted system is accepted, as GetRegisteredSystemInfo does not filter on is_deleted.
// One request per (kind, system, party, externalRef) until it is deleted or times out is a database rule
// (the unique liveKey), so concurrent identical POSTs end as one 201 and 200s with the winner.
import { audit } from "../audit";
import { db, isUniqueViolation } from "../db";
import { Problem } from "../problems/problem";
import { AUTH } from "../problems/auth";
import { isValidOrgNo } from "../identifiers/orgno";
import type { VendorActor } from "../registry/problems";
import type { SystemPackage, SystemRight } from "../registry/schema";
import { systemUserLiveKey } from "../system-users/create";
import { isTimedOut, requestLiveKey, toCreatedDto, toSingleReadDto } from "./mapping";
import { checkPackages, checkRedirectUrl, checkRequestedRights, REQ } from "./rules";
import type { AgentRequestInput, RequestDto, RequestKind, StandardRequestInput } from "./schema";
import { now as clockNow } from "../clock";

export interface CreatedRequest {
  request: RequestDto;
  /** false: the triple's existing request is answered instead (200, not 201). */
  created: boolean;
}

type Input = (StandardRequestInput & { kind: "standard" }) | (AgentRequestInput & { kind: "agent" });

/** The triple's request, after retiring it if it has outlived its 180 days (then a new one may be made). */
async function liveRequest(liveKey: string, now: Date) {
  const row = await db.systemUserRequest.findUnique({ where: { liveKey } });
  if (row && isTimedOut(row.created, now)) {
    await db.systemUserRequest.updateMany({ where: { id: row.id, liveKey }, data: { status: "Timedout", liveKey: null } });
    return null;
  }
  return row;
}

/** RequestSystemUserService.ValidateExternalRequestId: reached only for a triple on another vendor's system. */
const TRIPLE_TAKEN: Record<string, [string, string]> = {
  Accepted: ["AUTH-00006", "The combination of External Ids refer to an already Accepted SystemUser."],
  New: ["AUTH-00007", "The combination of External Ids refer to a Pending Request, please reuse or delete."],
  Denied: ["AUTH-00008", "The combination of External Ids refer to a Denied Request, please delete and renew the Request."],
  Rejected: ["AUTH-00009", "The combination of External Ids refer to a Rejected Request, please delete and renew the Request."],
};

const systemNotFound = (systemId: string) =>
  AUTH.systemNotFound(`No system '${systemId}' of the calling vendor.`);

export async function createRequest(actor: VendorActor, input: Input, now = clockNow()): Promise<CreatedRequest> {
  const kind: RequestKind = input.kind;
  const externalRef = input.externalRef || input.partyOrgNo;
  const su = await db.systemUser.findUnique({ where: { liveKey: systemUserLiveKey(input.systemId, input.partyOrgNo, externalRef) }, select: { id: true } });
  if (su) throw new Problem(400, REQ.systemUserExists, "Failed to create new SystemUser, existing SystemUser tied to the given System-Id.");

  const system = await db.registeredSystem.findUnique({ where: { id: input.systemId } });
  const owned = system !== null && system.vendorOrgNo === actor.vendorOrgNo;
  const liveKey = requestLiveKey(kind, input.systemId, input.partyOrgNo, externalRef);
  const existing = await liveRequest(liveKey, now);
  if (existing && owned) return { request: toSingleReadDto(existing, "externalRef", now), created: false };
  if (!system) throw systemNotFound(input.systemId);
  const taken = existing ? TRIPLE_TAKEN[existing.status] : undefined;
  if (taken) throw new Problem(400, taken[0], taken[1]);
  if (!owned) throw systemNotFound(input.systemId);

  const party = isValidOrgNo(input.partyOrgNo) ? await db.organization.findUnique({ where: { orgNo: input.partyOrgNo }, select: { orgNo: true } }) : null;
  if (!party) throw new Problem(400, REQ.partyNotFound, "Can't resolve the Organisation Number from the logged in Reportee PartyId.", `'${input.partyOrgNo}' is not a known organisation number.`);

  if (input.redirectUrl) checkRedirectUrl(input.redirectUrl, system.allowedRedirectUrls as string[]);

  const systemRights = system.rights as SystemRight[];
  const systemPackages = system.accessPackages as SystemPackage[];
  let rights: SystemRight[] = [];
  let accessPackages: SystemPackage[] = [];
  if (input.kind === "standard") {
    if (input.rights === undefined && input.accessPackages === undefined) {
      throw new Problem(400, REQ.rightsNotOnSystem, "One or more Right not found or not delegable.");
    }
    if (!input.rights?.length && !input.accessPackages?.length) {
      throw new Problem(400, REQ.nothingRequested, "No AccessPackages or Single Rights found, a SystemUser must have at least one");
    }
    if (input.rights?.length) rights = checkRequestedRights(input.rights, systemRights);
    if (input.accessPackages?.length) accessPackages = checkPackages("standard", input.accessPackages, systemPackages);
  } else {
    if (input.accessPackages.length === 0) {
      throw new Problem(400, REQ.agentNeedsPackage, "No AccessPackages found, an Agent SystemUser must have at least one");
    }
    accessPackages = checkPackages("agent", input.accessPackages, systemPackages);
  }

  try {
    const row = await db.$transaction(async (tx) => {
      const created = await tx.systemUserRequest.create({
        data: {
          kind,
          systemId: system.id,
          partyOrgNo: input.partyOrgNo,
          externalRef,
          // IntegrationTitle?.Trim() ?? the system's Norwegian name: an empty title stays empty.
          integrationTitle: input.integrationTitle ?? system.nameNb,
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
    return { request: toCreatedDto(row, now), created: true };
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    const winner = await db.systemUserRequest.findUnique({ where: { liveKey } });
    if (!winner) throw e;
    return { request: toSingleReadDto(winner, "externalRef", now), created: false };
  }
}
