// The PDP's decision for a system user (reference §7, §8): pure, over facts loaded by load.ts.
//
// Standard system user: the party must be its owner; Permit when it holds a delegated right
// (resource, action) whose action the current policy still names, or an access package that a rule
// grants for the action.
// Agent system user: the party must be a client delegated to it (ClientDelegation), and some package
// the agent holds must be both granted by a rule for the action and still given by that client to the
// facilitator (its ER role or a direct package delegation): a client that ends the relation ends access.
// The facilitator itself, once self-delegated, gives every package the agent holds (see ClientFacts.self).
// A person party is decided through the sole proprietorships (ENK) they own: Access Management lets a
// client delegation of an ENK reach its owner (ConnectionBaseQueryBuilder, "Innehaver av Enk"; Bruno
// SysUser_ClientDelg_AccPkg_ENK-INNH-Pid_Permit); a standard system user's owner is never a person.
// Unknown or deleted system users have no delegations, so no rule applies: NotApplicable (as for any
// subject without rights). Access list: with accessListMode Enabled, a Permit for a party that is not a
// member of a list connected to the resource whose action filter lets the action through becomes Deny
// (the only explicit Deny; a person is never on a list). Several actions in one decision: the rules
// match on any of them.
import { packagesGivenByClient } from "../parties/client-packages";
import { packagesGranting, policyActions, type PolicyRuleData } from "../resources/policy";
import type { XacmlObligation } from "./obligations";
import { STATUS, XacmlFault, type DecisionRequest } from "./xacml";

export type Decision = "Permit" | "Deny" | "NotApplicable" | "Indeterminate";

export interface ResourceFacts {
  identifier: string;
  rules: PolicyRuleData[];
  accessListMode: string;
  /** The action filters of the party's memberships on lists connected to the resource ([] = every action). */
  accessList: string[][];
  /**
   * The registry's `delegable` flag. The decision does not look at it (a right delegated before the flag
   * was cleared still counts); it only names the missing link when no right was ever delegated.
   */
  delegable?: boolean;
  /** What a Permit carries, from the policy file (obligations.ts); null: none. Not part of the decision. */
  obligations?: XacmlObligation[] | null;
}

export interface ClientFacts {
  /** A ClientDelegation of the party to this (agent) system user exists. */
  delegated: boolean;
  /** ER roles (REGN, REVI, FFOR) the facilitator holds in the party. */
  erRoleCodes: string[];
  /** Client packages the party delegated directly to the facilitator. */
  directPackages: string[];
  /**
   * The party is the facilitator itself, added to its own agent system user (SystemUserService.
   * DelegateSelfToAgentSystemUser delegates the packages from the facilitator as to a standard system
   * user): every package the system user holds is given.
   */
  self?: boolean;
}

export interface SystemUserFacts {
  id: string;
  userType: string;
  ownerOrgNo: string;
  isDeleted: boolean;
  rights: { resource: string; action: string }[];
  packages: string[];
  /** Agent only: the facilitator's relation to the party of the request. */
  client: ClientFacts | null;
}

/** The resource party as the register knows it; a person with the ENKs they own (INNH). */
export type Party = { kind: "organization"; orgNo: string } | { kind: "person"; pid: string; enkOrgNos: string[] };

export interface DecisionFacts {
  resource: ResourceFacts | null;
  systemUser: SystemUserFacts | null;
  party: Party | null;
}

export interface Outcome {
  decision: Decision;
  /** Why, for the audit log (the real response carries no status message). */
  reason: string;
  /** Set for Indeterminate. */
  status?: string;
  /** The policy's rules reached the decision: the result echoes the IncludeInResult attributes. */
  echo?: boolean;
  /** What gave the Permit (explain.ts shows it; never in the PDP's answer). */
  matched?: { right: string } | { package: string };
  /** The missing link of a refusal (explain.ts shows it; never in the PDP's answer). */
  link?: MissingLink;
}

export type MissingLink =
  | "unknown-system-user"
  | "deleted"
  | "unknown-party"
  | "no-action"
  | "not-owner"
  | "no-right-or-package"
  | "not-delegable"
  | "no-delegation"
  | "client-gives-nothing"
  | "package-not-in-rule"
  | "access-list";

type One = { party: Party; action: string };

/**
 * The StatusMessage of the access-list Deny (DecisionController.Authorize). XacmlJsonXmlConverter.ConvertResponse
 * drops every status message, so the JSON answer says null; the simulator keeps it as the decision's reason.
 */
export const ACCESS_LIST_DENY =
  "Access list authorization of resource party required. Access list authorization is controlled by the service owner of the resource/service of the authorization request.";
