// Loads a person's relations to organisations from the database, as plain objects for lib/parties/roles.
import { db, type Tx } from "../db";
import type { PartyRelation } from "./roles";

export interface PartySummary {
  orgNo: string;
  name: string;
  orgForm: string;
}

/** The person's relation to one org (empty roles and packages when there is none). */
export async function loadRelation(pid: string, orgNo: string, tx: Tx | typeof db = db): Promise<PartyRelation> {
  const [roles, packages, org, clientRoles] = await Promise.all([
    tx.personRole.findMany({ where: { personPid: pid, orgNo }, select: { code: true } }),
    tx.personAccessPackage.findMany({ where: { personPid: pid, orgNo }, select: { urn: true } }),
    tx.organization.findUnique({ where: { orgNo }, select: { orgCode: true } }),
    tx.erRole.count({ where: { holderOrgNo: orgNo } }),
  ]);
  return {
    orgNo,
    roles: roles.map((r) => r.code),
    packages: packages.map((p) => p.urn),
    orgIsServiceOwner: Boolean(org?.orgCode),
    orgIsFacilitator: clientRoles > 0,
  };
}

/** The organisations the person may act for ("velg aktør"), by name. */
export async function listParties(pid: string): Promise<PartySummary[]> {
  const orgs = await db.organization.findMany({
    where: { OR: [{ personRoles: { some: { personPid: pid } } }, { personPackages: { some: { personPid: pid } } }] },
    select: { orgNo: true, name: true, orgForm: true },
    orderBy: { name: "asc" },
  });
  return orgs;
}

export async function findPerson(pid: string): Promise<{ pid: string; name: string } | null> {
  return db.person.findUnique({ where: { pid }, select: { pid: true, name: true } });
}

export async function findOrganization(orgNo: string): Promise<PartySummary | null> {
  return db.organization.findUnique({ where: { orgNo }, select: { orgNo: true, name: true, orgForm: true } });
}

export interface CastMember {
  pid: string;
  name: string;
  relations: { orgNo: string; orgName: string; roles: string[]; packages: string[] }[];
}

/** Everyone who can log in, with their organisations, roles and packages (landing and login pages). */
export async function listCast(): Promise<CastMember[]> {
  const persons = await db.person.findMany({
    orderBy: { name: "asc" },
    include: { roles: { include: { org: true } }, packages: { include: { org: true } } },
  });
  return persons.map((p) => {
    const byOrg = new Map<string, CastMember["relations"][number]>();
    const entry = (orgNo: string, orgName: string) => {
      let e = byOrg.get(orgNo);
      if (!e) byOrg.set(orgNo, (e = { orgNo, orgName, roles: [], packages: [] }));
      return e;
    };
    for (const r of p.roles) entry(r.orgNo, r.org.name).roles.push(r.code);
    for (const k of p.packages) entry(k.orgNo, k.org.name).packages.push(k.urn);
    return { pid: p.pid, name: p.name, relations: [...byOrg.values()] };
  });
}
