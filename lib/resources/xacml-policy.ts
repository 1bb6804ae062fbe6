// A resource's policy file: XACML 3.0 XML as Altinn's Resource Registry stores it, parsed and checked.
// Pure. What the registry itself refuses (Altinn/altinn-resource-registry PolicyHelper.EnsureValidPolicy
// and FlattenXacmlRule) is refused with its message; on top of that the simulator refuses what its PDP
// could not evaluate as Altinn's does (README, "Where the simulator decides"), so that a stored policy is
// never evaluated wrongly. Every refusal is a PolicyRefused with a message for the 400 answer.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { ACTION_ID, AUTH_LEVEL_CATEGORIES, CATEGORY, KNOWN_SUBJECT_ATTRIBUTES, MATCH, RESOURCE_ATTRIBUTE, XACML_NS, XS_STRING } from "./xacml-names";

export class PolicyRefused extends Error {}

export interface AttributeMatch {
  attributeId: string;
  value: string;
  matchId: string;
}

/** One Permit rule: (any subject) ∧ the resource ∧ (any action), as every accepted rule is. */
export interface XacmlRule {
  ruleId: string;
  description: string;
  /** One entry per AllOf of the subject AnyOf (each one match). */
  subjects: AttributeMatch[];
  /** One entry per AllOf of the resource AnyOf (each a list of matches, as Altinn flattens them). */
  resources: AttributeMatch[][];
  actions: AttributeMatch[];
}

/** An AttributeAssignmentExpression of an obligation, with its AttributeValue. */
export interface ObligationAssignment {
  attributeId: string;
  category: string;
  dataType: string;
  value: string;
  issuer: string | null;
}

/** An ObligationExpression the PDP returns with a Permit (FulfillOn="Permit"). */
export interface PermitObligation {
  id: string;
  assignments: ObligationAssignment[];
}

export interface XacmlPolicy {
  policyId: string;
  rules: XacmlRule[];
  /** The minimum authentication level of the obligation, if the policy has one. */
  minimumAuthenticationLevel: number | null;
  /** The obligations a Permit carries, in the file's order (PolicyDecisionPoint.AddObligations). */
  permitObligations: PermitObligation[];
}

type Node = Record<string, unknown>;
const ARRAYS = new Set(["Rule", "AnyOf", "AllOf", "Match", "ObligationExpression", "AttributeAssignmentExpression"]);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  alwaysCreateTextNode: true,
  textNodeName: "#text",
  isArray: (name) => ARRAYS.has(name),
});
const rootParser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", parseTagValue: false, stopNodes: ["*.*"] });

const refuse = (message: string): never => {
  throw new PolicyRefused(message);
};
const SIM = "The simulator cannot evaluate this policy as Altinn's PDP would";

function one(node: unknown, name: string, where: string): Node | undefined {
  if (node === undefined) return undefined;
  if (Array.isArray(node) || typeof node !== "object" || node === null) return refuse(`${where}: more than one ${name} element.`);
  return node as Node;
}
const attr = (n: Node, name: string) => (typeof n[`@${name}`] === "string" ? (n[`@${name}`] as string) : "");
const text = (n: Node | undefined) => (n && typeof n["#text"] === "string" ? (n["#text"] as string) : "");
const list = (v: unknown) => (Array.isArray(v) ? (v as Node[]) : []);
const elements = (n: Node) => Object.keys(n).filter((k) => !k.startsWith("@") && k !== "#text");

/** The root element must be a XACML 3.0 Policy (the namespace Altinn's XacmlParser reads). */
function checkRoot(xml: string): void {
  const doc = rootParser.parse(xml) as Node;
  const roots = Object.keys(doc).filter((k) => !k.startsWith("?") && !k.startsWith("#"));
  if (roots.length !== 1) refuse("The policy file must have one root element.");
  const tag = roots[0]!;
  const [prefix, local] = tag.includes(":") ? [tag.slice(0, tag.indexOf(":")), tag.slice(tag.indexOf(":") + 1)] : ["", tag];
  const root = (doc[tag] ?? {}) as Node;
  const ns = typeof root === "object" ? attr(root, prefix ? `xmlns:${prefix}` : "xmlns") : "";
  if (local !== "Policy" || ns !== XACML_NS) refuse(`The root element must be a XACML 3.0 Policy (namespace ${XACML_NS}); found ${local}${ns ? ` in ${ns}` : " without that namespace"}.`);
}

