// The Resource Registry (reference §8): resources of service owners. Writes are checked against the
// competent authority here, so the API and the service-owner pages cannot differ.
import { audit } from "../audit";
import { db } from "../db";
import { Problem } from "../problems/problem";
import type { Prisma } from "../generated/prisma/client";
import { RR, identifierMismatch, resourceExists, resourceNotFound, rrValidationProblem } from "./errors";
import type { ResourceInput } from "./resource-input";
import type { PolicyRuleInput } from "./policy-input";
import { replacePolicy } from "./policy-store";
import { requireOwnResource, requireServiceOwnerOrg, type ServiceOwnerActor, type ServiceOwnerOrg } from "./service-owner";

type Langs = { nb: string; nn: string; en: string };

export interface ResourceJson {
  identifier: string;
  title: Langs;
  description: Langs;
  rightDescription: Langs;
  hasCompetentAuthority: { organization: string; orgcode: string; name: string };
  resourceType: string;
  delegable: boolean;
  visible: boolean;
  resourceReferences: { referenceSource: "Default"; reference: string; referenceType: "MaskinportenScope" }[];
  accessListMode: string;
  status: string;
}

const withOwner = { owner: { select: { orgNo: true, orgCode: true, name: true } } } as const;
type ResourceRow = Prisma.ResourceGetPayload<{ include: typeof withOwner }>;

function toJson(r: ResourceRow): ResourceJson {
  return {
    identifier: r.identifier,
    title: { nb: r.titleNb, nn: r.titleNn, en: r.titleEn },
    description: { nb: r.descriptionNb, nn: r.descriptionNn, en: r.descriptionEn },
    rightDescription: { nb: r.rightDescriptionNb, nn: r.rightDescriptionNn, en: r.rightDescriptionEn },
    hasCompetentAuthority: { organization: r.owner.orgNo, orgcode: r.owner.orgCode ?? "", name: r.owner.name },
    resourceType: r.resourceType,
    delegable: r.delegable,
    visible: r.visible,
    resourceReferences: r.maskinportenScope ? [{ referenceSource: "Default", reference: r.maskinportenScope, referenceType: "MaskinportenScope" }] : [],
    accessListMode: r.accessListMode,
    status: r.status,
  };
}

function columns(input: ResourceInput) {
  return {
    titleNb: input.title.nb,
    titleNn: input.title.nn,
    titleEn: input.title.en,
    descriptionNb: input.description.nb,
    descriptionNn: input.description.nn,
    descriptionEn: input.description.en,
    rightDescriptionNb: input.rightDescription.nb,
    rightDescriptionNn: input.rightDescription.nn,
    rightDescriptionEn: input.rightDescription.en,
    resourceType: input.resourceType,
    delegable: input.delegable,
    visible: input.visible,
    accessListMode: input.accessListMode,
    status: input.status,
    maskinportenScope: input.maskinportenScope,
  };
}

/** The public list (GET resourcelist): every resource, by identifier. */
export async function listResources(ownerOrgNo?: string): Promise<ResourceJson[]> {
  const rows = await db.resource.findMany({ where: ownerOrgNo ? { ownerOrgNo } : {}, include: withOwner, orderBy: { identifier: "asc" } });
  return rows.map(toJson);
}

export async function findResource(identifier: string): Promise<ResourceJson | null> {
  const row = await db.resource.findUnique({ where: { identifier }, include: withOwner });
  return row ? toJson(row) : null;
}

export async function getResource(identifier: string): Promise<ResourceJson> {
  const r = await findResource(identifier);
  if (!r) throw resourceNotFound();
  return r;
}

/** The body's authority (if sent) must be the caller; a referenced scope must be the caller's own. */
async function checkInput(owner: ServiceOwnerOrg, input: ResourceInput): Promise<void> {
  if (input.authorityOrgNo !== null && input.authorityOrgNo !== owner.orgNo) {
    throw new Problem(403, RR.notAuthority, "Forbidden", "hasCompetentAuthority.organization must be the caller's own organisation.");
  }
  if (input.maskinportenScope) {
    const scope = await db.maskinportenScope.findUnique({ where: { name: input.maskinportenScope }, select: { ownerOrgNo: true } });
    if (scope?.ownerOrgNo !== owner.orgNo) {
      throw rrValidationProblem([{ code: RR.invalid, detail: `'${input.maskinportenScope}' is not a Maskinporten scope of ${owner.name}.`, paths: ["/resourceReferences/0/reference"] }]);
    }
  }
}

