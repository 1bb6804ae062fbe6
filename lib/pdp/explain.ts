// The PDP's decision in plain words, for the sequence view and the vendor console (the simulator's own
// addition: never part of the PDP's answer). Built from the facts evaluate.ts decided on and its
// outcome (matched / link): this file describes, it never decides.
import { ER_CLIENT_ROLES, isErClientRole } from "../parties/client-packages";
import { PACKAGE_SUBJECT_PREFIX, ROLE_SUBJECT_PREFIX, type PolicyRuleData } from "../resources/policy";
import type { Decision, DecisionFacts, MissingLink, Outcome, Party } from "./evaluate";
import type { DecisionRequest } from "./xacml";

export interface DecisionExplanation {
  decision: Decision;
  systemUserId: string;
  resource: string;
  actions: string[];
  party: string;
  /** Who the subject is: the system user, its owner, or for an agent the client delegation. */
  subject: string;
  /** The rights and packages found for the subject. */
  found: string[];
  /** The resource's policy rules. */
  rules: string[];
  /** The rule that matched, or the missing link. */
  verdict: string;
  link?: MissingLink;
}

const short = (s: string) => (s.startsWith(PACKAGE_SUBJECT_PREFIX) ? s.slice(PACKAGE_SUBJECT_PREFIX.length) : s.startsWith(ROLE_SUBJECT_PREFIX) ? `role ${s.slice(ROLE_SUBJECT_PREFIX.length)}` : s);
const list = (xs: readonly string[]) => (xs.length ? xs.map(short).join(", ") : "none");
const partyText = (p: Party | null, fallback: string) => (!p ? fallback : p.kind === "organization" ? p.orgNo : `a person (sole proprietorships: ${list(p.enkOrgNos)})`);
const ruleText = (r: PolicyRuleData, i: number) => `Rule ${i + 1}: ${r.actions.join(", ")} for ${list(r.subjects)}.`;

function matchedRule(rules: PolicyRuleData[], actions: string[], matched: Outcome["matched"]): number {
  if (!matched) return -1;
  return rules.findIndex((r) => r.actions.some((a) => actions.includes(a)) && ("package" in matched ? r.subjects.includes(matched.package) : true));
}

export function explainDecision(facts: DecisionFacts, req: DecisionRequest, o: Outcome): DecisionExplanation {
  const r = facts.resource;
  const su = facts.systemUser;
  const party = partyText(facts.party, req.party ? `${req.party.kind} ${req.party.value}` : "none");
  const rules = r?.rules.map(ruleText) ?? [];
  const base = { decision: o.decision, systemUserId: req.systemUserId, resource: req.resourceId, actions: req.actions, party, rules, link: o.link };
  const found: string[] = [];
  let subject = `System user ${req.systemUserId}: not found.`;
  if (su) {
    const agent = su.userType === "agent";
    subject = agent
      ? `Agent system user ${su.id} of the facilitator ${su.ownerOrgNo}, acting for its client ${party}${su.isDeleted ? " (deleted)" : ""}.`
      : `Standard system user ${su.id}, owned by ${su.ownerOrgNo}${su.isDeleted ? " (deleted)" : ""}.`;
    if (!agent) found.push(`Delegated rights on ${req.resourceId}: ${su.rights.length ? su.rights.map((x) => `${x.resource}/${x.action}`).join(", ") : "none"}.`);
    found.push(`Access packages of the system user: ${list(su.packages)}.`);
    if (agent && su.client) {
      found.push(su.client.delegated ? `Client delegation: ${party} is delegated to this system user.` : `Client delegation: none for ${party}.`);
      const roles = su.client.erRoleCodes.map((c) => (isErClientRole(c) ? `${c} (${ER_CLIENT_ROLES[c].title})` : c));
      found.push(`The client's relation to the facilitator: Enhetsregisteret roles ${roles.length ? roles.join(", ") : "none"}; packages delegated directly: ${list(su.client.directPackages)}.`);
    }
  }
  return { ...base, subject, found, verdict: verdict(facts, req, o, party) };
}

function verdict(facts: DecisionFacts, req: DecisionRequest, o: Outcome, party: string): string {
  const rules = facts.resource?.rules ?? [];
  const actions = req.actions.map((a) => `'${a}'`).join(" or ");
  if (o.decision === "Permit" && o.matched) {
    const i = matchedRule(rules, req.actions, o.matched);
    const by = "package" in o.matched ? `the access package ${short(o.matched.package)}` : `the delegated right ${o.matched.right}`;
    return `Permit: rule ${i + 1} grants ${actions} and ${by} matched it.`;
  }
  const su = facts.systemUser;
  switch (o.link) {
    case "unknown-system-user":
      return "No system user with this id exists, so it has no delegations and no rule applies.";
    case "deleted":
      return "The system user is deleted: it has no delegations any more, so no rule applies.";
    case "unknown-party":
      return "The request names no party the register knows.";
    case "no-action":
      return "The request has no action-id to match the rules on.";
    case "not-owner":
      return `Missing link: ${party} is not the owner (${su?.ownerOrgNo}). A standard system user acts only for the organisation that owns it.`;
    case "no-delegation":
      return `Missing link: no delegation for this party. ${party} is not a client of this agent system user (never added, or removed by the facilitator's client administrator).`;
    case "client-gives-nothing":
      return `Missing link: the client relation. ${party} no longer gives the facilitator ${su?.ownerOrgNo} any package the system user holds (the Enhetsregisteret role or the direct delegation is gone).`;
    case "package-not-in-rule":
    case "no-right-or-package":
      return `Missing link: package not in the rule. No rule grants ${actions} to a package or right the system user holds.`;
    case "access-list":
      return `Missing link: access list. The rules permitted, but ${facts.resource?.identifier} admits only parties on its access list and ${party} is not on it: Deny.`;
    default:
      return o.reason;
  }
}
