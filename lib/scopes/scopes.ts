// A service owner's Maskinporten scopes and their grants to consumer organisations. The token endpoint
// issues a scope only to an org holding a grant (ScopeGrant), so revoking takes effect on the next token.
import { audit } from "../audit";
import { db } from "../db";
import { Problem } from "../problems/problem";
import { isValidOrgNo } from "../identifiers/orgno";
import { requireServiceOwnerOrg, type ServiceOwnerActor } from "../resources/service-owner";
import { scopeNameError } from "./scope-name";

export interface ScopeSummary {
  name: string;
  description: string;
  grants: { orgNo: string; orgName: string; created: string }[];
  resources: string[];
}

export async function listOwnScopes(actor: ServiceOwnerActor): Promise<ScopeSummary[]> {
  const rows = await db.maskinportenScope.findMany({
    where: { ownerOrgNo: actor.orgNo },
    include: { grants: { include: { org: { select: { name: true } } }, orderBy: { createdAt: "asc" } }, resources: { select: { identifier: true } } },
    orderBy: { name: "asc" },
  });
  return rows.map((s) => ({
    name: s.name,
    description: s.description,
    grants: s.grants.map((g) => ({ orgNo: g.orgNo, orgName: g.org.name, created: g.createdAt.toISOString() })),
    resources: s.resources.map((r) => r.identifier),
  }));
}

export async function createScope(actor: ServiceOwnerActor, input: { name: string; description: string }): Promise<void> {
  const owner = await requireServiceOwnerOrg(actor);
  const name = input.name.trim();
  const fault = scopeNameError(name, owner.orgCode);
  if (fault) throw new Problem(400, "SCOPE-00001", "Invalid scope name", fault);
  if (await db.maskinportenScope.findUnique({ where: { name }, select: { name: true } })) {
    throw new Problem(409, "SCOPE-00002", "Scope exists", `The scope '${name}' already exists.`);
  }
  await db.$transaction(async (tx) => {
    await tx.maskinportenScope.create({ data: { name, ownerOrgNo: owner.orgNo, description: input.description.trim().slice(0, 500) } });
    await audit(actor.audit, "scope.created", name, {}, tx);
  });
}

/** Another owner's scope is reported as missing, so names of others' scopes are not confirmed. */
async function requireOwnScope(actor: ServiceOwnerActor, name: string): Promise<void> {
  await requireServiceOwnerOrg(actor);
  const scope = await db.maskinportenScope.findUnique({ where: { name }, select: { ownerOrgNo: true } });
  if (!scope || scope.ownerOrgNo !== actor.orgNo) throw new Problem(404, "SCOPE-00003", "Scope not found", `You own no scope '${name}'.`);
}

export async function grantScope(actor: ServiceOwnerActor, name: string, consumerOrgNo: string): Promise<void> {
  await requireOwnScope(actor, name);
  const orgNo = consumerOrgNo.trim();
  if (!isValidOrgNo(orgNo)) throw new Problem(400, "SCOPE-00004", "Invalid organisation number", "An organisation number has 9 digits with a valid check digit.");
  if (!(await db.organization.findUnique({ where: { orgNo }, select: { orgNo: true } }))) {
    throw new Problem(400, "SCOPE-00005", "Unknown organisation", `No organisation ${orgNo} in Enhetsregisteret (the simulator's cast).`);
  }
  await db.$transaction(async (tx) => {
    await tx.scopeGrant.upsert({ where: { scope_orgNo: { scope: name, orgNo } }, create: { scope: name, orgNo }, update: {} });
    await audit(actor.audit, "scope.granted", name, { orgNo }, tx);
  });
}

export async function revokeScope(actor: ServiceOwnerActor, name: string, consumerOrgNo: string): Promise<void> {
  await requireOwnScope(actor, name);
  await db.$transaction(async (tx) => {
    const { count } = await tx.scopeGrant.deleteMany({ where: { scope: name, orgNo: consumerOrgNo } });
    if (count) await audit(actor.audit, "scope.revoked", name, { orgNo: consumerOrgNo }, tx);
  });
}

/** The service-owner code of an organisation (SKD), which decides its scope prefixes. */
export async function findOrganizationCode(orgNo: string): Promise<string | null> {
  const org = await db.organization.findUnique({ where: { orgNo }, select: { orgCode: true } });
  return org?.orgCode ?? null;
}
