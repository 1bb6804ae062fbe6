// Self-delegation of an agent system user: the facilitator adds its own organisation, so the system user
// acts for the facilitator itself with the packages it holds. As Altinn/altinn-authentication
// src/Authentication/Controllers/SystemUserController.cs (DelegateSelfToAgentSystemUser,
// RevokeSelfFromAgentSystemUser, IsSelfDelegatedToAgentSystemUser) and Services/SystemUserService.cs:
//  1. policy ACCESS_MANAGEMENT_WRITE on all three (GET too): the PDP on altinn_access_management/write
//     for the route's party id, no scope; refused, a bare 403 (ResourceAccessHandler);
//  2. model binding: `systemUserId` (route) and `partyUuid` (query) are GUIDs, absent = Guid.Empty (400);
//  3. an unknown or deleted system user: ValidationProblem `return` (400); another party's: Forbid() (403);
//  4. POST: an agent (AUTH-00034) holding packages (AUTH-00063), each on its system and assignable as for
//     a standard system user (ValidateAccessPackages, isAgentRequest false: AUTH-00063/00064), then one
//     Access Management delegation per package from `partyUuid`; DELETE: an agent, then one revoke per
//     package; GET: whether the system user holds packages from `partyUuid` (no type check). Each answers
//     `true` (the endpoints are idempotent).
// The simulator stores it as a ClientDelegation of the facilitator to its own agent system user; the PDP
// counts every package the system user holds as given by the facilitator itself (lib/pdp/evaluate.ts).
// What Access Management answers the authentication service is not in its code: here AM refuses a
// delegation the person may not make, or from a `partyUuid` other than the facilitator's (AUTH-00051 /
// AUTH-00057, the codes the service maps AM's refusals to), and a read of another party the person does
// not manage (AUTH-00055, a 500 as real); a party they manage has no such packages (false).
import { audit } from "../audit";
import { db, isUniqueViolation } from "../db";
import { loadRelation } from "../parties/relations";
import { isAssignable } from "../parties/access-packages";
import { isAccessManager, mayDelegatePackage, type PartyRelation } from "../parties/roles";
import { BindingProblem, Problem, StatusAnswer } from "../problems/problem";
import { AUTH } from "../problems/auth";
import { checkPackages, REQ } from "../requests/rules";
import { bindGuids } from "./api";
import { clientProblems } from "./problems";
import { loadLiveSystemUser, type AgentRecord } from "./store";

/** One call as the controller receives it: the person, the route's `party` and `systemUserId`, `?partyUuid=`. */
export interface SelfCall {
  pid: string;
  party: string;
  systemUserId: string | null;
  partyUuid: string | null;
}

interface Owner {
  orgNo: string;
  partyUuid: string;
}

interface Target {
  pid: string;
  su: AgentRecord;
  owner: Owner;
  relation: PartyRelation;
  partyUuid: string;
}

export const selfProblems = {
  noPackages: () => new Problem(400, REQ.packageNotOnSystem, "One or more accesspackage is not found in the referenced system in the System Register."),
  delegationFailed: (detail: string) => new Problem(400, "AUTH-00051", "The delegation of access package to the system user failed", detail),
  revokeFailed: (detail: string) => new Problem(400, "AUTH-00057", "Failed to delete access package delegation for system user", detail),
  readFailed: () => new Problem(500, "AUTH-00055", "Failed to get delegated access packages"),
};

async function target(call: SelfCall): Promise<Target> {
  // the route's party is a party id; `systemUser.PartyId != party` compares the strings
  const owner = /^[1-9]\d{0,9}$/.test(call.party)
    ? await db.organization.findUnique({ where: { partyId: Number(call.party) }, select: { orgNo: true, partyUuid: true } })
    : null;
  const relation = owner ? await loadRelation(call.pid, owner.orgNo) : null;
  if (!owner || !relation || !isAccessManager(relation)) throw new StatusAnswer(403);
  const ids = bindGuids({ systemUserId: call.systemUserId, partyUuid: call.partyUuid });
  const su = await loadLiveSystemUser(ids.systemUserId);
  if (!su) throw new BindingProblem({ return: [`SystemUser with Id ${ids.systemUserId} Not Found`] });
  if (su.reporteeOrgNo !== owner.orgNo) throw new StatusAnswer(403);
  return { pid: call.pid, su, owner, relation, partyUuid: ids.partyUuid };
}

