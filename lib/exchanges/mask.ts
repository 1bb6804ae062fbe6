// Turns a captured exchange into what is stored and shown: secrets masked, JWTs decoded. Runs when the
// recorder writes a batch, never on the request path. Pure.
//
// The simulator's rule (README "Sequence view"): no usable credential is ever stored. A JWT (grant,
// access token, Altinn token) is kept as header.payload with its signature cut off: every claim can be
// read, the token cannot be replayed. Any other bearer value, cookies, client secrets, passwords and the
// private parts of JWKs (d, p, q, dp, dq, qi, k) are replaced by "(masked)".
import { decodeJwt, decodeProtectedHeader } from "jose";

export interface DecodedToken {
  /** Where it was seen, e.g. "request Authorization", "request body assertion", "response body access_token". */
  where: string;
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
}

export interface ExchangeData {
  request: { headers: Record<string, string>; body: unknown };
  response: { headers: Record<string, string>; body: unknown };
  jwts: DecodedToken[];
  notes: Record<string, unknown>;
}

export const MASKED = "(masked)";
export const SIGNATURE_REMOVED = "<signature removed>";
const MAX_BODY_CHARS = 64 * 1024;
const JWT = /\beyJ[A-Za-z0-9_-]{4,}\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g;
const JWT_ONLY = /^eyJ[A-Za-z0-9_-]{4,}\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;
const SECRET_HEADERS = new Set(["cookie", "set-cookie", "proxy-authorization", "x-api-key"]);
const SECRET_FIELDS = /^(client_secret|password|secret|private_?key|privatejwk|refresh_token)$/i;
const PRIVATE_JWK_MEMBERS = new Set(["d", "p", "q", "dp", "dq", "qi", "k", "oth"]);

function decode(jwt: string, where: string): DecodedToken | null {
  try {
    return { where, header: decodeProtectedHeader(jwt) as Record<string, unknown>, payload: decodeJwt(jwt) as Record<string, unknown> };
  } catch {
    return null;
  }
}

/** header.payload of a JWT, its signature cut off (and the JWT decoded into `jwts`). */
function unsign(jwt: string, where: string, jwts: DecodedToken[]): string {
  const d = decode(jwt, where);
  if (!d) return MASKED;
  jwts.push(d);
  return `${jwt.split(".").slice(0, 2).join(".")}.${SIGNATURE_REMOVED}`;
}

export function maskHeaders(entries: Iterable<[string, string]>, side: string, jwts: DecodedToken[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [rawName, value] of entries) {
    const name = rawName.toLowerCase();
    if (name === "authorization") {
      const m = /^(\S+)\s+(\S+)$/.exec(value);
      out[name] = m && JWT_ONLY.test(m[2]!) ? `${m[1]} ${unsign(m[2]!, `${side} Authorization`, jwts)}` : m ? `${m[1]} ${MASKED}` : MASKED;
    } else out[name] = SECRET_HEADERS.has(name) ? MASKED : value;
  }
  return out;
}

function maskValue(v: unknown, path: string, jwts: DecodedToken[]): unknown {
  if (typeof v === "string") return JWT_ONLY.test(v) ? unsign(v, path, jwts) : v.replace(JWT, (t) => unsign(t, path, jwts));
  if (Array.isArray(v)) return v.map((x, i) => maskValue(x, `${path}[${i}]`, jwts));
  if (v && typeof v === "object") {
    const isJwk = "kty" in v;
    return Object.fromEntries(
      Object.entries(v).map(([k, x]) => [k, SECRET_FIELDS.test(k) || (isJwk && PRIVATE_JWK_MEMBERS.has(k)) ? MASKED : maskValue(x, `${path} ${k}`, jwts)]),
    );
  }
  return v;
}

/** A body as shown: JSON parsed, a form as its fields, anything else as (truncated) text; masked. */
export function maskBody(text: string | null, contentType: string | null, side: string, jwts: DecodedToken[]): unknown {
  if (!text) return null;
  if (text.length > MAX_BODY_CHARS) return maskValue(`${text.slice(0, MAX_BODY_CHARS)}… (${text.length} chars)`, `${side} body`, jwts);
  const type = (contentType ?? "").toLowerCase();
  if (type.startsWith("application/x-www-form-urlencoded")) {
    return maskValue(Object.fromEntries(new URLSearchParams(text)), `${side} body`, jwts);
  }
  if (type.includes("json")) {
    try {
      return maskValue(JSON.parse(text), `${side} body`, jwts);
    } catch {
      /* shown as text */
    }
  }
  return maskValue(text, `${side} body`, jwts);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The system user and organisations an exchange names, for the view's filters. */
export function subjectsOf(url: string, jwts: DecodedToken[], notes: Record<string, unknown>): { systemUserId: string; orgNos: string[] } {
  const orgs = new Set<string>();
  let systemUserId = typeof notes.systemUserId === "string" ? notes.systemUserId : "";
  for (const o of Array.isArray(notes.orgNos) ? notes.orgNos : []) if (typeof o === "string") orgs.add(o);
  for (const m of url.matchAll(/(?<![\d-])(\d{9})(?!\d)/g)) orgs.add(m[1]!);
  for (const { payload } of jwts) {
    for (const key of ["consumer", "supplier"]) {
      const id = (payload[key] as { ID?: unknown } | undefined)?.ID;
      if (typeof id === "string") orgs.add(id.replace(/^0192:/, ""));
    }
    const details = Array.isArray(payload.authorization_details) ? payload.authorization_details : [];
    for (const d of details as Record<string, unknown>[]) {
      const id = (d.systemuser_org as { ID?: unknown } | undefined)?.ID;
      if (typeof id === "string") orgs.add(id.replace(/^0192:/, ""));
      const su = Array.isArray(d.systemuser_id) ? d.systemuser_id[0] : undefined;
      if (!systemUserId && typeof su === "string" && UUID.test(su)) systemUserId = su;
    }
  }
  return { systemUserId, orgNos: [...orgs].filter((o) => /^\d{9}$/.test(o)) };
}
