// Who may do what in an organisation, from the person's roles and access packages there.
// Pure: the data is loaded by lib/parties/relations.ts.
import { packagesDelegableByRole } from "./access-packages";

export const ROLE = {
  /** Daglig leder (Enhetsregisteret). */
  DAGL: "DAGL",
  /** Styrets leder (Enhetsregisteret). */
  LEDE: "LEDE",
  /** Innehaver: the owner of a sole proprietorship (ENK), a person (Enhetsregisteret). */
  INNH: "INNH",
  /** Employee without any rights of its own (Aa-registeret); may escalate requests. */
  ANSATT: "ANSATT",
  /** Simulator role: administers a service owner's resources and scopes (Altinn Studio's resource team). */
  RESSURSADMIN: "RESSURSADMIN",
  /** Simulator role: a system vendor's developer (Maskinporten self-service and the System Register). */
  UTVIKLER: "UTVIKLER",
} as const;

/** The Enhetsregisteret roles of the cast as Altinn's role urns (RoleConstants.cs). */
const ER_ROLE_URNS: Record<string, string> = {
  DAGL: "urn:altinn:external-role:ccr:daglig-leder",
  LEDE: "urn:altinn:external-role:ccr:styreleder",
  INNH: "urn:altinn:external-role:ccr:innehaver",
};

const PKG = "urn:altinn:accesspackage:";
export const PACKAGE = {
  tilgangsstyrer: `${PKG}tilgangsstyrer`,
  hovedadministrator: `${PKG}hovedadministrator`,
  klientadministrator: `${PKG}klientadministrator`,
} as const;

export const AREAS = ["serviceOwner", "vendor", "endUser", "clientAdmin"] as const;
export type Area = (typeof AREAS)[number];

/** Where each role area lives; its name and summary are Shell.area.<area> and Shell.areaSummary.<area>. */
export const AREA_INFO: Record<Area, { path: string }> = {
  serviceOwner: { path: "/serviceowner" },
  vendor: { path: "/vendor" },
  endUser: { path: "/accessmanagement/ui/systemuser/overview" },
  clientAdmin: { path: "/accessmanagement/ui/clientadministration" },
};

/** A person's relation to one organisation, and the facts about the organisation that the rules need. */
export interface PartyRelation {
  orgNo: string;
  roles: readonly string[];
  packages: readonly string[];
  orgIsServiceOwner: boolean;
  /** The org holds a REGN, REVI or FFØR role for some client in Enhetsregisteret. */
  orgIsFacilitator: boolean;
}

export function hasRelation(r: PartyRelation): boolean {
  return r.roles.length > 0 || r.packages.length > 0;
}

/**
 * May the person delegate this package (to a system user)? When they hold it themselves, or when one of
 * their Enhetsregisteret roles may delegate it by Altinn's role-to-package rows (a daglig leder may delegate
 * 133 packages, e.g. krav-og-utlegg, but no client package).
 */
export function mayDelegatePackage(r: PartyRelation, urn: string): boolean {
  return r.packages.includes(urn) || r.roles.some((code) => ER_ROLE_URNS[code] !== undefined && packagesDelegableByRole(ER_ROLE_URNS[code]).includes(urn));
}

/** The packages that make a person an access manager (either one); pages name them to whoever lacks both. */
export const ACCESS_MANAGER_PACKAGES = [PACKAGE.tilgangsstyrer, PACKAGE.hovedadministrator] as const;

/** Access manager ("tilgangsstyrer"): may approve requests and manage the org's system users. */
export function isAccessManager(r: PartyRelation): boolean {
  return ACCESS_MANAGER_PACKAGES.some((p) => r.packages.includes(p));
}

/** What a person lacks to administer the org's clients: the package, or (for a facilitator) the DAGL role. */
export interface ClientAdministratorGap {
  accessPackage: string;
  /** Set when the org has clients: being its daglig leder would do too. */
  orRole?: string;
  /** The org holds no client role in Enhetsregisteret, so it has no clients to administer by role. */
  orgHasNoClients: boolean;
}

/** Client administrator: the klientadministrator package, or the daglig leder of a facilitator; null when so. */
export function clientAdministratorGap(r: PartyRelation): ClientAdministratorGap | null {
  if (r.packages.includes(PACKAGE.klientadministrator)) return null;
  if (r.orgIsFacilitator && r.roles.includes(ROLE.DAGL)) return null;
  return { accessPackage: PACKAGE.klientadministrator, ...(r.orgIsFacilitator ? { orRole: ROLE.DAGL } : {}), orgHasNoClients: !r.orgIsFacilitator };
}

export function isClientAdministrator(r: PartyRelation): boolean {
  return clientAdministratorGap(r) === null;
}

export function mayEnterArea(area: Area, r: PartyRelation): boolean {
  switch (area) {
    case "serviceOwner":
      return r.orgIsServiceOwner && r.roles.includes(ROLE.RESSURSADMIN);
    case "vendor":
      return r.roles.includes(ROLE.UTVIKLER);
    case "endUser":
      return isAccessManager(r);
    case "clientAdmin":
      return isClientAdministrator(r);
  }
}

export function allowedAreas(r: PartyRelation): Area[] {
  return AREAS.filter((a) => mayEnterArea(a, r));
}
