// The audit log as people read it (issue 11): each AuditEvent row (lib/audit.ts) becomes an entry naming
// the party that recorded it, the organisations and the system user it concerns, and a line in plain
// words. Pure: lib/audit-log/read.ts loads the rows and resolves the references a row names.

import { text, type Text } from "../i18n/text";
import { translatorFor } from "../i18n/translator";

/** The parties of the chain that write the log, each known by its actions' prefixes. */
export const AUDIT_PARTIES = {
  maskinporten: { title: "Maskinporten", prefixes: ["token.", "maskinporten.", "scope."] },
  pdp: { title: "Altinn PDP", prefixes: ["pdp."] },
  resourceregistry: { title: "Resource Registry", prefixes: ["resource."] },
  // Everything else: System Register, requests, system users, change requests, client delegation.
  authentication: { title: "Altinn Authentication", prefixes: [] },
} as const;
export type AuditParty = keyof typeof AUDIT_PARTIES;

export function isAuditParty(v: string): v is AuditParty {
  return Object.hasOwn(AUDIT_PARTIES, v);
}

/** The prefixes of every party but Altinn Authentication, which records whatever the others do not. */
export const OTHER_PARTY_PREFIXES: readonly string[] = Object.values(AUDIT_PARTIES).flatMap((p) => p.prefixes);

export function partyOfAction(action: string): AuditParty {
  for (const [party, p] of Object.entries(AUDIT_PARTIES)) {
    if ((p.prefixes as readonly string[]).some((x) => action.startsWith(x))) return party as AuditParty;
  }
  return "authentication";
}

export interface AuditRow {
  id: string;
  at: Date;
  actor: string;
  action: string;
  subject: string;
  details: unknown;
}

/** What a row names, for the reader to resolve into organisations. */
export interface AuditRefs {
  orgNos: string[];
  systemUserId: string | null;
  systemIds: string[];
  /** Maskinporten client ids. */
  clientIds: string[];
  resourceIds: string[];
  scopeNames: string[];
  /** The PDP request's party, when named by party UUID or party id. */
  partyKeys: string[];
  pid: string | null;
}

/** The lookups the reader loads for a batch of rows (missing keys are simply not resolved). */
export interface AuditLookups {
  clientOrg: ReadonlyMap<string, string>;
  systemUser: ReadonlyMap<string, { ownerOrgNo: string; systemId: string }>;
  systemVendor: ReadonlyMap<string, string>;
  resourceOwner: ReadonlyMap<string, string>;
  scopeOwner: ReadonlyMap<string, string>;
  /** Party UUID or party id (as a string) → org number. */
  partyOrg: ReadonlyMap<string, string>;
  orgName: ReadonlyMap<string, string>;
  personName: ReadonlyMap<string, string>;
}

export interface AuditEntry {
  id: string;
  at: string;
  party: AuditParty;
  action: string;
  /** "person:<pid>", "client:<clientId>", "org:<orgNo>" or "system", as stored. */
  actor: string;
  actorName: string;
  subject: string;
  systemUserId: string | null;
  /** Every organisation the event concerns (who acted, whose system, whose system user, which client). */
  orgNos: string[];
  summary: string;
  details: Record<string, unknown>;
  /** The actor's name and the summary as catalogue keys (namespace AuditText), for the page's language. */
  i18n?: { actor: Text; summary: Text };
}

const english = translatorFor("en", "AuditText");

export interface AuditFilter {
  party?: AuditParty;
  orgNo?: string;
  systemUserId?: string;
  from?: Date;
  to?: Date;
}

const ORG_NO = /^\d{9}$/;
/** Detail members that hold an organisation number (lib/audit.ts callers). */
const ORG_FIELDS = ["partyOrgNo", "reporteeOrgNo", "facilitator", "client", "orgNo", "vendorOrgNo"] as const;

const str = (v: unknown): string | null => (typeof v === "string" && v !== "" ? v : null);

