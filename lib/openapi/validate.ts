// The rules of the OpenAPI 3.1.0 specification (spec.openapis.org/oas/v3.1.0) a document must keep beyond
// its JSON shape, the ones generators get wrong: every path template has its required path parameter and
// no other, operationIds are unique, every response has a description and a status key the spec allows,
// security names a declared scheme (and only its scopes), component names use the allowed characters, and
// every $ref resolves. Returns the problems found (none: the document holds). No I/O.

const METHODS = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);
const PARAM_IN = new Set(["query", "header", "path", "cookie"]);
const STATUS_KEY = /^([1-5](\d\d|XX)|default)$/;
const COMPONENT_NAME = /^[a-zA-Z0-9.\-_]+$/;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

function refsIn(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) refsIn(v, out);
  else if (isObj(value)) {
    for (const [k, v] of Object.entries(value)) {
      if (k === "$ref" && typeof v === "string") out.push(v);
      else refsIn(v, out);
    }
  }
  return out;
}

function resolves(doc: Obj, ref: string): boolean {
  if (!ref.startsWith("#/")) return false; // the simulator's documents are self-contained
  let at: unknown = doc;
  for (const part of ref.slice(2).split("/").map((p) => p.replaceAll("~1", "/").replaceAll("~0", "~"))) {
    if (!isObj(at) || !(part in at)) return false;
    at = at[part];
  }
  return true;
}

export function openApiProblems(doc: unknown): string[] {
  const problems: string[] = [];
  if (!isObj(doc)) return ["the document is not an object"];
  if (typeof doc.openapi !== "string" || !/^3\.1\.\d+$/.test(doc.openapi)) problems.push(`openapi is ${JSON.stringify(doc.openapi)}, not 3.1.x`);
  const info = doc.info;
  if (!isObj(info) || typeof info.title !== "string" || typeof info.version !== "string") problems.push("info needs a title and a version");
  if (!isObj(doc.paths)) return [...problems, "paths is missing"];

  const components = isObj(doc.components) ? doc.components : {};
  const schemes = isObj(components.securitySchemes) ? components.securitySchemes : {};
  for (const [kind, entries] of Object.entries(components)) {
    if (!isObj(entries)) continue;
    for (const name of Object.keys(entries)) if (!COMPONENT_NAME.test(name)) problems.push(`components.${kind}: the name '${name}' has characters OpenAPI does not allow`);
  }
  const scopesOf = (scheme: unknown): Set<string> | null => {
    if (!isObj(scheme) || scheme.type !== "oauth2" || !isObj(scheme.flows)) return null;
    return new Set(Object.values(scheme.flows).flatMap((f) => (isObj(f) && isObj(f.scopes) ? Object.keys(f.scopes) : [])));
  };

  const operationIds = new Map<string, string>();
  for (const [path, item] of Object.entries(doc.paths)) {
    if (!path.startsWith("/")) problems.push(`the path '${path}' does not start with /`);
    if (!isObj(item)) continue;
    const templated = new Set([...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!));
    for (const [method, op] of Object.entries(item)) {
      const where = `${method.toUpperCase()} ${path}`;
      if (!METHODS.has(method)) {
        if (method !== "parameters" && method !== "summary" && method !== "description" && method !== "servers") problems.push(`${where}: not an HTTP method of a path item`);
        continue;
      }
      if (!isObj(op)) continue;
      if (typeof op.operationId === "string") {
        const other = operationIds.get(op.operationId);
        if (other) problems.push(`${where}: operationId '${op.operationId}' is also ${other}'s`);
        operationIds.set(op.operationId, where);
      }
      const params = Array.isArray(op.parameters) ? op.parameters.filter(isObj) : [];
      const seen = new Set<string>();
      for (const p of params) {
        const key = `${String(p.in)}:${String(p.name)}`;
        if (seen.has(key)) problems.push(`${where}: the parameter ${key} twice`);
        seen.add(key);
        if (!PARAM_IN.has(String(p.in))) problems.push(`${where}: parameter '${String(p.name)}' in '${String(p.in)}'`);
        if (!("schema" in p) && !("content" in p)) problems.push(`${where}: parameter '${String(p.name)}' has neither schema nor content`);
        if (p.in === "path" && p.required !== true) problems.push(`${where}: path parameter '${String(p.name)}' must be required`);
        if (p.in === "path" && !templated.has(String(p.name))) problems.push(`${where}: path parameter '${String(p.name)}' is not in the path`);
      }
      for (const name of templated) if (!seen.has(`path:${name}`)) problems.push(`${where}: {${name}} has no path parameter`);
      if (isObj(op.requestBody) && (!isObj(op.requestBody.content) || Object.keys(op.requestBody.content).length === 0)) problems.push(`${where}: requestBody without content`);
      if (!isObj(op.responses) || Object.keys(op.responses).length === 0) problems.push(`${where}: no responses`);
      else {
        for (const [status, answer] of Object.entries(op.responses)) {
          if (!STATUS_KEY.test(status)) problems.push(`${where}: response key '${status}'`);
          if (!isObj(answer) || (typeof answer.description !== "string" && !("$ref" in answer))) problems.push(`${where} ${status}: a response needs a description`);
        }
      }
      for (const requirement of Array.isArray(op.security) ? op.security : []) {
        if (!isObj(requirement)) continue;
        for (const [name, scopes] of Object.entries(requirement)) {
          if (!(name in schemes)) {
            problems.push(`${where}: security scheme '${name}' is not declared`);
            continue;
          }
          const allowed = scopesOf(schemes[name]);
          for (const s of Array.isArray(scopes) ? scopes : []) if (allowed && !allowed.has(String(s))) problems.push(`${where}: scope '${String(s)}' is not among ${name}'s scopes`);
        }
      }
    }
  }
  for (const ref of new Set(refsIn(doc))) if (!resolves(doc, ref)) problems.push(`$ref '${ref}' does not resolve`);
  return problems;
}
