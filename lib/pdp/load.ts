// Loads the facts of one decision request from the database, as plain objects for evaluate.ts.
import { accessListFilters } from "../access-lists/pdp";
import { db } from "../db";
import { toRuleData } from "../resources/policy";
import type { DecisionFacts, Party, ResourceFacts, SystemUserFacts } from "./evaluate";
import type { DecisionRequest, PartyRef } from "./xacml";

const ORG = { orgNo: true } as const;
const PERSON = { pid: true } as const;

/**
 * The party the request names, looked up as Altinn's register does (ContextHandler.EnrichResourceParty):
 * by party id, organisation number, national identity number or party UUID; unknown is null. A person
 * comes with the sole proprietorships (ENK) they own (INNH): Access Management lets a client delegation
 * of an ENK reach its owner (ConnectionBaseQueryBuilder, "Innehaver av Enk").
 */
async function resolveParty(ref: PartyRef | null): Promise<Party | null> {
  if (!ref) return null;
  const org =
    ref.kind === "orgNo"
      ? await db.organization.findUnique({ where: { orgNo: ref.value }, select: ORG })
      : ref.kind === "partyId"
        ? await db.organization.findUnique({ where: { partyId: ref.value }, select: ORG })
        : ref.kind === "partyUuid"
          ? await db.organization.findUnique({ where: { partyUuid: ref.value }, select: ORG })
          : null;
  if (org) return { kind: "organization", orgNo: org.orgNo };
  const person =
    ref.kind === "personId"
      ? await db.person.findUnique({ where: { pid: ref.value }, select: PERSON })
      : ref.kind === "partyId"
        ? await db.person.findUnique({ where: { partyId: ref.value }, select: PERSON })
        : ref.kind === "partyUuid"
          ? await db.person.findUnique({ where: { partyUuid: ref.value }, select: PERSON })
          : null;
  if (!person) return null;
  const owned = await db.personRole.findMany({ where: { personPid: person.pid, code: "INNH", org: { orgForm: "ENK" } }, select: { orgNo: true } });
  return { kind: "person", pid: person.pid, enkOrgNos: owned.map((r) => r.orgNo) };
}

/** The organisations whose client relation decides for the party: itself, or a person's ENKs. */
const clientOrgNos = (party: Party | null): string[] => (!party ? [] : party.kind === "organization" ? [party.orgNo] : party.enkOrgNos);

async function loadResource(identifier: string, party: Party | null): Promise<ResourceFacts | null> {
  const r = await db.resource.findUnique({
    where: { identifier },
    select: {
      identifier: true,
      accessListMode: true,
      policyRules: { orderBy: { position: "asc" }, select: { subjects: true, actions: true } },
    },
  });
  if (!r) return null;
  // only an enabled list is read, and only organisations can be members (IsAccessListAuthorized)
  const accessList = r.accessListMode === "Enabled" && party?.kind === "organization" ? await accessListFilters(identifier, party.orgNo) : [];
  return { identifier: r.identifier, accessListMode: r.accessListMode, rules: r.policyRules.map(toRuleData), accessList };
}

async function loadSystemUser(id: string, resourceId: string, party: Party | null): Promise<SystemUserFacts | null> {
  const orgNos = clientOrgNos(party);
  const su = await db.systemUser.findUnique({
    where: { id },
    select: {
      id: true,
      userType: true,
      reporteeOrgNo: true,
      isDeleted: true,
      rights: { where: { resource: resourceId }, select: { resource: true, action: true } },
      accessPackages: { select: { urn: true } },
      clients: { where: { clientOrgNo: { in: orgNos } }, select: { clientOrgNo: true } },
    },
  });
  if (!su) return null;
  let client: SystemUserFacts["client"] = null;
  if (su.userType === "agent" && orgNos.length) {
    // the client that decides: a delegated one (a person may own several ENKs), else the first
    const clientOrgNo = su.clients[0]?.clientOrgNo ?? orgNos[0]!;
    const [roles, direct] = await Promise.all([
      db.erRole.findMany({ where: { clientOrgNo, holderOrgNo: su.reporteeOrgNo }, select: { roleCode: true } }),
      db.orgPackageDelegation.findMany({ where: { fromOrgNo: clientOrgNo, toOrgNo: su.reporteeOrgNo }, select: { urn: true } }),
    ]);
    client = { delegated: su.clients.length > 0, erRoleCodes: roles.map((r) => r.roleCode), directPackages: direct.map((d) => d.urn) };
  }
  return {
    id: su.id,
    userType: su.userType,
    ownerOrgNo: su.reporteeOrgNo,
    isDeleted: su.isDeleted,
    rights: su.rights,
    packages: su.accessPackages.map((p) => p.urn),
    client,
  };
}

export async function loadDecisionFacts(req: DecisionRequest): Promise<DecisionFacts> {
  const party = await resolveParty(req.party);
  const [resource, systemUser] = await Promise.all([loadResource(req.resourceId, party), loadSystemUser(req.systemUserId, req.resourceId, party)]);
  return { resource, systemUser, party };
}
