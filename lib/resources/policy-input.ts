// The service owner's form rules: { subjects: ["urn:altinn:rolecode:DAGL", "urn:altinn:accesspackage:..."],
// actions: ["read"], description }. Each is written as one XACML Permit rule (xacml-write.ts), whose
// target is (any of the subjects) ∧ (the resource) ∧ (any of the actions), and stored as a policy file
// like an uploaded one (policy-store.ts). Pure.
import type { Locale } from "../i18n/locale";
import { z } from "zod";
import type { ValidationError } from "../problems/problem";
import { isKnownAccessPackage } from "../parties/access-packages";
import { packageOptionGroups, type PackageOptionGroup } from "../parties/package-options";
import { RR, rrValidationProblem } from "./errors";
import { PACKAGE_SUBJECT_PREFIX, ROLE_SUBJECT_PREFIX } from "./policy";

/** Role codes a policy may name: Enhetsregisteret roles and Altinn 2 roles still used in policies. */
export const POLICY_ROLE_CODES: Record<string, string> = {
  DAGL: "Daglig leder",
  LEDE: "Styrets leder",
  MEDL: "Styremedlem",
  INNH: "Innehaver",
  KOMP: "Komplementar",
  REGNA: "Regnskapsmedarbeider",
  UTINN: "Utfyller/innsender",
  SIGNE: "Signerer",
  ADMAI: "Tilgangsstyring",
};

/** Actions of Altinn's policies (XACML action-id values). */
export const POLICY_ACTIONS = ["read", "write", "sign", "delete", "confirm", "reject", "instantiate", "complete", "access", "publish", "subscribe"] as const;

export const MAX_RULES = 50;

export interface PolicyRuleInput {
  subjects: string[];
  actions: string[];
  description: string;
}

export function isPolicySubject(s: string): boolean {
  if (s.startsWith(ROLE_SUBJECT_PREFIX)) return Object.hasOwn(POLICY_ROLE_CODES, s.slice(ROLE_SUBJECT_PREFIX.length));
  return s.startsWith(PACKAGE_SUBJECT_PREFIX) && isKnownAccessPackage(s);
}

export interface PolicySubjectChoices {
  roles: { urn: string; label: string }[];
  /** The whole access-package catalogue, by area. */
  packages: PackageOptionGroup[];
}

/** Every subject the editor offers: the roles and the access-package catalogue. */
export function policySubjectChoices(locale: Locale): PolicySubjectChoices {
  return {
    roles: Object.entries(POLICY_ROLE_CODES).map(([code, name]) => ({ urn: `${ROLE_SUBJECT_PREFIX}${code}`, label: `${code} · ${name}` })),
    packages: packageOptionGroups(locale),
  };
}

const ruleBody = z.object({
  subjects: z.array(z.string()).min(1, "A rule names at least one subject."),
  actions: z.array(z.string()).min(1, "A rule names at least one action."),
  description: z.string().max(500).default(""),
});
const policyBody = z.object({ rules: z.array(ruleBody).max(MAX_RULES, `At most ${MAX_RULES} rules.`) });

/** Validates a policy body; unknown subjects or actions and duplicates are RR-00001 errors. */
export function parsePolicyInput(body: unknown): PolicyRuleInput[] {
  const parsed = policyBody.safeParse(body);
  const errors: ValidationError[] = [];
  if (!parsed.success) {
    for (const i of parsed.error.issues) errors.push({ code: RR.invalid, detail: i.message, paths: [`/${i.path.map(String).join("/")}`] });
    throw rrValidationProblem(errors);
  }
  const rules = parsed.data.rules;
  rules.forEach((rule, r) => {
    rule.subjects.forEach((s, i) => {
      if (!isPolicySubject(s)) errors.push({ code: RR.invalid, detail: `Unknown subject '${s}': use urn:altinn:rolecode:<code> or a known urn:altinn:accesspackage:<name>.`, paths: [`/rules/${r}/subjects/${i}`] });
    });
    rule.actions.forEach((a, i) => {
      if (!(POLICY_ACTIONS as readonly string[]).includes(a)) errors.push({ code: RR.invalid, detail: `Unknown action '${a}': use one of ${POLICY_ACTIONS.join(", ")}.`, paths: [`/rules/${r}/actions/${i}`] });
    });
    if (new Set(rule.subjects).size !== rule.subjects.length) errors.push({ code: RR.invalid, detail: "A subject is named twice.", paths: [`/rules/${r}/subjects`] });
    if (new Set(rule.actions).size !== rule.actions.length) errors.push({ code: RR.invalid, detail: "An action is named twice.", paths: [`/rules/${r}/actions`] });
  });
  if (errors.length) throw rrValidationProblem(errors);
  return rules.map((r) => ({ subjects: r.subjects, actions: r.actions, description: r.description.trim() }));
}
