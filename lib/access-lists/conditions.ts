// Optimistic concurrency of the access-list API as the real Resource Registry has it: every list is an
// aggregate with a version; answers carry it as a weak ETag and its time as Last-Modified, and requests
// may carry If-Match / If-None-Match (or, without them, If-Unmodified-Since / If-Modified-Since).
// altinn-resource-registry src/Altinn.ResourceRegistry/Models/RequestCondition.cs,
// RequestConditionCollection.ModelBinder.cs, Results/ConditionalResult.cs, Models/AggregateVersion.cs.
// Pure: no I/O.
import { BindingProblem } from "../problems/problem";

/** What a condition makes of the request (VersionedEntityConditionResult). */
export type ConditionResult = "succeeded" | "failed" | "unmodified";

type Condition =
  | { kind: "exists" }
  | { kind: "notExists" }
  | { kind: "isMatch"; versions: number[] }
  | { kind: "isDifferent"; versions: number[] }
  | { kind: "modifiedSince"; at: number }
  | { kind: "unmodifiedSince"; at: number };

export interface Conditions {
  list: Condition[];
}

export interface Versioned {
  version: number;
  updatedAt: Date;
}

/** RequestCondition.SerializeETag: W/"<base64url of {"version":"N"}>" (AggregateVersion, Opaque). */
export function etagOf(version: number): string {
  return `W/"${Buffer.from(JSON.stringify({ version: String(version) })).toString("base64url")}"`;
}

function versionOfTag(tag: string): number | null {
  const m = /^(?:W\/)?"([A-Za-z0-9_-]*)"$/.exec(tag.trim());
  if (!m) return null;
  try {
    const v = (JSON.parse(Buffer.from(m[1]!, "base64url").toString("utf8")) as { version?: unknown }).version;
    const n = typeof v === "string" ? Number(v) : typeof v === "number" ? v : NaN;
    return Number.isSafeInteger(n) && n >= 0 ? n : null;
  } catch {
    return null;
  }
}

function readTags(header: string, name: string): number[] | "*" {
  if (header.trim() === "*") return "*";
  const versions: number[] = [];
  for (const part of header.split(",")) {
    const v = versionOfTag(part);
    // the model binder adds a ModelState error: ASP.NET's 400
    if (v === null) throw new BindingProblem({ [name]: [`The ${name} header holds an ETag this API did not issue.`] });
    versions.push(v);
  }
  return versions;
}

function readDate(header: string, name: string): number {
  const at = Date.parse(header);
  if (Number.isNaN(at)) throw new BindingProblem({ [name]: [`The ${name} header is not an HTTP date.`] });
  return at;
}

/** RequestConditionCollection.ModelBinder: a date header counts only without its ETag header. */
export function readConditions(headers: Headers): Conditions {
  const list: Condition[] = [];
  const ifMatch = headers.get("if-match");
  if (ifMatch !== null) {
    const tags = readTags(ifMatch, "If-Match");
    list.push(tags === "*" ? { kind: "exists" } : { kind: "isMatch", versions: tags });
  } else if (headers.get("if-unmodified-since") !== null) {
    list.push({ kind: "unmodifiedSince", at: readDate(headers.get("if-unmodified-since")!, "If-Unmodified-Since") });
  }
  const ifNoneMatch = headers.get("if-none-match");
  if (ifNoneMatch !== null) {
    const tags = readTags(ifNoneMatch, "If-None-Match");
    list.push(tags === "*" ? { kind: "notExists" } : { kind: "isDifferent", versions: tags });
  } else if (headers.get("if-modified-since") !== null) {
    list.push({ kind: "modifiedSince", at: readDate(headers.get("if-modified-since")!, "If-Modified-Since") });
  }
  return { list };
}

/** Adds the version a continuation token was issued for (the page must come from the same version). */
export function withVersion(c: Conditions, version: number | undefined): Conditions {
  return version === undefined ? c : { list: [...c.list, { kind: "isMatch", versions: [version] }] };
}

/** HTTP dates have whole seconds: compare on them. */
const seconds = (d: Date) => Math.floor(d.getTime() / 1000);

/**
 * RequestCondition.Validate for an existing entity. On a read a failing If-None-Match /
 * If-Modified-Since is "unmodified" (304); on a write it is "failed" (412), as is any failing If-Match.
 */
export function validate(c: Conditions, entity: Versioned, isRead: boolean): ConditionResult {
  for (const cond of c.list) {
    const ok =
      cond.kind === "exists"
        ? true
        : cond.kind === "notExists"
          ? false
          : cond.kind === "isMatch"
            ? cond.versions.includes(entity.version)
            : cond.kind === "isDifferent"
              ? !cond.versions.includes(entity.version)
              : cond.kind === "modifiedSince"
                ? seconds(entity.updatedAt) > Math.floor(cond.at / 1000)
                : seconds(entity.updatedAt) <= Math.floor(cond.at / 1000);
    if (ok) continue;
    const readOnly = cond.kind === "notExists" || cond.kind === "isDifferent" || cond.kind === "modifiedSince";
    return isRead && readOnly ? "unmodified" : "failed";
  }
  return "succeeded";
}

/** IVersionedEntityCondition.AllowsCreatingNewEntity: If-Match (or If-Unmodified-Since) needs an existing list. */
export function allowsCreating(c: Conditions): boolean {
  return !c.list.some((x) => x.kind === "exists" || x.kind === "isMatch" || x.kind === "unmodifiedSince");
}
