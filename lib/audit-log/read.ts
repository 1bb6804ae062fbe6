// Reads the audit log for one viewer: rows newest first from the AuditEvent table, each resolved into an
// entry (entry.ts) and kept only when it concerns the viewer's organisation and passes the filters.
// Bounded: at most AUDIT_LIMIT_MAX entries are answered and at most AUDIT_SCAN_MAX rows read per call, so
// neither the page nor the export can be made to read the whole table; `truncated` says a bound was hit.
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { AUDIT_LIMIT_DEFAULT, AUDIT_LIMIT_MAX } from "./query";
import { AUDIT_PARTIES, OTHER_PARTY_PREFIXES, matchesFilter, refsOf, toEntry, visibleTo, type AuditEntry, type AuditFilter, type AuditLookups, type AuditRow } from "./entry";

export const AUDIT_SCAN_MAX = 20_000;
const BATCH = 500;

export interface AuditLogPage {
  entries: AuditEntry[];
  /** A bound was reached: older matching events may exist (narrow the time window to see them). */
  truncated: boolean;
}

function whereOf(f: AuditFilter): Prisma.AuditEventWhereInput {
  const where: Prisma.AuditEventWhereInput = {};
  if (f.from || f.to) where.at = { ...(f.from ? { gte: f.from } : {}), ...(f.to ? { lte: f.to } : {}) };
  if (f.party === "authentication") where.NOT = OTHER_PARTY_PREFIXES.map((p) => ({ action: { startsWith: p } }));
  else if (f.party) where.OR = AUDIT_PARTIES[f.party].prefixes.map((p) => ({ action: { startsWith: p } }));
  return where;
}

export async function readAuditLog(viewerOrgNo: string, filter: AuditFilter, limit = AUDIT_LIMIT_DEFAULT): Promise<AuditLogPage> {
  const max = Math.min(Math.max(1, limit), AUDIT_LIMIT_MAX);
  const where = whereOf(filter);
  const entries: AuditEntry[] = [];
  let cursor: string | undefined;
  for (let scanned = 0; scanned < AUDIT_SCAN_MAX; ) {
    const rows: AuditRow[] = await db.auditEvent.findMany({
      where,
      orderBy: [{ at: "desc" }, { id: "desc" }],
      take: Math.min(BATCH, AUDIT_SCAN_MAX - scanned),
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    if (rows.length === 0) return { entries, truncated: false };
    scanned += rows.length;
    cursor = rows[rows.length - 1]!.id;
    const lookups = await loadLookups(rows);
    for (const row of rows) {
      const e = toEntry(row, lookups);
      if (!visibleTo(e, viewerOrgNo) || !matchesFilter(e, filter)) continue;
      if (entries.length === max) return { entries, truncated: true };
      entries.push(e);
    }
  }
  return { entries, truncated: true };
}

const uniq = (xs: Iterable<string>) => [...new Set(xs)];

/** Resolves a batch's references with one query per kind. */
async function loadLookups(rows: AuditRow[]): Promise<AuditLookups> {
  const refs = rows.map(refsOf);
  const ids = uniq(refs.flatMap((r) => (r.systemUserId ? [r.systemUserId] : [])));
  const [systemUsers, requests] = await Promise.all([
    db.systemUser.findMany({ where: { id: { in: ids } }, select: { id: true, reporteeOrgNo: true, systemId: true } }),
    // A request that never became a system user (rejected, pending, withdrawn) still names its system and party.
    db.systemUserRequest.findMany({ where: { id: { in: ids } }, select: { id: true, partyOrgNo: true, systemId: true } }),
  ]);
  const systemUser = new Map<string, { ownerOrgNo: string; systemId: string }>();
  for (const r of requests) systemUser.set(r.id, { ownerOrgNo: r.partyOrgNo, systemId: r.systemId });
  for (const s of systemUsers) systemUser.set(s.id, { ownerOrgNo: s.reporteeOrgNo, systemId: s.systemId });
  const systemIds = uniq([...refs.flatMap((r) => r.systemIds), ...[...systemUser.values()].map((s) => s.systemId)]);
  const partyKeys = uniq(refs.flatMap((r) => r.partyKeys));
  const partyIds = partyKeys.filter((k) => /^-?\d+$/.test(k)).map(Number);
  const [clients, systems, resources, scopes, parties, persons] = await Promise.all([
    db.maskinportenClient.findMany({ where: { clientId: { in: uniq(refs.flatMap((r) => r.clientIds)) } }, select: { clientId: true, orgNo: true } }),
    db.registeredSystem.findMany({ where: { id: { in: systemIds } }, select: { id: true, vendorOrgNo: true } }),
    db.resource.findMany({ where: { identifier: { in: uniq(refs.flatMap((r) => r.resourceIds)) } }, select: { identifier: true, ownerOrgNo: true } }),
    db.maskinportenScope.findMany({ where: { name: { in: uniq(refs.flatMap((r) => r.scopeNames)) } }, select: { name: true, ownerOrgNo: true } }),
    db.organization.findMany({ where: { OR: [{ partyUuid: { in: partyKeys } }, { partyId: { in: partyIds } }] }, select: { orgNo: true, partyUuid: true, partyId: true } }),
    db.person.findMany({ where: { pid: { in: uniq(refs.flatMap((r) => (r.pid ? [r.pid] : []))) } }, select: { pid: true, name: true } }),
  ]);
  const partyOrg = new Map<string, string>();
  for (const p of parties) {
    partyOrg.set(p.partyUuid.toLowerCase(), p.orgNo);
    partyOrg.set(String(p.partyId), p.orgNo);
  }
  const lookups: AuditLookups = {
    clientOrg: new Map(clients.map((c) => [c.clientId, c.orgNo])),
    systemUser,
    systemVendor: new Map(systems.map((s) => [s.id, s.vendorOrgNo])),
    resourceOwner: new Map(resources.map((r) => [r.identifier, r.ownerOrgNo])),
    scopeOwner: new Map(scopes.flatMap((s) => (s.ownerOrgNo ? [[s.name, s.ownerOrgNo] as const] : []))),
    partyOrg,
    orgName: new Map(),
    personName: new Map(persons.map((p) => [p.pid, p.name])),
  };
  return { ...lookups, orgName: await loadOrgNames(refs, lookups) };
}

async function loadOrgNames(refs: ReturnType<typeof refsOf>[], l: AuditLookups): Promise<Map<string, string>> {
  const orgNos = uniq([...refs.flatMap((r) => r.orgNos), ...l.clientOrg.values(), ...l.systemVendor.values(), ...[...l.systemUser.values()].map((s) => s.ownerOrgNo), ...l.resourceOwner.values(), ...l.scopeOwner.values(), ...l.partyOrg.values()]);
  const orgs = await db.organization.findMany({ where: { orgNo: { in: orgNos } }, select: { orgNo: true, name: true } });
  return new Map(orgs.map((o) => [o.orgNo, o.name]));
}