function readMatch(m: Node, where: string): AttributeMatch & { category: string; dataType: string } {
  const value = one(m.AttributeValue, "AttributeValue", where);
  const designator = one(m.AttributeDesignator, "AttributeDesignator", where);
  if (m.AttributeSelector !== undefined || !designator) refuse(`${SIM}: ${where} has no AttributeDesignator (AttributeSelector is not supported).`);
  if (!value) return refuse(`${where} has no AttributeValue.`);
  return {
    attributeId: attr(designator!, "AttributeId"),
    category: attr(designator!, "Category"),
    dataType: attr(value, "DataType") || attr(designator!, "DataType"),
    value: text(value),
    matchId: attr(m, "MatchId"),
  };
}

type Category = keyof typeof CATEGORY;
const categoryOf = (uri: string): Category | null => (Object.keys(CATEGORY) as Category[]).find((k) => CATEGORY[k] === uri) ?? null;

function readRule(r: Node, identifier: string, index: number): XacmlRule {
  const ruleId = attr(r, "RuleId") || `rule ${index + 1}`;
  const where = `Rule ${ruleId}`;
  const effect = attr(r, "Effect");
  if (effect !== "Permit") refuse(`${SIM}: ${where} has Effect "${effect}"; only Permit rules are supported.`);
  for (const extra of ["Condition", "ObligationExpressions", "AdviceExpressions"]) {
    if (r[extra] !== undefined) refuse(`${SIM}: ${where} has a ${extra} element.`);
  }
  const target = one(r.Target, "Target", where);
  const byCategory: Partial<Record<Category, AttributeMatch[][]>> = {};
  for (const anyOf of list(target?.AnyOf)) {
    let category: string | null = null;
    const allOfs: AttributeMatch[][] = [];
    for (const allOf of list(anyOf.AllOf)) {
      const matches = list(allOf.Match).map((m) => readMatch(m, where));
      if (matches.length === 0) refuse(`${where}: an AllOf without a Match.`);
      for (const m of matches) {
        // PolicyHelper.FlattenXacmlRule
        if (category === null) category = m.category;
        else if (category !== m.category) refuse(`All matches in a all must have the same category ruleId ${ruleId}`);
        if (m.dataType !== XS_STRING) refuse(`${SIM}: ${where} matches ${m.attributeId} with DataType ${m.dataType || "(none)"}; only ${XS_STRING} is supported.`);
        if (m.matchId !== MATCH.equal && m.matchId !== MATCH.equalIgnoreCase) refuse(`${SIM}: ${where} uses MatchId ${m.matchId || "(none)"}; only string-equal and string-equal-ignore-case are supported.`);
        if (!m.value.trim()) refuse(`${where}: an empty AttributeValue for ${m.attributeId}.`);
      }
      allOfs.push(matches.map(({ attributeId, value, matchId }) => ({ attributeId, value, matchId })));
    }
    if (category === null) continue;
    const key = categoryOf(category);
    if (!key) return refuse(`${SIM}: ${where} matches the category ${category}; only access-subject, resource and action are supported.`);
    if (byCategory[key]) refuse(`${SIM}: ${where} has two AnyOf elements for the ${key} category (both must hold); write one AnyOf per category.`);
    byCategory[key] = allOfs;
  }
  const resources = byCategory.resource ?? [];
  // PolicyHelper.EnsureValidPolicy: every rule names this registry resource, and no other
  const resourceMatches = resources.flat().filter((m) => m.attributeId === RESOURCE_ATTRIBUTE);
  if (resourceMatches.some((m) => m.value !== identifier)) refuse("Policy not accepted: Contains rules for a different registry resource");
  if (!resourceMatches.some((m) => m.value === identifier)) refuse("Policy not accepted: Contains rule without reference to registry resource id");
  for (const allOf of resources) {
    const other = allOf.find((m) => m.attributeId !== RESOURCE_ATTRIBUTE);
    if (other) refuse(`${SIM}: ${where} requires the resource attribute ${other.attributeId}; the simulator's requests name the resource by ${RESOURCE_ATTRIBUTE} only.`);
    if (!allOf.length) refuse(`${where}: an empty resource AllOf.`);
  }
  const subjects = byCategory.subject;
  if (!subjects) return refuse(`${SIM}: ${where} names no subject (it would apply to everyone).`);
  for (const allOf of subjects) {
    if (allOf.length > 1) refuse(`${SIM}: ${where} requires several subject attributes at once (${allOf.map((m) => m.attributeId).join(" and ")}).`);
    const id = allOf[0]!.attributeId;
    if (!KNOWN_SUBJECT_ATTRIBUTES.includes(id)) refuse(`${SIM}: ${where} names the subject attribute ${id}; supported are ${KNOWN_SUBJECT_ATTRIBUTES.join(", ")}.`);
  }
  const actions = byCategory.action;
  if (!actions) return refuse(`${SIM}: ${where} names no action (it would apply to every action).`);
  for (const allOf of actions) {
    // PolicyHelper.GetMatchValueFromAllOff
    if (allOf.length > 1) refuse("Only one match is allowed in a allOf for action category");
    const m = allOf[0]!;
    if (m.attributeId !== ACTION_ID) refuse(`${SIM}: ${where} matches the action attribute ${m.attributeId}; only ${ACTION_ID} is supported.`);
    if (m.matchId !== MATCH.equal) refuse(`${SIM}: ${where} matches the action '${m.value}' ignoring case; the PDP compares actions exactly (use string-equal).`);
  }
  return { ruleId, description: text(one(r.Description, "Description", where)), subjects: subjects.map((a) => a[0]!), resources, actions: actions.map((a) => a[0]!) };
}

