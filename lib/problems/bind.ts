// Request bodies bound as Altinn's ASP.NET Core controllers bind them (System.Text.Json with the web
// defaults): property names match case-insensitively (`allowedredirecturls`, `Id`, `ClientId` work),
// unknown members are ignored, and `null` for an optional member is the same as leaving it out (.NET
// clients write `"redirectUrl": null`). A body of the wrong shape is ASP.NET's own validation problem
// (BindingProblem), answered before any domain rule runs.
import { ZodError, type ZodType, type z } from "zod";
import { BindingProblem } from "./problem";

export function bind<T extends ZodType>(schema: T, value: unknown): z.output<T> {
  const r = schema.safeParse(normalize(schema, value));
  if (!r.success) throw bindingProblem(r.error);
  return r.data;
}

/** ASP.NET's `errors` map: JSON paths (`$.rights[0].resource`) to messages. */
export function bindingProblem(e: ZodError): BindingProblem {
  const errors: Record<string, string[]> = {};
  for (const issue of e.issues) {
    const path = issue.path.reduce<string>((p, k) => (typeof k === "number" ? `${p}[${k}]` : `${p}.${String(k)}`), "$");
    (errors[path] ??= []).push(issue.message);
  }
  return new BindingProblem(errors);
}

interface Def {
  type: string;
  innerType?: ZodType;
  in?: ZodType;
  shape?: Record<string, ZodType>;
  element?: ZodType;
}

const def = (s: ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/** The schema under optional/nullable/default/pipe wrappers. */
function core(s: ZodType): ZodType {
  let cur = s;
  for (let i = 0; i < 16; i++) {
    const d = def(cur);
    const next = d.innerType ?? (d.type === "pipe" ? d.in : undefined);
    if (!next) return cur;
    cur = next;
  }
  return cur;
}

function acceptsUndefined(s: ZodType): boolean {
  return s.safeParse(undefined).success;
}

function normalize(schema: ZodType, value: unknown): unknown {
  const c = def(core(schema));
  if (c.type === "array" && c.element && Array.isArray(value)) return value.map((v) => normalize(c.element!, v));
  if (c.type !== "object" || !c.shape || value === null || typeof value !== "object" || Array.isArray(value)) return value;
  const byLower = new Map(Object.keys(c.shape).map((k) => [k.toLowerCase(), k]));
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    const target = Object.hasOwn(c.shape, key) ? key : byLower.get(key.toLowerCase());
    if (!target || (Object.hasOwn(out, target) && target !== key)) continue;
    const field = c.shape[target]!;
    if (v === null && acceptsUndefined(field)) continue;
    out[target] = normalize(field, v);
  }
  return out;
}

/** The issues of a form's schema as validation errors with JSON-pointer paths, for field messages on pages. */
export function formIssues(e: ZodError): { detail: string; paths: string[]; code: string }[] {
  return e.issues.map((i) => ({ code: "STD-00000", detail: i.message, paths: [`/${i.path.map(String).join("/")}`] }));
}
