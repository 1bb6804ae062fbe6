// Client relations (reference §5): the Enhetsregisteret roles that make an org a client of a facilitator,
// and the client access packages each role gives the facilitator. The packages come from Altinn's own
// role-to-package rows (access-packages.ts, IngestRolePackage.cs): REGN gives the three regnskapsfører
// packages, REVI ansvarlig-revisor and revisormedarbeider, FFØR forretningsforer-eiendom (for ESEK and BRL
// clients). These are the three customer relations Altinn's Authentication knows
// (altinn-authentication src/Integration/Clients/PartiesClient.cs: regnskapsforer, revisor, forretningsforer).
import { isClientPackage, ROLE_PACKAGES } from "./access-packages";

function clientRole(urn: string, title: string) {
  const packages = [...new Set(ROLE_PACKAGES.filter((r) => r.role === urn && r.hasAccess && isClientPackage(r.package)).map((r) => r.package))];
  if (packages.length === 0) throw new Error(`no client packages for ${urn} in the catalogue`);
  return { urn, title, packages };
}

export const ER_CLIENT_ROLES = {
  REGN: clientRole("urn:altinn:external-role:ccr:regnskapsforer", "Regnskapsfører"),
  REVI: clientRole("urn:altinn:external-role:ccr:revisor", "Revisor"),
  FFOR: clientRole("urn:altinn:external-role:ccr:forretningsforer", "Forretningsfører"),
} as const;

export type ErClientRole = keyof typeof ER_CLIENT_ROLES;

/** Every package a client relation gives: the client packages of the catalogue. */
export const CLIENT_PACKAGES: readonly string[] = Object.values(ER_CLIENT_ROLES).flatMap((r) => r.packages);

export { isClientPackage };

export function isErClientRole(code: string): code is ErClientRole {
  return Object.hasOwn(ER_CLIENT_ROLES, code);
}

/** The packages a client gives its facilitator through its ER roles plus direct package delegations. */
export function packagesGivenByClient(erRoleCodes: readonly string[], directPackages: readonly string[]): string[] {
  const fromRoles = erRoleCodes.filter(isErClientRole).flatMap((c) => ER_CLIENT_ROLES[c].packages);
  return [...new Set([...fromRoles, ...directPackages])];
}