/**
 * Registers a resource; with `rules` (the editor page), its policy too, in the same transaction. Through
 * the API a resource starts without a policy, as in Altinn (the policy is uploaded apart).
 */
export async function createResource(actor: ServiceOwnerActor, input: ResourceInput, rules?: PolicyRuleInput[]): Promise<void> {
  const owner = await requireServiceOwnerOrg(actor);
  await checkInput(owner, input);
  if (await db.resource.findUnique({ where: { identifier: input.identifier }, select: { identifier: true } })) throw resourceExists(input.identifier);
  await db.$transaction(async (tx) => {
    await tx.resource.create({ data: { identifier: input.identifier, ownerOrgNo: owner.orgNo, ...columns(input) } });
    if (rules) await replacePolicy(tx, input.identifier, rules);
    await audit(actor.audit, "resource.created", input.identifier, rules ? { rules: rules.length } : {}, tx);
  });
}

/** Replaces the resource; with `rules`, its policy too, in the same transaction (the editor page). */
export async function updateResource(actor: ServiceOwnerActor, identifier: string, input: ResourceInput, rules?: PolicyRuleInput[]): Promise<void> {
  const owner = await requireServiceOwnerOrg(actor);
  await requireOwnResource(owner, identifier);
  if (input.identifier !== identifier) throw identifierMismatch();
  await checkInput(owner, input);
  await db.$transaction(async (tx) => {
    await tx.resource.update({ where: { identifier }, data: columns(input) });
    if (rules) await replacePolicy(tx, identifier, rules);
    await audit(actor.audit, "resource.updated", identifier, rules ? { rules: rules.length } : {}, tx);
  });
}

/**
 * ResourceController.Put checks, before it validates the body: the resource exists (else NotFound()),
 * then the body's identifier is the path's (else 400 "Id in path does not match ID in resource").
 */
export async function checkPutTarget(identifier: string, body: unknown): Promise<void> {
  if (!(await db.resource.findUnique({ where: { identifier }, select: { identifier: true } }))) throw resourceNotFound();
  const sent = typeof body === "object" && body !== null ? (body as { identifier?: unknown }).identifier : undefined;
  if (sent !== identifier) throw identifierMismatch();
}

/** Live systems naming the resource in their rights, and live system users holding a right to it. */
export async function resourceUsage(identifier: string): Promise<{ systems: string[]; systemUsers: number }> {
  const systems = await db.registeredSystem.findMany({ where: { isDeleted: false }, select: { id: true, rights: true } });
  const naming = systems.filter((s) => JSON.stringify(s.rights ?? []).includes(JSON.stringify(identifier))).map((s) => s.id);
  const systemUsers = await db.systemUserRight.count({ where: { resource: identifier, systemUser: { isDeleted: false } } });
  return { systems: naming, systemUsers };
}

// Deleting a resource that systems still name or system users still hold would leave rights pointing
// at nothing: refused with 409 until the systems drop it and the system users are deleted.
export async function deleteResource(actor: ServiceOwnerActor, identifier: string): Promise<void> {
  const owner = await requireServiceOwnerOrg(actor);
  await requireOwnResource(owner, identifier);
  const usage = await resourceUsage(identifier);
  if (usage.systems.length || usage.systemUsers) {
    const parts = [usage.systems.length ? `systems ${usage.systems.join(", ")}` : "", usage.systemUsers ? `${usage.systemUsers} live system-user right(s)` : ""].filter(Boolean);
    throw new Problem(409, RR.inUse, "Conflict", `Resource '${identifier}' is still in use by ${parts.join(" and ")}.`);
  }
  await db.$transaction(async (tx) => {
    await tx.resource.delete({ where: { identifier } });
    await audit(actor.audit, "resource.deleted", identifier, {}, tx);
  });
}

/** For the service-owner pages: the resource if `actor` owns it, else null (another owner's is a 404 there). */
export async function findOwnResource(actor: ServiceOwnerActor, identifier: string): Promise<ResourceJson | null> {
  const r = await findResource(identifier);
  return r && r.hasCompetentAuthority.organization === actor.orgNo ? r : null;
}