function readObligations(policy: Node): Pick<XacmlPolicy, "minimumAuthenticationLevel" | "permitObligations"> {
  let level: number | null = null;
  const permitObligations: PermitObligation[] = [];
  const container = one(policy.ObligationExpressions, "ObligationExpressions", "Policy");
  for (const expr of list(container?.ObligationExpression)) {
    const assignments: ObligationAssignment[] = [];
    for (const assignment of list(expr.AttributeAssignmentExpression)) {
      const category = attr(assignment, "Category");
      if (!AUTH_LEVEL_CATEGORIES.includes(category)) refuse(`${SIM}: an obligation of category ${category || "(none)"}; only the minimum authentication level is supported.`);
      const value = one(assignment.AttributeValue, "AttributeValue", "Obligation");
      const v = Number(text(value));
      if (!Number.isInteger(v) || v < 0 || v > 4) refuse("The minimum authentication level obligation must be an integer from 0 to 4.");
      if (category === AUTH_LEVEL_CATEGORIES[0]) level = v;
      assignments.push({ attributeId: attr(assignment, "AttributeId"), category, dataType: value ? attr(value, "DataType") : "", value: text(value), issuer: attr(assignment, "Issuer") || null });
    }
    if (attr(expr, "FulfillOn") === "Permit") permitObligations.push({ id: attr(expr, "ObligationId"), assignments });
  }
  return { minimumAuthenticationLevel: level, permitObligations };
}

/** Parses and checks a policy file for the resource `identifier`; PolicyRefused says why not. */
export function parseXacmlPolicy(xml: string, identifier: string): XacmlPolicy {
  // .NET's XmlReader prohibits DTDs by default (DtdProcessing.Prohibit): no entity tricks either
  if (/<!DOCTYPE/i.test(xml)) refuse("For security reasons DTD is prohibited in this XML document.");
  const valid = XMLValidator.validate(xml);
  if (valid !== true) refuse(`The policy file is not well-formed XML: ${valid.err.msg} (line ${valid.err.line}, column ${valid.err.col}).`);
  checkRoot(xml);
  const policy = (parser.parse(xml) as Node).Policy as Node;
  for (const extra of ["VariableDefinition", "AdviceExpressions", "PolicyIssuer", "CombinerParameters", "RuleCombinerParameters"]) {
    if (policy[extra] !== undefined) refuse(`${SIM}: the Policy has a ${extra} element.`);
  }
  const target = one(policy.Target, "Target", "Policy");
  if (target && elements(target).length) refuse(`${SIM}: the Policy's own Target is not empty (Altinn's policies have <Target/> and match in the rules).`);
  const rules = list(policy.Rule).map((r, i) => readRule(r, identifier, i));
  return { policyId: attr(policy, "PolicyId"), rules, ...readObligations(policy) };
}
