// The audit log's query (the page's filter form and GET /simulator/api/audit alike) and its two exports.
// Pure. A bad value is one 400 validation problem naming every bad parameter; nothing is read.
import { validationProblem, type ValidationError } from "../problems/problem";
import { UUID_RE } from "../parties/party-ids";
import { AUDIT_PARTIES, isAuditParty, type AuditEntry, type AuditFilter } from "./entry";

/** The export bound: at most this many events per answer (the page shows AUDIT_LIMIT_DEFAULT). */
export const AUDIT_LIMIT_MAX = 5000;
export const AUDIT_LIMIT_DEFAULT = 200;

export type AuditFormat = "json" | "csv";

export interface AuditQuery {
  filter: AuditFilter;
  limit: number;
  format: AuditFormat;
}

/** The simulator's own code for a bad audit-log query (no Altinn endpoint has this query). */
export const AUDIT_QUERY_INVALID = "SIM.VLD-00001";

const bad = (name: string, detail: string): ValidationError => ({ code: AUDIT_QUERY_INVALID, title: "Invalid audit-log query parameter.", detail, paths: [name] });

function parseTime(v: string): Date | null {
  // ISO 8601 date or date-time (the form's datetime-local gives "2026-12-03T14:05", read as UTC).
  if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?)?$/.test(v)) return null;
  const withZone = /T/.test(v) && !/(Z|[+-]\d{2}:\d{2})$/.test(v) ? `${v}Z` : v;
  const d = new Date(withZone);
  return Number.isNaN(d.getTime()) ? null : d;
}

export function parseAuditQuery(params: URLSearchParams): AuditQuery {
  const get = (name: string) => params.get(name)?.trim() || undefined;
  const errors: ValidationError[] = [];
  const filter: AuditFilter = {};
  const format = get("format") ?? "json";
  if (format !== "json" && format !== "csv") errors.push(bad("format", "format is json or csv."));
  const party = get("party");
  if (party !== undefined) {
    if (isAuditParty(party)) filter.party = party;
    else errors.push(bad("party", `party is one of ${Object.keys(AUDIT_PARTIES).join(", ")}.`));
  }
  const org = get("org");
  if (org !== undefined) {
    if (/^\d{9}$/.test(org)) filter.orgNo = org;
    else errors.push(bad("org", "org is an organisation number of 9 digits."));
  }
  const systemUser = get("systemUser");
  if (systemUser !== undefined) {
    if (UUID_RE.test(systemUser)) filter.systemUserId = systemUser.toLowerCase();
    else errors.push(bad("systemUser", "systemUser is a system user's id (a UUID)."));
  }
  for (const name of ["from", "to"] as const) {
    const v = get(name);
    if (v === undefined) continue;
    const d = parseTime(v);
    if (d) filter[name] = d;
    else errors.push(bad(name, `${name} is an ISO 8601 date or date-time.`));
  }
  if (filter.from && filter.to && filter.from > filter.to) errors.push(bad("to", "to is before from."));
  let limit = AUDIT_LIMIT_DEFAULT;
  const l = get("limit");
  if (l !== undefined) {
    if (/^\d{1,5}$/.test(l) && Number(l) >= 1 && Number(l) <= AUDIT_LIMIT_MAX) limit = Number(l);
    else errors.push(bad("limit", `limit is a whole number from 1 to ${AUDIT_LIMIT_MAX}.`));
  }
  if (errors.length) throw validationProblem(errors);
  return { filter, limit, format: format as AuditFormat };
}

/** The query string of a filter (export links keep the page's filters). */
export function auditQueryString(filter: AuditFilter, extra: Record<string, string> = {}): string {
  const q = new URLSearchParams();
  if (filter.party) q.set("party", filter.party);
  if (filter.orgNo) q.set("org", filter.orgNo);
  if (filter.systemUserId) q.set("systemUser", filter.systemUserId);
  if (filter.from) q.set("from", filter.from.toISOString());
  if (filter.to) q.set("to", filter.to.toISOString());
  for (const [k, v] of Object.entries(extra)) q.set(k, v);
  return q.toString();
}

export const CSV_COLUMNS = ["at", "party", "action", "actor", "actorName", "subject", "systemUserId", "organisations", "summary", "details"] as const;

/**
 * A CSV cell (RFC 4180): quoted when it holds a comma, quote or line break, quotes doubled. A cell that a
 * spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading apostrophe (OWASP, CSV
 * injection): titles and reasons in the log can come from a vendor's own input.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function toCsv(entries: readonly AuditEntry[]): string {
  const rows = entries.map((e) =>
    [e.at, e.party, e.action, e.actor, e.actorName, e.subject, e.systemUserId ?? "", e.orgNos.join(" "), e.summary, JSON.stringify(e.details)].map(csvCell).join(","),
  );
  return [CSV_COLUMNS.join(","), ...rows].join("\r\n") + "\r\n";
}
