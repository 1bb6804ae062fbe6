// Client relations (reference §5): the Enhetsregisteret roles that make an org a client of a
// facilitator, and the client access packages each role gives the facilitator.

const PKG = "urn:altinn:accesspackage:";

export const ER_CLIENT_ROLES = {
  REGN: {
    urn: "urn:altinn:external-role:ccr:regnskapsforer",
    title: "Regnskapsfører",
    packages: [`${PKG}regnskapsforer-med-signeringsrettighet`, `${PKG}regnskapsforer-uten-signeringsrettighet`, `${PKG}regnskapsforer-lonn`],
  },
  REVI: {
    urn: "urn:altinn:external-role:ccr:revisor",
    title: "Revisor",
    packages: [`${PKG}ansvarlig-revisor`, `${PKG}revisormedarbeider`],
  },
  FFOR: {
    urn: "urn:altinn:external-role:ccr:forretningsforer",
    title: "Forretningsfører",
    packages: [`${PKG}forretningsforer-eiendom`],
  },
} as const;

export type ErClientRole = keyof typeof ER_CLIENT_ROLES;

/** Every client access package: the only packages an agent system user may hold (AUTH-00065). */
export const CLIENT_PACKAGES: readonly string[] = Object.values(ER_CLIENT_ROLES).flatMap((r) => r.packages);

export function isClientPackage(urn: string): boolean {
  return CLIENT_PACKAGES.includes(urn);
}

export function isErClientRole(code: string): code is ErClientRole {
  return Object.hasOwn(ER_CLIENT_ROLES, code);
}

/** The packages a client gives its facilitator through its ER roles plus direct package delegations. */
export function packagesGivenByClient(erRoleCodes: readonly string[], directPackages: readonly string[]): string[] {
  const fromRoles = erRoleCodes.filter(isErClientRole).flatMap((c) => ER_CLIENT_ROLES[c].packages);
  return [...new Set([...fromRoles, ...directPackages])];
}
