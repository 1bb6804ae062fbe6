// Loads the facts of one decision request from the database, as plain objects for evaluate.ts.
import { db } from "../db";
import { toRuleData } from "../resources/policy";
import type { DecisionFacts, ResourceFacts, SystemUserFacts } from "./evaluate";
import type { DecisionRequest } from "./xacml";

async function loadResource(identifier: string, partyOrgNo: string): Promise<ResourceFacts | null> {
  const r = await db.resource.findUnique({
    where: { identifier },
    select: {
      identifier: true,
      accessListMode: true,
      policyRules: { orderBy: { position: "asc" }, select: { subjects: true, actions: true } },
      accessList: { where: { orgNo: partyOrgNo }, select: { orgNo: true } },
    },
  });
  if (!r) return null;
  return { identifier: r.identifier, accessListMode: r.accessListMode, rules: r.policyRules.map(toRuleData), accessList: r.accessList.map((m) => m.orgNo) };
}

async function loadSystemUser(id: string, resourceId: string, partyOrgNo: string): Promise<SystemUserFacts | null> {
  const su = await db.systemUser.findUnique({
    where: { id },
    select: {
      id: true,
      userType: true,
      reporteeOrgNo: true,
      isDeleted: true,
      rights: { where: { resource: resourceId }, select: { resource: true, action: true } },
      accessPackages: { select: { urn: true } },
      clients: { where: { clientOrgNo: partyOrgNo }, select: { id: true } },
    },
  });
  if (!su) return null;
  let client: SystemUserFacts["client"] = null;
  if (su.userType === "agent") {
    const [roles, direct] = await Promise.all([
      db.erRole.findMany({ where: { clientOrgNo: partyOrgNo, holderOrgNo: su.reporteeOrgNo }, select: { roleCode: true } }),
      db.orgPackageDelegation.findMany({ where: { fromOrgNo: partyOrgNo, toOrgNo: su.reporteeOrgNo }, select: { urn: true } }),
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
  const [resource, systemUser] = await Promise.all([
    loadResource(req.resourceId, req.partyOrgNo),
    loadSystemUser(req.systemUserId, req.resourceId, req.partyOrgNo),
  ]);
  return { resource, systemUser };
}