function detailsOf(row: AuditRow): Record<string, unknown> {
  return typeof row.details === "object" && row.details !== null && !Array.isArray(row.details) ? (row.details as Record<string, unknown>) : {};
}

export function refsOf(row: AuditRow): AuditRefs {
  const d = detailsOf(row);
  const refs: AuditRefs = { orgNos: [], systemUserId: null, systemIds: [], clientIds: [], resourceIds: [], scopeNames: [], partyKeys: [], pid: null };
  const [kind, id] = splitActor(row.actor);
  if (kind === "client" && id) refs.clientIds.push(id);
  if (kind === "org" && id) refs.orgNos.push(id);
  if (kind === "person" && id) refs.pid = id;
  for (const f of ORG_FIELDS) {
    const v = str(d[f]);
    if (v && ORG_NO.test(v)) refs.orgNos.push(v);
  }
  const systemId = str(d.systemId);
  if (systemId) refs.systemIds.push(systemId);
  const a = row.action;
  const subject = row.subject || null;
  if (a.startsWith("changerequest.") || a.startsWith("systemuser.changerequest.") || a === "token.issued") {
    refs.systemUserId = str(d.systemUserId);
  } else if (a.startsWith("systemuser.") || a.startsWith("request.") || a === "pdp.decision") {
    // A system user's id is the id of the request that created it: the request's events belong to it too.
    refs.systemUserId = subject;
  }
  if (subject && (a === "token.refused" || a.startsWith("maskinporten."))) refs.clientIds.push(subject);
  if (subject && a.startsWith("system.")) refs.systemIds.push(subject);
  if (subject && a.startsWith("resource.")) refs.resourceIds.push(subject);
  if (subject && a.startsWith("scope.")) refs.scopeNames.push(subject);
  if (a === "pdp.decision") {
    const p = d.party as { kind?: unknown; value?: unknown } | null | undefined;
    if (p && (typeof p.value === "string" || typeof p.value === "number")) {
      const v = String(p.value);
      if (p.kind === "orgNo" && ORG_NO.test(v)) refs.orgNos.push(v);
      else if (p.kind === "partyUuid" || p.kind === "partyId") refs.partyKeys.push(v.toLowerCase());
    }
    const resource = str(d.resourceId);
    if (resource) refs.resourceIds.push(resource);
  }
  return refs;
}

function splitActor(actor: string): [string, string] {
  const i = actor.indexOf(":");
  return i < 0 ? [actor, ""] : [actor.slice(0, i), actor.slice(i + 1)];
}

/** The organisations a row concerns, once its references are resolved. */
export function orgsOf(refs: AuditRefs, l: AuditLookups): string[] {
  const orgs = new Set(refs.orgNos);
  const add = (v: string | undefined) => {
    if (v) orgs.add(v);
  };
  for (const c of refs.clientIds) add(l.clientOrg.get(c));
  const su = refs.systemUserId ? l.systemUser.get(refs.systemUserId) : undefined;
  if (su) {
    add(su.ownerOrgNo);
    add(l.systemVendor.get(su.systemId));
  }
  for (const s of refs.systemIds) add(l.systemVendor.get(s));
  for (const r of refs.resourceIds) add(l.resourceOwner.get(r));
  for (const s of refs.scopeNames) add(l.scopeOwner.get(s));
  for (const p of refs.partyKeys) add(l.partyOrg.get(p));
  return [...orgs].sort();
}

/** The page's words, kept together for the message files (next-intl). */
export const AUDIT_TEXT = {
  actions: {
    "request.standard.created": "System-user request created",
    "request.agent.created": "Agent system-user request created",
    "request.deleted": "Request withdrawn by the vendor",
    "systemuser.request.escalated": "Request sent to the access managers (escalated)",
    "systemuser.request.accepted": "Request approved",
    "systemuser.request.rejected": "Request rejected",
    "systemuser.created": "System user created",
    "systemuser.deleted": "System user deleted",
    "systemuser.client.added": "Client added to the agent system user",
    "systemuser.client.removed": "Client removed from the agent system user",
    "changerequest.created": "Change request created",
    "changerequest.deleted": "Change request withdrawn",
    "systemuser.changerequest.accepted": "Change request approved",
    "systemuser.changerequest.rejected": "Change request rejected",
    "token.issued": "Token issued",
    "token.refused": "Token refused",
    "pdp.decision": "Authorization decision",
  } as Record<string, string>,
  actors: { system: "The simulator", unknownPerson: "A person", client: "Maskinporten client" },
};

