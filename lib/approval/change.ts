// The end user's side of a change request (ChangeRequestSystemUserService.ApproveAndDelegateChangeOnSystemUser
// and RejectChangeOnSystemUser): load it as the person who opened its confirmUrl sees it, approve (the
// system user's delegations change in one transaction) or reject. The standard request's approval rules
// apply: a relation to the party first (AUTH-00066), then the status (AUTH-00013, RequestStatusNotNew, as
// the real approve/reject answer a decided change request), then what the person holds for what is added
// (AUTH-00016/00053). Removing needs only the access manager.
import { audit } from "../audit";
import { db } from "../db";
import { localizedColumn, type Locale } from "../i18n/locale";
import { accessPackageName } from "../parties/access-packages";
import { loadRelation } from "../parties/relations";
import { Problem } from "../problems/problem";
import { loadPolicies } from "../system-users/policies";
import { expandRights, parsePackages, parseRights, type RequestedRight, type RightPair } from "../system-users/rights";
import { approvalProblem, assessApproval, effectiveStatus, rejectionProblem, type ApprovalAssessment } from "./rules";
import type { Decision } from "./decide";
import { now as clockNow } from "../clock";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface ChangeView {
  id: string;
  status: string;
  created: string;
  redirectUrl: string | null;
  party: { orgNo: string; name: string };
  system: { id: string; name: string; isDeleted: boolean };
  vendor: { orgNo: string; name: string };
  systemUser: { id: string; integrationTitle: string };
  add: { rights: RightPair[]; packages: { urn: string; name: string }[] };
  remove: { rights: RightPair[]; packages: { urn: string; name: string }[] };
}

export interface LoadedChange {
  view: ChangeView;
  assessment: ApprovalAssessment;
}

export const changeNotFound = () => new Problem(404, "AUTH-00010", "The Id does not refer to a Request in our system.");

const named = (urns: string[], locale: Locale) => urns.map((urn) => ({ urn, name: accessPackageName(urn, locale) }));

/** What an unwanted right takes away: the pairs the system user holds on its resource (its action only, when given). */
function removedPairs(unwanted: RequestedRight[], held: RightPair[]): RightPair[] {
  return held.filter((h) => unwanted.some((u) => u.resource === h.resource && (!u.action || u.action === h.action)));
}

export async function loadChange(pid: string, id: string, now = clockNow(), locale: Locale = "en"): Promise<LoadedChange> {
  if (!UUID.test(id)) throw changeNotFound();
  const row = await db.systemUserRequest.findUnique({
    where: { id: id.toLowerCase() },
    include: { party: true, system: { include: { vendor: true } }, systemUser: { include: { rights: true, accessPackages: true } } },
  });
  if (!row || row.kind !== "change" || !row.systemUser || row.systemUser.isDeleted) throw changeNotFound();
  const su = row.systemUser;
  // What is added is what the system registered for the required resources, as for a standard request.
  const wanted = new Set(parseRights(row.requiredRights).map((r) => r.resource));
  const required = parseRights(row.system.rights).filter((r) => wanted.has(r.resource));
  const policies = await loadPolicies(required.map((r) => r.resource));
  const heldPairs = su.rights.map((r) => ({ resource: r.resource, action: r.action }));
  const heldKeys = new Set(heldPairs.map((p) => `${p.resource}|${p.action}`));
  const heldPackages = new Set(su.accessPackages.map((p) => p.urn));
  const addRights = expandRights(required, policies).filter((p) => !heldKeys.has(`${p.resource}|${p.action}`));
  const addPackages = parsePackages(row.requiredAccessPackages).filter((u) => !heldPackages.has(u));
  const removeRights = removedPairs(parseRights(row.unwantedRights), heldPairs);
  const removePackages = parsePackages(row.unwantedAccessPackages).filter((u) => heldPackages.has(u));

  const relation = await loadRelation(pid, row.partyOrgNo);
  const assessed = assessApproval({ kind: "standard", relation, rights: addRights, accessPackages: addPackages, policies });
  const assessment = row.system.isDeleted ? { ...assessed, mayApprove: false } : assessed;
  return {
    assessment,
    view: {
      id: row.id,
      status: effectiveStatus(row.status, row.created, now),
      created: row.created.toISOString(),
      redirectUrl: row.redirectUrl,
      party: { orgNo: row.party.orgNo, name: row.party.name },
      system: { id: row.system.id, name: localizedColumn(row.system, "name", locale), isDeleted: row.system.isDeleted },
      vendor: { orgNo: row.system.vendor.orgNo, name: row.system.vendor.name },
      systemUser: { id: su.id, integrationTitle: su.integrationTitle },
      add: { rights: addRights, packages: named(addPackages, locale) },
      remove: { rights: removeRights, packages: named(removePackages, locale) },
    },
  };
}

