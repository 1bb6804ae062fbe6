// What the vendor's system form offers: the registry's resources with the actions of their policies,
// the access package catalogue, and the vendor's own Maskinporten clients.
import { db } from "../db";
import { registrablePackageGroups, type PackageOptionGroup } from "../parties/package-options";
import { policyActions, toRuleData } from "../resources/policy";

export interface RightOption {
  resource: string;
  title: string;
  resourceType: string;
  actions: string[];
}

export async function listRightOptions(): Promise<RightOption[]> {
  const rows = await db.resource.findMany({ include: { policyRules: true }, orderBy: { identifier: "asc" } });
  return rows.map((r) => ({ resource: r.identifier, title: r.titleEn, resourceType: r.resourceType, actions: policyActions(r.policyRules.map(toRuleData)) }));
}

export function listPackageOptions(): PackageOptionGroup[] {
  return registrablePackageGroups();
}

export async function listVendorClients(orgNo: string): Promise<{ clientId: string; name: string }[]> {
  return db.maskinportenClient.findMany({ where: { orgNo }, select: { clientId: true, name: true }, orderBy: { name: "asc" } });
}
