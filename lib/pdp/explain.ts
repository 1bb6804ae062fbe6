// The PDP's decision in plain words, for the sequence view and the vendor console (the simulator's own
// addition: never part of the PDP's answer). Built from the facts evaluate.ts decided on and its
// outcome (matched / link): this file describes, it never decides. The texts are keys of the message
// catalogue (namespace Explain) with their values, so a page shows them in its language; the record also
// keeps the English rendering (the exchanges API and the unit tests read it).
import { ER_CLIENT_ROLES, isErClientRole } from "../parties/client-packages";
import { PACKAGE_SUBJECT_PREFIX, ROLE_SUBJECT_PREFIX, type PolicyRuleData } from "../resources/policy";
import { text, type Text, type TextValue } from "../i18n/text";
import { translatorFor } from "../i18n/translator";
import type { Decision, DecisionFacts, MissingLink, Outcome, Party } from "./evaluate";
import type { DecisionRequest } from "./xacml";

/** The texts of an explanation as catalogue keys (Explain), for the reader's language. */
export interface DecisionTexts {
  party: Text;
  subject: Text;
  found: Text[];
  rules: Text[];
  verdict: Text;
}

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
  i18n?: DecisionTexts;
}

const english = translatorFor("en", "Explain");

const short = (s: string): TextValue => (s.startsWith(PACKAGE_SUBJECT_PREFIX) ? s.slice(PACKAGE_SUBJECT_PREFIX.length) : s.startsWith(ROLE_SUBJECT_PREFIX) ? text("role", { code: s.slice(ROLE_SUBJECT_PREFIX.length) }) : s);
const list = (xs: readonly string[]): TextValue => (xs.length ? xs.map(short) : text("none"));
const partyText = (p: Party | null, fallback: Text): Text => (!p ? fallback : p.kind === "organization" ? text("plain", { value: p.orgNo }) : text("person", { enks: list(p.enkOrgNos) }));
const ruleText = (r: PolicyRuleData, i: number) => text("rule", { n: i + 1, actions: r.actions.join(", "), subjects: list(r.subjects) });

function matchedRule(rules: PolicyRuleData[], actions: string[], matched: Outcome["matched"]): number {
  if (!matched) return -1;
  return rules.findIndex((r) => r.actions.some((a) => actions.includes(a)) && ("package" in matched ? r.subjects.includes(matched.package) : true));
}

export function explainDecision(facts: DecisionFacts, req: DecisionRequest, o: Outcome): DecisionExplanation {
  const r = facts.resource;
  const su = facts.systemUser;
  const party = partyText(facts.party, req.party ? text("plain", { value: `${req.party.kind} ${req.party.value}` }) : text("none"));
  const rules = r?.rules.map(ruleText) ?? [];
  const found: Text[] = [];
  let subject = text("subjectUnknown", { id: req.systemUserId });
  if (su) {
    const agent = su.userType === "agent";
    const deleted = su.isDeleted ? text("deletedMark") : "";
    subject = agent ? text("subjectAgent", { id: su.id, owner: su.ownerOrgNo, party, deleted }) : text("subjectStandard", { id: su.id, owner: su.ownerOrgNo, deleted });
    if (!agent) found.push(text("foundRights", { resource: req.resourceId, rights: su.rights.length ? su.rights.map((x) => `${x.resource}/${x.action}`) : text("none") }));
    found.push(text("foundPackages", { packages: list(su.packages) }));
    if (agent && su.client) {
      found.push(text(su.client.delegated ? "clientDelegated" : "clientNotDelegated", { party }));
      const roles = su.client.erRoleCodes.map((c) => (isErClientRole(c) ? `${c} (${ER_CLIENT_ROLES[c].title})` : c));
      found.push(text("clientRelation", { roles: roles.length ? roles : text("none"), packages: list(su.client.directPackages) }));
    }
  }
  const texts: DecisionTexts = { party, subject, found, rules, verdict: verdict(facts, req, o, party) };
  return {
    decision: o.decision,
    systemUserId: req.systemUserId,
    resource: req.resourceId,
    actions: req.actions,
    party: english(party),
    subject: english(subject),
    found: found.map(english),
    rules: rules.map(english),
    verdict: english(texts.verdict),
    link: o.link,
    i18n: texts,
  };
}

function verdict(facts: DecisionFacts, req: DecisionRequest, o: Outcome, party: Text): Text {
  const rules = facts.resource?.rules ?? [];
  const actions = req.actions.map((a) => `'${a}'`);
  if (o.decision === "Permit" && o.matched) {
    const i = matchedRule(rules, req.actions, o.matched);
    const by = "package" in o.matched ? text("byPackage", { package: short(o.matched.package) }) : text("byRight", { right: o.matched.right });
    return text("permit", { n: i + 1, actions, by });
  }
  const su = facts.systemUser;
  switch (o.link) {
    case "unknown-system-user":
    case "deleted":
    case "unknown-party":
    case "no-action":
      return text(o.link);
    case "not-owner":
      return text("not-owner", { party, owner: su?.ownerOrgNo ?? "" });
    case "no-delegation":
      return text("no-delegation", { party });
    case "client-gives-nothing":
      return text("client-gives-nothing", { party, owner: su?.ownerOrgNo ?? "" });
    case "package-not-in-rule":
    case "no-right-or-package":
      return text("package-not-in-rule", { actions });
    case "not-delegable":
      return text("not-delegable", { resource: facts.resource?.identifier ?? "", actions });
    case "access-list":
      return text("access-list", { resource: facts.resource?.identifier ?? "", party });
    default:
      return text("plain", { value: o.reason });
  }
}
