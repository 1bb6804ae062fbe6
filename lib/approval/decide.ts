// The end user's decisions on a system-user request (reference §3): approve (creates the system user
// with its delegations, in one transaction), reject, or escalate ("send videre").
// Order of checks: may the person act for the party at all (AUTH-00066) before anything about the
// request's state is revealed; then the status (AUTH-00013); then what they hold (AUTH-00016/00053).
import { audit } from "../audit";
import { db, type Tx } from "../db";
import { Problem } from "../problems/problem";
import { AUTH } from "../problems/auth";
import { insertSystemUser, mapUniqueViolation } from "../system-users/create";
import { expandRights } from "../system-users/rights";
import { loadRequest, type LoadedRequest } from "./load";
import { approvalProblem, escalationProblem, rejectionProblem, type RequestKind } from "./rules";
import { now as clockNow } from "../clock";

export interface Decision {
  status: "Accepted" | "Rejected";
  /** Where the vendor wants the browser back, stored unchanged from the request. */
  redirectUrl: string | null;
}

function notNew(status: string): Problem {
  return new Problem(409, "AUTH-00013", "The Status of the Request is not New.", `The request is ${status}.`);
}

async function loadForDecision(pid: string, id: string, kind: RequestKind, check: (r: LoadedRequest) => Problem | null) {
  const loaded = await loadRequest(pid, id, kind);
  if (!loaded.assessment.hasRelation) throw AUTH.notAccessManager();
  if (loaded.view.status !== "New") throw notNew(loaded.view.status);
  const problem = check(loaded);
  if (problem) throw problem;
  return loaded;
}

/**
 * Moves the request out of New, only if it still is New (a concurrent decision loses). The request keeps
 * its triple (liveKey) in every status: Altinn answers a re-POST of the triple with it until the vendor
 * deletes it (RequestRepository.GetRequestByExternalReferences does not filter on status).
 */
async function leaveNew(tx: Tx, id: string, status: Decision["status"], pid: string) {
  const { count } = await tx.systemUserRequest.updateMany({
    where: { id, status: "New" },
    data: { status, decidedByPid: pid, decidedAt: clockNow() },
  });
  if (count !== 1) throw notNew("no longer New");
}

export async function approveRequest(pid: string, id: string, kind: RequestKind): Promise<Decision> {
  const r = await loadForDecision(pid, id, kind, (l) => approvalProblem(l.assessment));
  if (r.view.system.isDeleted) throw AUTH.systemNotFound();
  const rights = expandRights(r.rights, r.policies);
  try {
    await db.$transaction(async (tx) => {
      await leaveNew(tx, r.view.id, "Accepted", pid);
      await insertSystemUser(
        tx,
        {
          id: r.view.id,
          userType: kind,
          systemId: r.view.system.id,
          reporteeOrgNo: r.view.party.orgNo,
          externalRef: r.view.externalRef,
          integrationTitle: r.view.integrationTitle,
          rights,
          accessPackages: r.packages,
        },
        `person:${pid}`,
      );
      await audit(`person:${pid}`, "systemuser.request.accepted", r.view.id, { kind, systemId: r.view.system.id, partyOrgNo: r.view.party.orgNo }, tx);
    });
  } catch (e) {
    throw mapUniqueViolation(e);
  }
  return { status: "Accepted", redirectUrl: r.view.redirectUrl };
}

export async function rejectRequest(pid: string, id: string, kind: RequestKind): Promise<Decision> {
  const r = await loadForDecision(pid, id, kind, (l) => rejectionProblem(l.assessment));
  await db.$transaction(async (tx) => {
    await leaveNew(tx, r.view.id, "Rejected", pid);
    await audit(`person:${pid}`, "systemuser.request.rejected", r.view.id, { kind, systemId: r.view.system.id, partyOrgNo: r.view.party.orgNo }, tx);
  });
  return { status: "Rejected", redirectUrl: r.view.redirectUrl };
}

/** "Send videre": the request stays New and is flagged for the party's access managers. */
export async function escalateRequest(pid: string, id: string, kind: RequestKind): Promise<void> {
  const r = await loadForDecision(pid, id, kind, (l) => escalationProblem(l.assessment));
  await db.$transaction(async (tx) => {
    const { count } = await tx.systemUserRequest.updateMany({ where: { id: r.view.id, status: "New" }, data: { escalated: true } });
    if (count !== 1) throw notNew("no longer New");
    await audit(`person:${pid}`, "systemuser.request.escalated", r.view.id, { kind, systemId: r.view.system.id, partyOrgNo: r.view.party.orgNo }, tx);
  });
}