export function actionTitle(action: string): string {
  return AUDIT_TEXT.actions[action] ?? action;
}

function actorName(actor: string, l: AuditLookups): Text {
  const [kind, id] = splitActor(actor);
  if (kind === "person") return l.personName.has(id) ? text("plain", { value: l.personName.get(id)! }) : text("unknownPerson");
  if (kind === "client") {
    const org = l.clientOrg.get(id);
    return org ? text("clientOfOrg", { org: l.orgName.get(org) ?? org, id }) : text("client", { id });
  }
  if (kind === "org") return text("plain", { value: l.orgName.get(id) ?? id });
  return text("system");
}

/** The detail a trainee looks for beside the event's title (decision and reason, client, error). */
function summaryOf(row: AuditRow, d: Record<string, unknown>, l: AuditLookups): Text {
  const name = (orgNo: unknown) => (typeof orgNo === "string" ? `${l.orgName.get(orgNo) ?? orgNo}` : "");
  const str = (v: unknown) => (v === undefined || v === null ? "" : String(v));
  // the reasons and error codes are the systems' own words, shown as they are
  const reason = d.reason ? `: ${str(d.reason)}` : "";
  switch (row.action) {
    case "pdp.decision":
      return d.resourceId ? text("decisionOn", { decision: str(d.decision), resource: str(d.resourceId), reason }) : text("plain", { value: `${str(d.decision)}${reason}` });
    case "token.refused":
      return text("plain", { value: `${str(d.error)}${reason}` });
    case "token.issued":
      return d.scope ? text("scope", { scope: str(d.scope) }) : text("plain", { value: "" });
    case "systemuser.client.added":
    case "systemuser.client.removed":
      return text("plain", { value: `${name(d.client)} (${str(d.client)})` });
    default:
      if (typeof d.partyOrgNo === "string") return text("for", { name: name(d.partyOrgNo) });
      if (typeof d.reporteeOrgNo === "string") return text("for", { name: name(d.reporteeOrgNo) });
      return text("plain", { value: "" });
  }
}

export function toEntry(row: AuditRow, l: AuditLookups): AuditEntry {
  const refs = refsOf(row);
  const details = detailsOf(row);
  const actor = actorName(row.actor, l);
  const summary = summaryOf(row, details, l);
  return {
    id: row.id,
    at: row.at.toISOString(),
    party: partyOfAction(row.action),
    action: row.action,
    actor: row.actor,
    actorName: english(actor),
    subject: row.subject,
    systemUserId: refs.systemUserId,
    orgNos: orgsOf(refs, l),
    summary: english(summary),
    details,
    i18n: { actor, summary },
  };
}

/**
 * Who may see an entry: a person sees the events that concern the organisation they act for, never
 * another organisation's (README, "The audit log"). The filters only narrow within that.
 */
export function visibleTo(entry: AuditEntry, viewerOrgNo: string): boolean {
  return entry.orgNos.includes(viewerOrgNo);
}

export function matchesFilter(entry: AuditEntry, f: AuditFilter): boolean {
  if (f.party && entry.party !== f.party) return false;
  if (f.orgNo && !entry.orgNos.includes(f.orgNo)) return false;
  if (f.systemUserId && entry.systemUserId !== f.systemUserId) return false;
  const at = Date.parse(entry.at);
  if (f.from && at < f.from.getTime()) return false;
  if (f.to && at > f.to.getTime()) return false;
  return true;
}
