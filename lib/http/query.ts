// Query parameters as ASP.NET binds `[FromQuery] string name` in a controller with nullable reference
// types enabled: a non-nullable parameter is implicitly required, so a missing or empty one is the
// framework's own 400 validation problem (`errors: { "<name>": ["The <name> field is required."] }`)
// before the action runs.
import { BindingProblem } from "../problems/problem";

export function readQuery<R extends string, O extends string = never>(
  req: Request,
  required: readonly R[],
  optional: readonly O[] = [],
): Record<R, string> & Partial<Record<O, string>> {
  const params = new URL(req.url).searchParams;
  const out: Record<string, string> = {};
  const errors: Record<string, string[]> = {};
  for (const name of required) {
    const value = params.get(name)?.trim();
    if (value) out[name] = value;
    else errors[name] = [`The ${name} field is required.`];
  }
  if (Object.keys(errors).length) throw new BindingProblem(errors);
  for (const name of optional) {
    const value = params.get(name)?.trim();
    if (value) out[name] = value;
  }
  return out as Record<R, string> & Partial<Record<O, string>>;
}
