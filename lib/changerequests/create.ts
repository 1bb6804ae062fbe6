// POST /systemuser/changerequest/vendor?correlation-id=&system-user-id=: the vendor asks the system user's
// owner to add and remove rights and packages. Checked in the real order
// (ChangeRequestSystemUserController.CreateChangeRequest, then ChangeRequestSystemUserService.CreateChangeRequest
// and ValidateChangeRequest):
//   correlation-id missing (400 text) → system user unknown or deleted (AUTH-00015) → correlation-id = the
//   system user's id (400 text) → the system user's system is another vendor's (bare 401) → all four lists
//   empty (200 NoChangeNeeded, nothing stored) → the correlation id is a change request of the caller's
//   systems (200 with it) → agent system user (AUTH-00015) → the id taken by another request: pending
//   (AUTH-00007) or decided (AUTH-00061) → system (AUTH-00011) → party (AUTH-00000) → redirect
//   (AUTH-00026/00021) → required rights (AUTH-00001) and packages → 201.
// The change request's id is the correlation id (the primary key), so concurrent identical POSTs end as one
// 201 and 200s with the winner.
import { audit } from "../audit";
import { db } from "../db";
import { Problem, StatusAnswer } from "../problems/problem";
import type { VendorActor } from "../registry/problems";
import type { SystemPackage, SystemRight } from "../registry/schema";
import { UNSET_DATETIME } from "../requests/mapping";
import { requireOwnSystem } from "../requests/read";
import { checkPackages, checkRedirectUrl, checkRequestedRights, REQ } from "../requests/rules";
import { CHANGE_KIND, toChangeDto } from "./mapping";
import type { ChangeRequestDto, ChangeRequestInput } from "./schema";
import { now as clockNow } from "../clock";

export const CHANGE = {
  systemUserNotFound: "AUTH-00015",
  pending: "AUTH-00007",
  notNewUseNewId: "AUTH-00061",
} as const;

export interface ChangeResult {
  request: ChangeRequestDto;
  created: boolean;
}

export const systemUserNotFound = () => new Problem(404, CHANGE.systemUserNotFound, "The SystemUser was not found.");

function isUniqueViolation(e: unknown): boolean {
  return typeof e === "object" && e !== null && (e as { code?: unknown }).code === "P2002";
}

/** The vendor's own change request with that id, or null (GetChangeRequestByGuid: unknown → AUTH-00010, other vendor → AUTH-00011). */
async function ownChange(actor: VendorActor, id: string) {
  const row = await db.systemUserRequest.findFirst({ where: { id, kind: CHANGE_KIND, system: { vendorOrgNo: actor.vendorOrgNo } } });
  return row;
}

export async function createChangeRequest(actor: VendorActor, correlationId: string, systemUserId: string, input: ChangeRequestInput, now = clockNow()): Promise<ChangeResult> {
  const EMPTY = "00000000-0000-0000-0000-000000000000";
  if (correlationId === EMPTY) {
    throw new StatusAnswer(400, "Missing or invalid QueryParameter: correlation-id. Generate a unique UUID (RFC 4122) for this Change Request, and add as a Query Parameter.");
  }
  const su = await db.systemUser.findFirst({ where: { id: systemUserId, isDeleted: false }, include: { system: { select: { vendorOrgNo: true } } } });
  if (!su) throw systemUserNotFound();
  if (correlationId === su.id.toLowerCase()) {
    throw new StatusAnswer(400, "The correlation-id should not be the same as the system-user-id. Generate a unique id.");
  }
  if (su.system.vendorOrgNo !== actor.vendorOrgNo) throw new StatusAnswer(401);

  const requiredRights = input.requiredRights ?? [];
  const unwantedRights = input.unwantedRights ?? [];
  const requiredAccessPackages = input.requiredAccessPackages ?? [];
  const unwantedAccessPackages = input.unwantedAccessPackages ?? [];
  if (!requiredRights.length && !unwantedRights.length && !requiredAccessPackages.length && !unwantedAccessPackages.length) {
    // EmptySetsReturnEmptyResponse: answered, never stored, with an empty confirmUrl and Created unset.
    return {
      created: false,
      request: {
        id: correlationId,
        externalRef: su.externalRef,
        systemId: su.systemId,
        systemUserId,
        partyOrgNo: su.reporteeOrgNo,
        requiredRights: [],
        unwantedRights: [],
        requiredAccessPackages: [],
        unwantedAccessPackages: [],
        status: "NoChangeNeeded",
        redirectUrl: input.redirectUrl ?? null,
        confirmUrl: "",
        created: UNSET_DATETIME,
        timedOut: false,
      },
    };
  }

  const existing = await ownChange(actor, correlationId);
  if (existing) return { request: toChangeDto(existing, now), created: false };

  // "For now we don't support ChangeRequests for an Agent SystemUser".
  if (su.userType === "agent") throw systemUserNotFound();
  const taken = await db.systemUserRequest.findUnique({ where: { id: correlationId }, select: { status: true } });
  if (taken?.status === "New") throw new Problem(400, CHANGE.pending, "The combination of External Ids refer to a Pending Request, please reuse or delete.");
  if (taken) throw new Problem(409, CHANGE.notNewUseNewId, "The Status of the Request is not New. Please generate a new CorrellationId for a new Change Request");

  await requireOwnSystem(actor, su.systemId);
  const system = await db.registeredSystem.findUniqueOrThrow({ where: { id: su.systemId } });
  const party = await db.organization.findUnique({ where: { orgNo: su.reporteeOrgNo }, select: { orgNo: true } });
  if (!party) throw new Problem(400, REQ.partyNotFound, "Can't resolve the Organisation Number from the logged in Reportee PartyId.");
  if (input.redirectUrl) checkRedirectUrl(input.redirectUrl, system.allowedRedirectUrls as string[]);
  // ValidateChangeRequest checks only the required sets against the system; unwanted ones are stored as sent.
  const required: SystemRight[] = requiredRights.length ? checkRequestedRights(requiredRights, system.rights as SystemRight[]) : [];
  const packages: SystemPackage[] = requiredAccessPackages.length ? checkPackages("standard", requiredAccessPackages, system.accessPackages as SystemPackage[]) : [];

  try {
    const row = await db.$transaction(async (tx) => {
      const created = await tx.systemUserRequest.create({
        data: {
          id: correlationId,
          kind: CHANGE_KIND,
          systemId: su.systemId,
          partyOrgNo: su.reporteeOrgNo,
          externalRef: su.externalRef,
          integrationTitle: su.integrationTitle,
          rights: [],
          accessPackages: [],
          requiredRights: required as object,
          unwantedRights: unwantedRights as object,
          requiredAccessPackages: packages as object,
          unwantedAccessPackages: unwantedAccessPackages as object,
          systemUserId: su.id,
          correlationId,
          redirectUrl: input.redirectUrl || null,
          status: "New",
          created: now,
        },
      });
      await audit(actor.audit, "changerequest.created", created.id, { systemId: su.systemId, systemUserId: su.id }, tx);
      return created;
    });
    // The 201's body is the object the service built before storing it: Created unset.
    return { request: { ...toChangeDto(row, now), created: UNSET_DATETIME }, created: true };
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    const winner = await ownChange(actor, correlationId);
    if (!winner) throw e;
    return { request: toChangeDto(winner, now), created: false };
  }
}
