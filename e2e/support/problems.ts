// Assertions on Altinn's error answers (lib/problems/problem.ts has the shapes and their sources).
import { expect, type APIResponse } from "@playwright/test";

export interface ProblemBody {
  type: string;
  code: string;
  status: number;
  title: string;
  detail?: string;
  validationErrors?: { code: string; title?: string; paths: string[]; detail?: string }[];
  [k: string]: unknown;
}

/**
 * An Altinn problem: `code` is the problem's own code; a validation code (`*.VLD-*`) is asserted as
 * Altinn writes it, inside a STD-00000 validation problem's `validationErrors`.
 */
export async function expectProblem(res: APIResponse, status: number, code: string): Promise<ProblemBody> {
  const text = await res.text();
  const body = JSON.parse(text || "{}") as ProblemBody;
  const validation = /\.VLD-/.test(code);
  expect({ status: res.status(), code: body.code }, text).toEqual({ status, code: validation ? "STD-00000" : code });
  expect(res.headers()["content-type"]).toContain("application/problem+json");
  expect(body.type).toBe(`urn:altinn:error:${body.code}`);
  if (validation) expect((body.validationErrors ?? []).map((e) => e.code), text).toContain(code);
  return body;
}

/** A bare answer (no body), as Altinn's authentication and scope policies give 401 and 403. */
export async function expectBare(res: APIResponse, status: number): Promise<void> {
  const text = await res.text();
  expect({ status: res.status(), body: text }).toEqual({ status, body: "" });
  if (status === 401) expect(res.headers()["www-authenticate"]).toMatch(/^Bearer/);
}

/** ASP.NET's own 400 for a body it cannot bind: `errors` maps JSON paths to messages. */
export async function expectBinding(res: APIResponse, path?: string): Promise<Record<string, string[]>> {
  const text = await res.text();
  expect(res.status(), text).toBe(400);
  const body = JSON.parse(text) as { title: string; errors: Record<string, string[]>; code?: string };
  expect(body.title).toBe("One or more validation errors occurred.");
  expect(body.code).toBeUndefined();
  if (path) expect(Object.keys(body.errors)).toContain(path);
  return body.errors;
}

/**
 * A string answer such as `BadRequest("...")`: plain text, or, from an action marked
 * `[Produces("application/json")]`, the string as JSON (`"..."`, application/json).
 */
export async function expectString(res: APIResponse, status: number, message: string, as: "text" | "json"): Promise<void> {
  const text = await res.text();
  expect({ status: res.status(), body: text }).toEqual({ status, body: as === "json" ? JSON.stringify(message) : message });
  expect(res.headers()["content-type"]).toContain(as === "json" ? "application/json" : "text/plain");
}
