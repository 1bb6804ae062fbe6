// The System Register's validation rules (reference §2), as small pure functions that return the real
// AUTH.VLD-* codes with the paths Altinn reports them under. The database facts they need (which
// resources exist, which client ids are taken) are passed in, so each rule is unit-tested on its own.
import type { ValidationError } from "../problems/problem";
import { parseIso6523OrgId } from "../identifiers/orgno";
import { findAccessPackage } from "../parties/access-packages";
import type { SystemRight, SystemPackage } from "./schema";

export const VLD = {
  orgIdentifier: "AUTH.VLD-00000",
  systemIdFormat: "AUTH.VLD-00001",
  systemIdExists: "AUTH.VLD-00002",
  resourceMissing: "AUTH.VLD-00003",
  clientIdTaken: "AUTH.VLD-00004",
  redirectUrlFormat: "AUTH.VLD-00005",
  rightDuplicate: "AUTH.VLD-00006",
  packageDuplicate: "AUTH.VLD-00007",
  packageUnknown: "AUTH.VLD-00008",
  resourceIdFormat: "AUTH.VLD-00009",
  clientIdDuplicate: "AUTH.VLD-00011",
  systemIdMismatch: "AUTH.VLD-00012",
  systemIdSpaces: "AUTH.VLD-00013",
  resourceTypeRefused: "AUTH.VLD-00017",
  clientPackageVisible: "AUTH.VLD-00018",
} as const;

export const PATH = {
  id: "/registersystemrequest/id",
  vendorId: "/registersystemrequest/vendor/id",
  rights: "/registersystemrequest/rights/resource",
  accessPackages: "/registersystemrequest/accesspackages",
  clientId: "/registersystemrequest/clientid",
  redirectUrls: "/registersystemrequest/allowedredirecturls",
} as const;

export const RESOURCE_ATTRIBUTE = "urn:altinn:resource";
/** Resource types a system may not name as a right (Altinn refuses them in the System Register). */
export const REFUSED_RESOURCE_TYPES = ["MaskinportenSchema", "Altinn2Service", "Consent"] as const;

const err = (code: string, detail: string, path: string): ValidationError => ({ code, detail, paths: [path] });

/** The vendor's org number from `vendor.ID` ("0192:<orgno>"), or a VLD-00000 error. */
export function readVendorOrgNo(vendorId: string): { orgNo: string } | { error: ValidationError } {
  const orgNo = parseIso6523OrgId(vendorId);
  return orgNo ? { orgNo } : { error: err(VLD.orgIdentifier, "The org number identifier is not a valid ISO 6523 identifier (0192:<9 digits>).", PATH.vendorId) };
}

/**
 * `<vendorOrgNo>_<name>`. Whitespace anywhere is VLD-00013 (the real rule). The simulator also keeps the
 * name to URL-safe characters, since the id is a path segment of every vendor endpoint.
 */
export function validateSystemId(id: string, vendorOrgNo: string): ValidationError[] {
  if (/\s/.test(id)) return [err(VLD.systemIdSpaces, "The system id cannot contain spaces (leading, trailing or in between).", PATH.id)];
  if (!id.startsWith(`${vendorOrgNo}_`) || !/^\d{9}_[A-Za-z0-9._-]+$/.test(id)) {
    return [err(VLD.systemIdFormat, `The system id must have the format ${vendorOrgNo}_<name> (letters, digits, '.', '_' or '-').`, PATH.id)];
  }
  return [];
}

/** Absolute https URLs; http only on localhost/127.0.0.1 (simulator: local testing). No fragments. */
export function isAllowedRedirectUrl(value: string): boolean {
  let u: URL;
  try {
    u = new URL(value);
  } catch {
    return false;
  }
  if (u.hash || u.username || u.password) return false;
  if (u.protocol === "https:") return u.hostname !== "";
  return u.protocol === "http:" && (u.hostname === "localhost" || u.hostname === "127.0.0.1");
}

export function validateRedirectUrls(urls: readonly string[]): ValidationError[] {
  const bad = urls.filter((u) => !isAllowedRedirectUrl(u));
  return bad.length ? [err(VLD.redirectUrlFormat, `Redirect URLs must be absolute https URLs (http only for localhost): ${bad.join(", ")}`, PATH.redirectUrls)] : [];
}

