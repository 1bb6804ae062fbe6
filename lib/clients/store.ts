// Thin loaders for client delegation: plain objects out, no rules (those are in rules.ts and service.ts).
import { db, type Tx } from "../db";
import { buildClientList, type ClientView } from "./rules";

type Reader = Tx | typeof db;

/** The facilitator's client list (reference §5: ER roles plus direct client-package delegations). */
export async function loadClientList(facilitatorOrgNo: string, tx: Reader = db): Promise<ClientView[]> {
  const [roles, direct] = await Promise.all([
    tx.erRole.findMany({ where: { holderOrgNo: facilitatorOrgNo }, select: { clientOrgNo: true, roleCode: true, client: { select: { name: true } } } }),
    tx.orgPackageDelegation.findMany({ where: { toOrgNo: facilitatorOrgNo }, select: { fromOrgNo: true, urn: true, fromOrg: { select: { name: true } } } }),
  ]);
  return buildClientList(
    roles.map((r) => ({ clientOrgNo: r.clientOrgNo, clientName: r.client.name, roleCode: r.roleCode })),
    direct.map((d) => ({ clientOrgNo: d.fromOrgNo, clientName: d.fromOrg.name, urn: d.urn })),
  );
}

export interface AgentRecord {
  id: string;
  userType: string;
  integrationTitle: string;
  systemId: string;
  systemName: string;
  reporteeOrgNo: string;
  externalRef: string;
  created: Date;
  supplierName: string;
  supplierOrgno: string;
  /** The access packages the system user holds, in the order they were delegated. */
  accessPackages: string[];
  clientCount: number;
}

const agentSelect = {
  id: true,
  userType: true,
  integrationTitle: true,
  systemId: true,
  reporteeOrgNo: true,
  externalRef: true,
  created: true,
  system: { select: { nameEn: true, vendorOrgNo: true, vendor: { select: { name: true } } } },
  accessPackages: { select: { urn: true }, orderBy: { id: "asc" } },
  _count: { select: { clients: true } },
} as const;

type AgentRow = {
  id: string;
  userType: string;
  integrationTitle: string;
  systemId: string;
  reporteeOrgNo: string;
  externalRef: string;
  created: Date;
  system: { nameEn: string; vendorOrgNo: string; vendor: { name: string } };
  accessPackages: { urn: string }[];
  _count: { clients: number };
};

function toRecord(r: AgentRow): AgentRecord {
  return {
    id: r.id,
    userType: r.userType,
    integrationTitle: r.integrationTitle,
    systemId: r.systemId,
    systemName: r.system.nameEn,
    reporteeOrgNo: r.reporteeOrgNo,
    externalRef: r.externalRef,
    created: r.created,
    supplierName: r.system.vendor.name,
    supplierOrgno: r.system.vendorOrgNo,
    accessPackages: r.accessPackages.map((p) => p.urn),
    clientCount: r._count.clients,
  };
}

/** A live (not deleted) system user of any type, or null. */
export async function loadLiveSystemUser(id: string, tx: Reader = db): Promise<AgentRecord | null> {
  const row = await tx.systemUser.findFirst({ where: { id, isDeleted: false }, select: agentSelect });
  return row ? toRecord(row) : null;
}

/** The facilitator's live agent system users, newest first. */
export async function loadAgents(facilitatorOrgNo: string): Promise<AgentRecord[]> {
  const rows = await db.systemUser.findMany({
    where: { reporteeOrgNo: facilitatorOrgNo, userType: "agent", isDeleted: false },
    select: agentSelect,
    orderBy: [{ created: "desc" }, { id: "asc" }],
  });
  return rows.map(toRecord);
}

export interface DelegationRecord {
  clientOrgNo: string;
  created: Date;
}

export async function loadDelegations(systemUserId: string, tx: Reader = db): Promise<DelegationRecord[]> {
  return tx.clientDelegation.findMany({ where: { systemUserId }, select: { clientOrgNo: true, created: true }, orderBy: { created: "asc" } });
}

export async function findOrgName(orgNo: string, tx: Reader = db): Promise<string | null> {
  const org = await tx.organization.findUnique({ where: { orgNo }, select: { name: true } });
  return org?.name ?? null;
}
