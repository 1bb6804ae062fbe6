// What the vendor's system form offers: the registry's resources with the actions of their policies,
// the access package catalogue, and the vendor's own Maskinporten clients.
import { db } from "../db";
import { localizedColumn, type Locale } from "../i18n/locale";
import { registrablePackageGroups, type PackageOptionGroup } from "../parties/package-options";
import { policyActions, toRuleData } from "../resources/policy";
import type { VendorClientOption } from "./client-hint";

export interface RightOption {
  resource: string;
  title: string;
  resourceType: string;
  actions: string[];
}

export async function listRightOptions(locale: Locale): Promise<RightOption[]> {
  const rows = await db.resource.findMany({ include: { policyRules: true }, orderBy: { identifier: "asc" } });
  return rows.map((r) => ({ resource: r.identifier, title: localizedColumn(r, "title", locale), resourceType: r.resourceType, actions: policyActions(r.policyRules.map(toRuleData)) }));
}

export function listPackageOptions(locale: Locale): PackageOptionGroup[] {
  return registrablePackageGroups(locale);
}

export async function listVendorClients(orgNo: string): Promise<VendorClientOption[]> {
  const clients = await db.maskinportenClient.findMany({ where: { orgNo }, select: { clientId: true, name: true }, orderBy: { name: "asc" } });
  const taken = await db.systemClientId.findMany({ where: { clientId: { in: clients.map((c) => c.clientId) } }, select: { clientId: true, systemId: true } });
  return clients.map((c) => ({ ...c, systemId: taken.find((t) => t.clientId === c.clientId)?.systemId ?? null }));
}