const partyName = (p: Party) => (p.kind === "organization" ? p.orgNo : `person ${p.pid.slice(0, 6)}*****`);

function standard(su: SystemUserFacts, r: ResourceFacts, req: One): Outcome {
  if (req.party.kind !== "organization" || su.ownerOrgNo !== req.party.orgNo) {
    return { decision: "NotApplicable", reason: `The party ${partyName(req.party)} is not the system user's owner.`, link: "not-owner" };
  }
  if (su.rights.some((x) => x.resource === r.identifier && x.action === req.action) && policyActions(r.rules).includes(req.action)) {
    return { decision: "Permit", reason: `Delegated right ${r.identifier}/${req.action}.`, matched: { right: `${r.identifier}/${req.action}` } };
  }
  const pkg = su.packages.find((p) => packagesGranting(r.rules, req.action).includes(p));
  if (pkg) return { decision: "Permit", reason: `Access package ${pkg} is granted '${req.action}' by the policy.`, matched: { package: pkg } };
  // A resource that is not delegable can have no right delegated to a system user (the approval refuses
  // it: DelegationCheck, AUTH-00001): only a package its rules name could have given access.
  const link = r.delegable === false ? "not-delegable" : "no-right-or-package";
  return { decision: "NotApplicable", reason: `No right or access package of the system user gives '${req.action}' on ${r.identifier}.`, link };
}

function agent(su: SystemUserFacts, r: ResourceFacts, req: One): Outcome {
  const c = su.client;
  const name = partyName(req.party);
  if (!c?.delegated) return { decision: "NotApplicable", reason: `The party ${name} is not a client delegated to this agent system user.`, link: "no-delegation" };
  const granting = packagesGranting(r.rules, req.action);
  const given = c.self ? su.packages : packagesGivenByClient(c.erRoleCodes, c.directPackages);
  const pkg = su.packages.find((p) => granting.includes(p) && given.includes(p));
  if (pkg) return { decision: "Permit", reason: `Client package ${pkg}, given by ${name}, is granted '${req.action}' by the policy.`, matched: { package: pkg } };
  if (!su.packages.some((p) => given.includes(p))) {
    return { decision: "NotApplicable", reason: `The client ${name} no longer gives the facilitator any package the system user holds.`, link: "client-gives-nothing" };
  }
  return { decision: "NotApplicable", reason: `No package of the system user is granted '${req.action}' on ${r.identifier}.`, link: "package-not-in-rule" };
}

function decideOne(su: SystemUserFacts, r: ResourceFacts, req: One): Outcome {
  const outcome = { ...(su.userType === "agent" ? agent(su, r, req) : standard(su, r, req)), echo: policyActions(r.rules).includes(req.action) };
  if (outcome.decision !== "Permit" || r.accessListMode !== "Enabled") return outcome;
  // DecisionController.IsAccessListAuthorized: only organisations can be on an access list; a membership
  // counts when its connection has no action filter or names the action (AccessListAuthorization.cs)
  if (req.party.kind !== "organization" || !r.accessList.some((filter) => filter.length === 0 || filter.includes(req.action))) {
    return { decision: "Deny", reason: ACCESS_LIST_DENY, link: "access-list" };
  }
  return outcome;
}

/**
 * The decision for all actions of the request (the policy's rules match on any of them). An unknown
 * resource is the real "Policy not found for resource" exception: it ends the whole call.
 */
export function evaluate(facts: DecisionFacts, req: DecisionRequest): Outcome {
  const r = facts.resource;
  if (!r) throw new XacmlFault(STATUS.processingError, "Policy not found for resource");
  // PolicyDecisionPoint.GetMatchingRules: no action to match the rules on
  if (req.actions.length === 0) return { decision: "Indeterminate", status: STATUS.missingAttribute, reason: "No action-id in the request.", link: "no-action" };
  const su = facts.systemUser;
  const echo = req.actions.some((a) => policyActions(r.rules).includes(a));
  if (!su) return { decision: "NotApplicable", reason: `No system user ${req.systemUserId}.`, echo, link: "unknown-system-user" };
  if (su.isDeleted) return { decision: "NotApplicable", reason: `System user ${su.id} is deleted.`, echo, link: "deleted" };
  const party = facts.party;
  if (!party) return { decision: "NotApplicable", reason: "The request names no party the register knows.", echo, link: "unknown-party" };
  const outcomes = req.actions.map((action) => decideOne(su, r, { party, action }));
  return outcomes.find((o) => o.decision === "Permit") ?? outcomes.find((o) => o.decision === "Deny") ?? { ...outcomes[0]!, echo };
}
