// Loads the facts of one decision request from the database, as plain objects for evaluate.ts. Read with
// prepared statements (lib/db-hot.ts: Prisma's per-query cost was most of a decision's time, issue 9);
// nothing is cached but a policy's parsed obligations, by the file's version (obligations.ts), so a
// removed client, right or access-list entry is denied at once.
import { accessListFilters } from "../access-lists/pdp";
import { boolColumn, hotRows, jsonColumn } from "../db-hot";
import { toRuleData } from "../resources/policy";
import { POLICY_VERSION_COLUMNS, policyObligations, policyVersion } from "./obligations";
import type { DecisionFacts, Party, ResourceFacts, SystemUserFacts } from "./evaluate";
import type { DecisionRequest, PartyRef } from "./xacml";

/**
 * The party the request names, looked up as Altinn's register does (ContextHandler.EnrichResourceParty):
 * by party id, organisation number, national identity number or party UUID; unknown is null. A person
 * comes with the sole proprietorships (ENK) they own (INNH): Access Management lets a client delegation
 * of an ENK reach its owner (ConnectionBaseQueryBuilder, "Innehaver av Enk").
 */
async function resolveParty(ref: PartyRef | null): Promise<Party | null> {
  if (!ref) return null;
  const column = ref.kind === "orgNo" ? "orgNo" : ref.kind === "partyId" ? "partyId" : ref.kind === "partyUuid" ? "partyUuid" : null;
  const [org] = column ? await hotRows<{ orgNo: string }>(`pdp-org-by-${column}`, `SELECT "orgNo" FROM "Organization" WHERE "${column}" = $1`, [ref.value]) : [];
  if (org) return { kind: "organization", orgNo: org.orgNo };
  const personColumn = ref.kind === "personId" ? "pid" : ref.kind === "partyId" ? "partyId" : ref.kind === "partyUuid" ? "partyUuid" : null;
  const [person] = personColumn ? await hotRows<{ pid: string }>(`pdp-person-by-${personColumn}`, `SELECT "pid" FROM "Person" WHERE "${personColumn}" = $1`, [ref.value]) : [];
  if (!person) return null;
  const owned = await hotRows<{ orgNo: string }>(
    "pdp-person-enks",
    `SELECT r."orgNo" FROM "PersonRole" r JOIN "Organization" o ON o."orgNo" = r."orgNo" WHERE r."personPid" = $1 AND r."code" = 'INNH' AND o."orgForm" = 'ENK'`,
    [person.pid],
  );
  return { kind: "person", pid: person.pid, enkOrgNos: owned.map((r) => r.orgNo) };
}

/** The organisations whose client relation decides for the party: itself, or a person's ENKs. */
const clientOrgNos = (party: Party | null): string[] => (!party ? [] : party.kind === "organization" ? [party.orgNo] : party.enkOrgNos);

async function loadResource(identifier: string, party: Party | null): Promise<ResourceFacts | null> {
  const [r] = await hotRows<{ identifier: string; accessListMode: string; delegable: number | boolean; policyUpdatedAt: string | Date | null; policyBytes: number | string | null }>(
    "pdp-resource",
    `SELECT r."identifier", r."accessListMode", r."delegable", ${POLICY_VERSION_COLUMNS} FROM "Resource" r LEFT JOIN "ResourcePolicyFile" f ON f."resourceId" = r."identifier" WHERE r."identifier" = $1`,
    [identifier],
  );
  if (!r) return null;
  const version = r.policyUpdatedAt === null || r.policyBytes === null ? null : policyVersion(r.policyUpdatedAt, r.policyBytes);
  // only an enabled list is read, and only organisations can be members (IsAccessListAuthorized)
  const [policyRules, accessList, obligations] = await Promise.all([
    hotRows<{ subjects: unknown; actions: unknown }>("pdp-policy-rules", `SELECT "subjects", "actions" FROM "PolicyRule" WHERE "resourceId" = $1 ORDER BY "position" ASC`, [identifier]),
    r.accessListMode === "Enabled" && party?.kind === "organization" ? accessListFilters(identifier, party.orgNo) : Promise.resolve([]),
    policyObligations(identifier, version),
  ]);
  const rules = policyRules.map((p) => toRuleData({ subjects: jsonColumn(p.subjects), actions: jsonColumn(p.actions) }));
  return { identifier: r.identifier, accessListMode: r.accessListMode, delegable: boolColumn(r.delegable), rules, accessList, obligations };
}

async function loadSystemUser(id: string, resourceId: string, party: Party | null): Promise<SystemUserFacts | null> {
  const orgNos = clientOrgNos(party);
  const [su] = await hotRows<{ id: string; userType: string; reporteeOrgNo: string; isDeleted: number | boolean }>(
    "pdp-system-user",
    `SELECT "id", "userType", "reporteeOrgNo", "isDeleted" FROM "SystemUser" WHERE "id" = $1`,
    [id],
  );
  if (!su) return null;
  const [rights, accessPackages, clients] = await Promise.all([
    hotRows<{ resource: string; action: string }>("pdp-rights", `SELECT "resource", "action" FROM "SystemUserRight" WHERE "systemUserId" = $1 AND "resource" = $2`, [id, resourceId]),
    hotRows<{ urn: string }>("pdp-packages", `SELECT "urn" FROM "SystemUserAccessPackage" WHERE "systemUserId" = $1`, [id]),
    orgNos.length
      ? hotRows<{ clientOrgNo: string }>(
          `pdp-clients-${orgNos.length}`,
          `SELECT "clientOrgNo" FROM "ClientDelegation" WHERE "systemUserId" = $1 AND "clientOrgNo" IN (${orgNos.map((_, i) => `$${i + 2}`).join(", ")})`,
          [id, ...orgNos],
        )
      : [],
  ]);
  let client: SystemUserFacts["client"] = null;
  if (su.userType === "agent" && orgNos.length) {
    // the client that decides: a delegated one (a person may own several ENKs), else the first
    const clientOrgNo = clients[0]?.clientOrgNo ?? orgNos[0]!;
    if (clientOrgNo === su.reporteeOrgNo) {
      // the facilitator itself (self-delegation, lib/clients/self.ts): no relation to itself to read
      client = { delegated: clients.length > 0, self: true, erRoleCodes: [], directPackages: [] };
    } else {
      const [roles, direct] = await Promise.all([
        hotRows<{ roleCode: string }>("pdp-er-roles", `SELECT "roleCode" FROM "ErRole" WHERE "clientOrgNo" = $1 AND "holderOrgNo" = $2`, [clientOrgNo, su.reporteeOrgNo]),
        hotRows<{ urn: string }>("pdp-org-packages", `SELECT "urn" FROM "OrgPackageDelegation" WHERE "fromOrgNo" = $1 AND "toOrgNo" = $2`, [clientOrgNo, su.reporteeOrgNo]),
      ]);
      client = { delegated: clients.length > 0, erRoleCodes: roles.map((r) => r.roleCode), directPackages: direct.map((d) => d.urn) };
    }
  }
  return {
    id: su.id,
    userType: su.userType,
    ownerOrgNo: su.reporteeOrgNo,
    isDeleted: boolColumn(su.isDeleted),
    rights,
    packages: accessPackages.map((p) => p.urn),
    client,
  };
}

export async function loadDecisionFacts(req: DecisionRequest): Promise<DecisionFacts> {
  const party = await resolveParty(req.party);
  const [resource, systemUser] = await Promise.all([loadResource(req.resourceId, party), loadSystemUser(req.systemUserId, req.resourceId, party)]);
  return { resource, systemUser, party };
}
