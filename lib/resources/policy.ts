// A resource's policy as Permit rules (reference §8): any subject of a rule may do any of its actions.
// Subjects are URNs: "urn:altinn:rolecode:<CODE>" for roles, "urn:altinn:accesspackage:<name>" for packages.
// Pure: used by the PDP (system users) and by the approval rules (does the person hold the right?).

export const ROLE_SUBJECT_PREFIX = "urn:altinn:rolecode:";
export const PACKAGE_SUBJECT_PREFIX = "urn:altinn:accesspackage:";

export interface PolicyRuleData {
  subjects: string[];
  actions: string[];
}

/** A person's roles and packages in an organisation, as policy subjects. */
export function subjectsOf(relation: { roles: readonly string[]; packages: readonly string[] }): string[] {
  return [...relation.roles.map((r) => `${ROLE_SUBJECT_PREFIX}${r}`), ...relation.packages];
}

/** Every action some rule of the policy allows. */
export function policyActions(rules: readonly PolicyRuleData[]): string[] {
  return [...new Set(rules.flatMap((r) => r.actions))].sort();
}

/** Permit when some rule names the action and one of the subjects. */
export function permits(rules: readonly PolicyRuleData[], action: string, subjects: readonly string[]): boolean {
  return rules.some((r) => r.actions.includes(action) && r.subjects.some((s) => subjects.includes(s)));
}

/** The access packages that some rule grants for the action. */
export function packagesGranting(rules: readonly PolicyRuleData[], action: string): string[] {
  return [...new Set(rules.filter((r) => r.actions.includes(action)).flatMap((r) => r.subjects.filter((s) => s.startsWith(PACKAGE_SUBJECT_PREFIX))))];
}

/** Reads the JSON columns of a stored rule defensively (they are written by this code only). */
export function toRuleData(row: { subjects: unknown; actions: unknown }): PolicyRuleData {
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);
  return { subjects: strings(row.subjects), actions: strings(row.actions) };
}
