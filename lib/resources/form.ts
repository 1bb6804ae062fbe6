// The service-owner editor's form fields ↔ the API's resource and policy bodies, so the page validates
// through exactly the same parsers as the API. Pure.
import { Problem } from "../problems/problem";
import type { ResourceJson } from "./resources";
import type { PolicyRuleInput } from "./policy-input";

export const LANGS = ["nb", "nn", "en"] as const;
const TEXT_FIELDS = ["title", "description", "rightDescription"] as const;

export interface ResourceFormValues {
  identifier: string;
  texts: Record<(typeof TEXT_FIELDS)[number], Record<(typeof LANGS)[number], string>>;
  resourceType: string;
  delegable: boolean;
  visible: boolean;
  scope: string;
  accessListMode: string;
  status: string;
  rules: PolicyRuleInput[];
}

export interface ResourceFormState {
  /** Field name ("identifier", "title.nb", "scope", "rules") → message. */
  errors: Record<string, string>;
  message?: string;
  values?: ResourceFormValues;
}

export function emptyResourceForm(): ResourceFormValues {
  const langs = () => ({ nb: "", nn: "", en: "" });
  return {
    identifier: "",
    texts: { title: langs(), description: langs(), rightDescription: langs() },
    resourceType: "Default",
    delegable: true,
    visible: true,
    scope: "",
    accessListMode: "Disabled",
    status: "Completed",
    rules: [{ subjects: [], actions: ["read"], description: "" }],
  };
}

export function formValuesOf(r: ResourceJson, rules: PolicyRuleInput[]): ResourceFormValues {
  return {
    identifier: r.identifier,
    texts: { title: { ...r.title }, description: { ...r.description }, rightDescription: { ...r.rightDescription } },
    resourceType: r.resourceType,
    delegable: r.delegable,
    visible: r.visible,
    scope: r.resourceReferences[0]?.reference ?? "",
    accessListMode: r.accessListMode,
    status: r.status,
    rules,
  };
}

const str = (f: FormData, k: string) => {
  const v = f.get(k);
  return typeof v === "string" ? v : "";
};

export function readResourceForm(f: FormData): ResourceFormValues {
  let rules: PolicyRuleInput[] = [];
  try {
    const parsed: unknown = JSON.parse(str(f, "rules") || "[]");
    if (Array.isArray(parsed)) rules = parsed as PolicyRuleInput[];
  } catch {
    rules = [];
  }
  const texts = Object.fromEntries(TEXT_FIELDS.map((t) => [t, Object.fromEntries(LANGS.map((l) => [l, str(f, `${t}.${l}`)]))])) as ResourceFormValues["texts"];
  return {
    identifier: str(f, "identifier").trim(),
    texts,
    resourceType: str(f, "resourceType"),
    delegable: f.get("delegable") === "on",
    visible: f.get("visible") === "on",
    scope: str(f, "scope"),
    accessListMode: str(f, "accessListMode") || "Disabled",
    status: str(f, "status") || "Completed",
    rules,
  };
}

/** The API's resource body for the form's values. */
export function resourceBodyOf(v: ResourceFormValues): Record<string, unknown> {
  return {
    identifier: v.identifier,
    ...v.texts,
    resourceType: v.resourceType,
    delegable: v.delegable,
    visible: v.visible,
    resourceReferences: v.scope ? [{ referenceSource: "Default", reference: v.scope, referenceType: "MaskinportenScope" }] : [],
    accessListMode: v.accessListMode,
    status: v.status,
  };
}

/** A validation problem's paths as form fields: "/title/nb" → "title.nb", "/resourceReferences/..." → "scope", "/rules/1/..." → "rules". */
export function formErrorsOf(p: Problem): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const v of p.validationErrors ?? [{ code: p.code, detail: p.detail ?? p.title, paths: ["/"] }]) {
    const segs = (v.paths[0] ?? "/").split("/").filter(Boolean);
    let field = segs.slice(0, 2).join(".");
    let detail = v.detail ?? v.title ?? v.code;
    if (segs[0] === "resourceReferences") field = "scope";
    else if (segs[0] === "rules") {
      field = "rules";
      if (segs[1] !== undefined) detail = `Rule ${Number(segs[1]) + 1}: ${detail}`;
    } else if (!TEXT_FIELDS.includes(segs[0] as (typeof TEXT_FIELDS)[number])) field = segs[0] ?? "form";
    errors[field] ??= detail;
  }
  return errors;
}
