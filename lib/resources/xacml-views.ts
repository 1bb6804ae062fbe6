// What a stored policy file says, in the shapes of the Resource Registry's read endpoints and as the
// PolicyRule rows the PDP reads. Pure, over a parsed policy (xacml-policy.ts).
import { createHash } from "node:crypto";
import { MATCH, ORG_ATTRIBUTE, PACKAGE_ATTRIBUTE, ROLE_ATTRIBUTE } from "./xacml-names";
import type { AttributeMatch, XacmlPolicy } from "./xacml-policy";
import type { PolicyRuleInput } from "./policy-input";

/** Altinn.Urn's UrnJsonTypeValue as JSON: the attribute id as `type`, the value as `value`. */
export interface UrnTypeValue {
  type: string;
  value: string;
}

/** PolicyRuleDTO (GET .../policy/rules): one subject AllOf, one action, one resource AllOf. */
export interface PolicyRuleDto {
  subject: UrnTypeValue[];
  action: UrnTypeValue;
  resource: UrnTypeValue[];
}

/** PolicyRightsDTO (GET .../policy/rights). */
export interface PolicyRightsDto {
  action: UrnTypeValue;
  resource: UrnTypeValue[];
  subjects: { subjectAttributes: UrnTypeValue[] }[];
  rightKey: string;
  subjectTypes: string[];
}

/** AttributeMatchV2 (GET .../policy/subjects). */
export interface AttributeMatchV2 {
  type: string;
  value: string;
  urn: string;
}

const urnOf = (m: AttributeMatch): UrnTypeValue => ({ type: m.attributeId, value: m.value });

/** PolicyHelper.ConvertToPolicyRules: every subject AllOf × action AllOf × resource AllOf, in that order. */
export function flattenRules(policy: XacmlPolicy): PolicyRuleDto[] {
  return policy.rules.flatMap((r) => r.subjects.flatMap((s) => r.actions.flatMap((a) => r.resources.map((res) => ({ subject: [urnOf(s)], action: urnOf(a), resource: res.map(urnOf) })))));
}

/**
 * PolicyRight.RightKey: the action's value, the resource values sorted by their URN, and the MD5 (hex) of
 * "action;urn;urn…" as UTF-16 (.NET strings), all joined by ';'.
 */
export function rightKey(action: UrnTypeValue, resource: readonly UrnTypeValue[]): string {
  const sorted = [...resource].sort((x, y) => `${x.type}:${x.value}`.localeCompare(`${y.type}:${y.value}`, "en"));
  const hashed = [action.value, ...sorted.map((r) => `${r.type}:${r.value}`)].join(";");
  const hash = createHash("md5").update(Buffer.from(hashed, "utf16le")).digest("hex");
  return [action.value, ...sorted.map((r) => r.value), hash].join(";");
}

/** PolicyHelper.ConvertToPolicyRight: the flattened rules grouped by right, in order of first appearance. */
export function policyRights(policy: XacmlPolicy): PolicyRightsDto[] {
  const rights = new Map<string, PolicyRightsDto>();
  for (const rule of flattenRules(policy)) {
    const key = rightKey(rule.action, rule.resource);
    const right = rights.get(key) ?? { action: rule.action, resource: rule.resource, subjects: [], rightKey: key, subjectTypes: [] };
    right.subjects.push({ subjectAttributes: rule.subject });
    rights.set(key, right);
  }
  return [...rights.values()].map((r) => ({
    ...r,
    subjectTypes: [...new Set(r.subjects.flatMap((s) => s.subjectAttributes.map((a) => a.type.toLowerCase())))].sort(),
  }));
}

/**
 * ResourceRegistryService.GetResourceSubjects over XacmlPolicy.GetAttributeDictionaryByCategory: the
 * subject attributes of every rule, grouped by attribute id in order of first appearance, values
 * lower-cased, each URN once.
 */
export function policySubjects(policy: XacmlPolicy): AttributeMatchV2[] {
  const byId = new Map<string, string[]>();
  for (const s of policy.rules.flatMap((r) => r.subjects)) byId.set(s.attributeId, [...(byId.get(s.attributeId) ?? []), s.value]);
  const out: AttributeMatchV2[] = [];
  for (const [type, values] of byId) {
    for (const v of values) {
      const value = v.toLowerCase();
      if (!out.some((o) => o.urn === `${type}:${value}`)) out.push({ type, value, urn: `${type}:${value}` });
    }
  }
  return out;
}

/**
 * The subject as the simulator's rules hold it ("urn:altinn:rolecode:DAGL"). Matched ignoring case, a value
 * is written in the case the simulator's subjects have (role codes upper-case, packages and org codes
 * lower-case), so exact comparison in the PDP gives the same answer; string-equal keeps it as written.
 */
function subjectUrn(m: AttributeMatch): string {
  if (m.matchId !== MATCH.equalIgnoreCase) return `${m.attributeId}:${m.value}`;
  const value = m.attributeId === ROLE_ATTRIBUTE ? m.value.toUpperCase() : [PACKAGE_ATTRIBUTE, ORG_ATTRIBUTE].includes(m.attributeId) ? m.value.toLowerCase() : m.value;
  return `${m.attributeId}:${value}`;
}

/**
 * The PolicyRule rows of a checked policy: one per XACML rule, (any subject) ∧ (any action) on the
 * resource, which is exactly what each accepted rule says (xacml-policy.ts refuses every other form).
 */
export function projectRules(policy: XacmlPolicy): PolicyRuleInput[] {
  return policy.rules.map((r) => ({
    subjects: [...new Set(r.subjects.map(subjectUrn))],
    actions: [...new Set(r.actions.map((a) => a.value))],
    description: r.description.trim(),
  }));
}
