// Who may use an owner's access lists: altinn-resource-registry AccessListsController's
// [ResourceOwnerFromRouteValue("owner")] with the AccessListRead/Write policies (ResourceRegistryHost.cs:
// scope, then UserOwnsResourceRequirement, OwnedResourceAuthorizationHandler.cs: the owner is the
// caller's org number, or the org code of a service owner with the caller's org number; the admin scope
// passes, ResourceOwnerExcemptScopesHandler.cs), then [OwnerMustBeOrgcodeFilter] (a registered org code,
// rewritten to its canonical spelling). Authorization runs before the filter: a stranger learns nothing.
import type { AuditActor } from "../audit";
import { db } from "../db";
import { isValidOrgNo } from "../identifiers/orgno";
import { StatusAnswer } from "../problems/problem";
import { AL_VLD, alValidation } from "./errors";

export interface AccessListActor {
  /** The organisation acting: the token's consumer, or the party the person acts for. */
  orgNo: string;
  /** altinn:resourceregistry/resource.admin: any owner's lists, any owner's resources. */
  admin: boolean;
  audit: AuditActor;
}

/** The canonical org code of a service owner as Altinn writes it (lowercase: "skd"). */
const canonical = (orgCode: string) => orgCode.toLowerCase();

/** Checks the actor may act for `owner` and returns the owner's canonical org code. */
export async function authorizeOwner(actor: AccessListActor, owner: string): Promise<string> {
  if (!actor.admin) {
    const allowed = isValidOrgNo(owner)
      ? owner === actor.orgNo
      : (await db.organization.findUnique({ where: { orgNo: actor.orgNo }, select: { orgCode: true } }))?.orgCode?.toLowerCase() === owner.toLowerCase();
    if (!allowed) throw new StatusAnswer(403);
  }
  const owners = await db.organization.findMany({ where: { orgCode: { not: null } }, select: { orgCode: true } });
  const match = owners.find((o) => o.orgCode!.toLowerCase() === owner.toLowerCase());
  if (!match) throw alValidation(AL_VLD.ownerNotOrgCode, ["/$PATH/owner"]);
  return canonical(match.orgCode!);
}

/** The org code of the service owner an organisation is (null when it is none). */
export async function orgCodeOf(orgNo: string): Promise<string | null> {
  const org = await db.organization.findUnique({ where: { orgNo }, select: { orgCode: true } });
  return org?.orgCode ? canonical(org.orgCode) : null;
}