async function loadForDecision(pid: string, id: string, check: (a: ApprovalAssessment) => Problem | null): Promise<LoadedChange> {
  const loaded = await loadChange(pid, id);
  if (!loaded.assessment.hasRelation) throw new Problem(403, "AUTH-00066", "The user is not an access manager for the party.");
  if (loaded.view.status !== "New") throw new Problem(409, "AUTH-00013", "The Status of the Request is not New.", `The request is ${loaded.view.status}.`);
  const problem = check(loaded.assessment);
  if (problem) throw problem;
  return loaded;
}

const notNewAnymore = () => new Problem(409, "AUTH-00013", "The Status of the Request is not New.", "The request is no longer New.");

/** Approve: the request leaves New and the system user's rights and packages change, all or nothing. */
export async function approveChange(pid: string, id: string): Promise<Decision> {
  const { view: v } = await loadForDecision(pid, id, approvalProblem);
  if (v.system.isDeleted) throw new Problem(404, "AUTH-00011", "The Id does not refer to a Registered System.");
  await db.$transaction(async (tx) => {
    const { count } = await tx.systemUserRequest.updateMany({ where: { id: v.id, status: "New" }, data: { status: "Accepted", decidedByPid: pid, decidedAt: clockNow() } });
    if (count !== 1) throw notNewAnymore();
    const suId = v.systemUser.id;
    for (const r of v.remove.rights) await tx.systemUserRight.deleteMany({ where: { systemUserId: suId, resource: r.resource, action: r.action } });
    if (v.remove.packages.length) await tx.systemUserAccessPackage.deleteMany({ where: { systemUserId: suId, urn: { in: v.remove.packages.map((p) => p.urn) } } });
    for (const r of v.add.rights) await tx.systemUserRight.upsert({ where: { systemUserId_resource_action: { systemUserId: suId, resource: r.resource, action: r.action } }, create: { systemUserId: suId, ...r }, update: {} });
    for (const p of v.add.packages) await tx.systemUserAccessPackage.upsert({ where: { systemUserId_urn: { systemUserId: suId, urn: p.urn } }, create: { systemUserId: suId, urn: p.urn }, update: {} });
    await audit(`person:${pid}`, "systemuser.changerequest.accepted", v.id, { systemUserId: suId, added: { rights: v.add.rights, packages: v.add.packages.map((p) => p.urn) }, removed: { rights: v.remove.rights, packages: v.remove.packages.map((p) => p.urn) } }, tx);
  });
  return { status: "Accepted", redirectUrl: v.redirectUrl };
}

export async function rejectChange(pid: string, id: string): Promise<Decision> {
  const { view: v } = await loadForDecision(pid, id, rejectionProblem);
  await db.$transaction(async (tx) => {
    const { count } = await tx.systemUserRequest.updateMany({ where: { id: v.id, status: "New" }, data: { status: "Rejected", decidedByPid: pid, decidedAt: clockNow() } });
    if (count !== 1) throw notNewAnymore();
    await audit(`person:${pid}`, "systemuser.changerequest.rejected", v.id, { systemUserId: v.systemUser.id }, tx);
  });
  return { status: "Rejected", redirectUrl: v.redirectUrl };
}