/** POST .../self: the facilitator's own organisation added to its agent system user; `true`. */
export async function delegateSelf(call: SelfCall): Promise<true> {
  const t = await target(call);
  if (t.su.userType !== "agent") throw clientProblems.notAgent();
  if (t.su.accessPackages.length === 0) throw selfProblems.noPackages();
  const system = await db.registeredSystem.findUnique({ where: { id: t.su.systemId }, select: { accessPackages: true } });
  if (!system) throw AUTH.systemNotFound();
  checkPackages("standard", t.su.accessPackages.map((urn) => ({ urn })), system.accessPackages as { urn: string }[]);
  if (t.partyUuid !== t.owner.partyUuid) throw selfProblems.delegationFailed(`The packages can only be delegated from the system user's own party ${t.owner.partyUuid}.`);
  const refused = t.su.accessPackages.filter((urn) => !mayDelegatePackage(t.relation, urn));
  if (refused.length) throw selfProblems.delegationFailed(`You may not delegate ${refused.join(", ")} for ${t.owner.orgNo}.`);
  try {
    await db.$transaction(async (tx) => {
      if (await tx.clientDelegation.findFirst({ where: { systemUserId: t.su.id, clientOrgNo: t.owner.orgNo }, select: { id: true } })) return;
      await tx.clientDelegation.create({ data: { systemUserId: t.su.id, clientOrgNo: t.owner.orgNo, createdByPid: t.pid } });
      await audit(`person:${t.pid}`, "systemuser.client.added", t.su.id, { facilitator: t.owner.orgNo, client: t.owner.orgNo, self: true, accessPackages: t.su.accessPackages }, tx);
    });
  } catch (e) {
    // a concurrent add of the same: it is there, as asked
    if (!isUniqueViolation(e)) throw e;
  }
  return true;
}

/** DELETE .../self: the own organisation removed (client delegations untouched); `true`, also when it was not added. */
export async function revokeSelf(call: SelfCall): Promise<true> {
  const t = await target(call);
  if (t.su.userType !== "agent") throw clientProblems.notAgent();
  if (t.su.accessPackages.length === 0) return true;
  if (t.partyUuid !== t.owner.partyUuid) throw selfProblems.revokeFailed(`No delegation from ${t.partyUuid} to revoke.`);
  await db.$transaction(async (tx) => {
    const { count } = await tx.clientDelegation.deleteMany({ where: { systemUserId: t.su.id, clientOrgNo: t.owner.orgNo } });
    if (count) await audit(`person:${t.pid}`, "systemuser.client.removed", t.su.id, { facilitator: t.owner.orgNo, client: t.owner.orgNo, self: true }, tx);
  });
  return true;
}

/** GET .../self: does the system user hold packages from `partyUuid`? */
export async function isSelfDelegated(call: SelfCall): Promise<boolean> {
  const t = await target(call);
  if (t.partyUuid !== t.owner.partyUuid) {
    const other = await db.organization.findUnique({ where: { partyUuid: t.partyUuid }, select: { orgNo: true } });
    if (other && isAccessManager(await loadRelation(t.pid, other.orgNo))) return false;
    throw selfProblems.readFailed();
  }
  if (t.su.accessPackages.length === 0) return false;
  // a standard system user's packages are delegated from its own party
  if (t.su.userType !== "agent") return true;
  return (await db.clientDelegation.count({ where: { systemUserId: t.su.id, clientOrgNo: t.owner.orgNo } })) > 0;
}

/** The portal's call for the organisation chosen in the portal (its party id and UUID, as Altinn's frontend sends them). */
export async function ownOrganisationCall(pid: string, orgNo: string, systemUserId: string): Promise<SelfCall> {
  const org = await db.organization.findUnique({ where: { orgNo }, select: { partyId: true, partyUuid: true } });
  return { pid, party: String(org?.partyId ?? ""), systemUserId, partyUuid: org?.partyUuid ?? null };
}

/**
 * What the client administrator's page offers (altinn-access-management-frontend
 * SystemUserAgentDelegationPageContent.tsx: the button is there for an access manager when every package
 * of the system user is assignable).
 */
export function ownOrganisationOffer(relation: PartyRelation, accessPackages: readonly string[]): "offered" | "not-access-manager" | "not-assignable" {
  if (!isAccessManager(relation)) return "not-access-manager";
  return accessPackages.length > 0 && accessPackages.every(isAssignable) ? "offered" : "not-assignable";
}