/** Every right names exactly one resource attribute `urn:altinn:resource`; no duplicates; resources exist and may be named. */
export function validateRights(rights: readonly SystemRight[], resourceTypes: ReadonlyMap<string, string>): ValidationError[] {
  const errors: ValidationError[] = [];
  const malformed = rights.filter((r) => r.resource.length !== 1 || r.resource[0]?.id !== RESOURCE_ATTRIBUTE || !r.resource[0]?.value);
  if (malformed.length) errors.push(err(VLD.resourceIdFormat, `Each right names exactly one resource with attribute id '${RESOURCE_ATTRIBUTE}'.`, PATH.rights));
  const values = rights.flatMap((r) => (r.resource[0]?.id === RESOURCE_ATTRIBUTE && r.resource[0].value ? [{ value: r.resource[0].value, action: r.action ?? "" }] : []));
  const missing = values.filter((v) => !resourceTypes.has(v.value)).map((v) => v.value);
  if (missing.length) errors.push(err(VLD.resourceMissing, `Not found in the Resource Registry: ${[...new Set(missing)].join(", ")}`, PATH.rights));
  const keys = values.map((v) => `${v.value}\u0000${v.action}`);
  if (new Set(keys).size !== keys.length) errors.push(err(VLD.rightDuplicate, "One or more duplicate rights found.", PATH.rights));
  const refused = values.filter((v) => (REFUSED_RESOURCE_TYPES as readonly string[]).includes(resourceTypes.get(v.value) ?? "")).map((v) => v.value);
  if (refused.length) errors.push(err(VLD.resourceTypeRefused, `Resources of type ${REFUSED_RESOURCE_TYPES.join(", ")} cannot be rights of a system: ${refused.join(", ")}`, PATH.rights));
  return errors;
}

/**
 * The real rule and order (altinn-authentication SystemRegisterController.ValidateAccessPackages and
 * SystemRegisterService.GetInvalidAccessPackageUrnsDetailed): VLD-00008 for a urn that is empty or has fewer
 * than four ':'-parts, is not in the catalogue, or is neither delegable nor assignable (e.g. `eksplisitt`,
 * the vergemål packages); then VLD-00007 for duplicates; then VLD-00018 when the system is visible and a
 * package is not assignable (the client packages, meant for agent system users).
 */
export function validateAccessPackages(packages: readonly SystemPackage[], isVisible: boolean): ValidationError[] {
  const errors: ValidationError[] = [];
  const urns = packages.map((p) => p.urn);
  const invalidFormat = urns.filter((u) => u.split(":").length < 4);
  const found = urns.filter((u) => !invalidFormat.includes(u)).map((u) => ({ urn: u, pkg: findAccessPackage(u) }));
  const notFound = found.filter((f) => !f.pkg).map((f) => f.urn);
  const notDelegable = found.filter((f) => f.pkg && !f.pkg.isDelegable && !f.pkg.isAssignable).map((f) => f.urn);
  const nonAssignable = found.filter((f) => f.pkg && !f.pkg.isAssignable).map((f) => f.urn);
  if (invalidFormat.length || notFound.length || notDelegable.length) {
    const details = [
      invalidFormat.length ? `Invalid format: ${invalidFormat.join(", ")}` : "",
      notFound.length ? `Not found: ${notFound.join(", ")}` : "",
      notDelegable.length ? `Not possible to delegate: ${notDelegable.join(", ")}` : "",
    ].filter(Boolean);
    errors.push(err(VLD.packageUnknown, `One or all the accesspackage(s) is not found in altinn's access packages or is not delegable. ${details.join(" | ")}`, PATH.accessPackages));
  }
  if (new Set(urns).size !== urns.length) errors.push(err(VLD.packageDuplicate, "One or more duplicate access package(s) found", PATH.accessPackages));
  if (isVisible && nonAssignable.length) {
    errors.push(err(VLD.clientPackageVisible, `Access packages meant for system user for client relations can't be used in combination with the flag isVisible: true (${nonAssignable.join(", ")}).`, PATH.accessPackages));
  }
  return errors;
}

export interface ClientIdFacts {
  /** Client ids held by other live systems. */
  takenByOtherSystem: ReadonlySet<string>;
  /** Client ids the simulator's Maskinporten knows, with the org that owns each. */
  ownerOrg: ReadonlyMap<string, string>;
}

/**
 * No duplicates (VLD-00011); a client id on at most one live system (VLD-00004). The simulator also refuses
 * a client id that its Maskinporten knows under another organisation (VLD-00004): otherwise a vendor could
 * squat a competitor's client id and block its registration. Unknown ids are accepted, as in Altinn.
 */
export function validateClientIds(clientIds: readonly string[], vendorOrgNo: string, facts: ClientIdFacts): ValidationError[] {
  const errors: ValidationError[] = [];
  if (new Set(clientIds).size !== clientIds.length) errors.push(err(VLD.clientIdDuplicate, "The request contains duplicate client ids.", PATH.clientId));
  const taken = [...new Set(clientIds)].filter((c) => facts.takenByOtherSystem.has(c));
  if (taken.length) errors.push(err(VLD.clientIdTaken, `Already tagged with an existing system: ${taken.join(", ")}`, PATH.clientId));
  const foreign = [...new Set(clientIds)].filter((c) => !facts.takenByOtherSystem.has(c) && (facts.ownerOrg.get(c) ?? vendorOrgNo) !== vendorOrgNo);
  if (foreign.length) errors.push(err(VLD.clientIdTaken, `Maskinporten clients of another organisation: ${foreign.join(", ")}`, PATH.clientId));
  return errors;
}
