// The System Register's validation rules as Altinn's SystemRegisterController runs them, as small pure
// functions returning the real AUTH.VLD-* errors: the titles of src/Core/Errors/ValidationErrors.cs,
// the paths of src/Authentication/Constants/ErrorPathConstant.cs, and the extensions the controller
// adds (e.g. "ResourceIds Not Found : "). The database facts they need are passed in.
import type { ValidationError } from "../problems/problem";
import { findAccessPackage } from "../parties/access-packages";
import type { SystemPackageInput, SystemRight } from "./schema";

/** ValidationErrors.cs: code and title of each System Register error. */
export const VLD = {
  orgIdentifier: { code: "AUTH.VLD-00000", title: "the org number identifier is not valid ISO6523 identifier" },
  systemIdFormat: { code: "AUTH.VLD-00001", title: "The system id does not match the format orgnumber_xxxx..." },
  systemIdExists: { code: "AUTH.VLD-00002", title: "The system id already exists" },
  resourceMissing: { code: "AUTH.VLD-00003", title: "One or more resources specified in rights were not found in Altinn's resource register." },
  clientIdTaken: { code: "AUTH.VLD-00004", title: "One of the client id is already tagged with an existing system" },
  redirectUrlFormat: { code: "AUTH.VLD-00005", title: "One or more of the redirect urls format is not valid. The valid format is https://xxx.xx" },
  rightDuplicate: { code: "AUTH.VLD-00006", title: "One or more duplicate rights found" },
  packageDuplicate: { code: "AUTH.VLD-00007", title: "One or more duplicate access package(s) found" },
  packageInvalid: { code: "AUTH.VLD-00008", title: "One or all the accesspackage(s) is not found in altinn's access packages or is not delegable" },
  resourceIdFormat: { code: "AUTH.VLD-00009", title: "One or more resource id is in wrong format. The valid format is urn:altinn:resource" },
  clientIdDuplicate: { code: "AUTH.VLD-00011", title: "Request contains duplicate client ids" },
  systemIdMismatch: { code: "AUTH.VLD-00012", title: "The system ID in the request body does not match the system ID in the URL" },
  systemIdSpaces: { code: "AUTH.VLD-00013", title: "System ID cannot have spaces in id (leading, trailing or in between the id)" },
  resourceNotDelegable: { code: "AUTH.VLD-00017", title: "One or more resources specified in rights is of resource type which is not delegable." },
  clientPackageVisible: {
    code: "AUTH.VLD-00018",
    title: "Access packages meant for system user for client relations can't be used in combination with the flag isVisible: true",
  },
} as const;

/** ErrorPathConstant.cs */
export const PATH = {
  id: "/registersystemrequest/systemid",
  vendorId: "/registersystemrequest/vendor/id",
  rights: "/registersystemrequest/rights/resource",
  accessPackages: "/registersystemrequest/accesspackages",
  clientId: "/registersystemrequest/clientid",
  redirectUrls: "/registersystemrequest/allowedredirecturls",
} as const;

export const RESOURCE_ATTRIBUTE = "urn:altinn:resource";
/** SystemRegisterService.WhitelistedResourceTypes: the resource types a right may name (else VLD-00017). */
export const DELEGABLE_RESOURCE_TYPES = ["AltinnApp", "Systemresource", "Default", "CorrespondenceService", "BrokerService", "GenericAccessResource", "MigratedApp"];

type Descriptor = { code: string; title: string };
export const validationError = (d: Descriptor, path: string, extensions?: Record<string, unknown>): ValidationError => ({
  code: d.code,
  title: d.title,
  paths: [path],
  ...(extensions ? { extensions } : {}),
});

/**
 * `vendor.ID` is "0192:<orgno>" (AuthenticationHelper.IsValidOrgIdentifier checks the 0192 authority
 * only; GetOrgNumber takes what follows the colon). "0192" without an org number makes the real
 * controller throw (500); here it is VLD-00000 too.
 */
export function readVendorOrgNo(vendorId: string): { orgNo: string } | { error: ValidationError } {
  const [authority, orgNo] = vendorId.split(":");
  return authority === "0192" && orgNo ? { orgNo } : { error: validationError(VLD.orgIdentifier, PATH.vendorId) };
}

/** HasSpaceInId (VLD-00013) and DoesSystemIdStartWithOrgnumber: the part before the first "_" is the vendor (VLD-00001). */
export function validateSystemId(id: string, vendorOrgNo: string): ValidationError[] {
  const errors: ValidationError[] = [];
  if (id.includes(" ")) errors.push(validationError(VLD.systemIdSpaces, PATH.id));
  if (id.split("_")[0] !== vendorOrgNo) errors.push(validationError(VLD.systemIdFormat, PATH.id));
  return errors;
}

/** Absolute https URLs (IsValidRedirectUrl); the simulator also allows http on localhost/127.0.0.1 (local testing). */
export function isAllowedRedirectUrl(value: string): boolean {
  let u: URL;
  try {
    u = new URL(value);
  } catch {
    return false;
  }
  if (u.protocol === "https:") return u.hostname !== "";
  return u.protocol === "http:" && (u.hostname === "localhost" || u.hostname === "127.0.0.1");
}

export function validateRedirectUrls(urls: readonly string[]): ValidationError[] {
  return urls.every(isAllowedRedirectUrl) ? [] : [validationError(VLD.redirectUrlFormat, PATH.redirectUrls)];
}

const listed = (label: string, items: string[]) => ({ [label]: items.join(" | ") });

/**
 * SystemRegisterController.ValidateRights with SystemRegisterService.GetInvalidResourceIdsDetailed: every
 * attribute of every right is checked (a right may name several resources); attribute id not
 * `urn:altinn:resource` (VLD-00009), resource unknown (VLD-00003), type not delegable (VLD-00017), each
 * listing the values; then duplicate rights, action and resources alike (VLD-00006).
 * `resourceTypes`: the type of each resource the Resource Registry has, by identifier.
 */
export function validateRights(rights: readonly SystemRight[], resourceTypes: ReadonlyMap<string, string>): ValidationError[] {
  const invalidFormat: string[] = [];
  const notFound: string[] = [];
  const notDelegable: string[] = [];
  for (const a of rights.flatMap((r) => r.resource)) {
    if (a.id !== RESOURCE_ATTRIBUTE) invalidFormat.push(a.value);
    else if (!resourceTypes.has(a.value)) notFound.push(a.value);
    else if (!DELEGABLE_RESOURCE_TYPES.includes(resourceTypes.get(a.value)!)) notDelegable.push(a.value);
  }
  const errors: ValidationError[] = [];
  if (invalidFormat.length) errors.push(validationError(VLD.resourceIdFormat, PATH.rights, listed("Invalid Resource Id Details : ", invalidFormat)));
  if (notFound.length) errors.push(validationError(VLD.resourceMissing, PATH.rights, listed("ResourceIds Not Found : ", notFound)));
  if (notDelegable.length) errors.push(validationError(VLD.resourceNotDelegable, PATH.rights, listed("ResourceIds Not Delegable : ", notDelegable)));
  const keys = rights.map((r) => `${r.action ?? ""}:${r.resource.map((a) => `${a.id}:${a.value}`).join(",")}`);
  if (new Set(keys).size !== keys.length) errors.push(validationError(VLD.rightDuplicate, PATH.rights));
  return errors;
}

/**
 * SystemRegisterController.ValidateAccessPackages with GetInvalidAccessPackageUrnsDetailed: VLD-00008 for a
 * urn that is empty or has fewer than four ':'-parts, is not in Altinn's catalogue, or is neither delegable
 * nor assignable (e.g. `eksplisitt`, the vergemål packages), its extension listing them; then duplicates
 * (VLD-00007); then packages that cannot be assigned directly (the client packages, meant for agent
 * system users) on a visible system (VLD-00018).
 */
export function validateAccessPackages(packages: readonly SystemPackageInput[], isVisible: boolean): ValidationError[] {
  const urns = packages.map((p) => p.urn ?? "");
  const invalidFormat = urns.filter((u) => u === "" || u.split(":").length < 4);
  const found = urns.filter((u) => !invalidFormat.includes(u)).map((u) => ({ urn: u, pkg: findAccessPackage(u) }));
  const notFound = found.filter((f) => !f.pkg).map((f) => f.urn);
  const notDelegable = found.filter((f) => f.pkg && !f.pkg.isDelegable && !f.pkg.isAssignable).map((f) => f.urn);
  const nonAssignable = found.filter((f) => f.pkg && !f.pkg.isAssignable).map((f) => f.urn);
  const errors: ValidationError[] = [];
  if (invalidFormat.length || notFound.length || notDelegable.length) {
    const details = [
      ...(invalidFormat.length ? [`Invalid format: ${invalidFormat.join(", ")}`] : []),
      ...(notFound.length ? [`Not found: ${notFound.join(", ")}`] : []),
      ...(notDelegable.length ? [`Not possible to delegate: ${notDelegable.join(", ")}`] : []),
    ];
    errors.push(validationError(VLD.packageInvalid, PATH.accessPackages, { "Invalid Urn Details : ": details.join(" | ") }));
  }
  if (new Set(urns).size !== urns.length) errors.push(validationError(VLD.packageDuplicate, PATH.accessPackages));
  if (isVisible && nonAssignable.length) errors.push(validationError(VLD.clientPackageVisible, PATH.accessPackages));
  return errors;
}

export interface ClientIdFacts {
  /** Client ids held by other live systems. */
  takenByOtherSystem: ReadonlySet<string>;
  /** Client ids the simulator's Maskinporten knows, with the org that owns each. */
  ownerOrg: ReadonlyMap<string, string>;
}

/**
 * POST (ValidateRegisteredSystem): one VLD-00004 when any client id is on a system. PUT
 * (ValidateClientIds): duplicates in the body (VLD-00011, case-insensitive), then one VLD-00004 per
 * client id on another live system. The simulator also refuses (VLD-00004) a client id its Maskinporten
 * knows under another organisation, so a vendor cannot squat a competitor's client id.
 */
export function validateClientIds(clientIds: readonly string[], vendorOrgNo: string, facts: ClientIdFacts, mode: "create" | "update"): ValidationError[] {
  const errors: ValidationError[] = [];
  const lower = clientIds.map((c) => c.toLowerCase());
  if (mode === "update" && new Set(lower).size !== lower.length) errors.push(validationError(VLD.clientIdDuplicate, PATH.clientId));
  const refused = clientIds.filter((c) => facts.takenByOtherSystem.has(c) || (facts.ownerOrg.get(c) ?? vendorOrgNo) !== vendorOrgNo);
  if (mode === "create") return refused.length ? [...errors, validationError(VLD.clientIdTaken, PATH.clientId)] : errors;
  return [...errors, ...refused.map(() => validationError(VLD.clientIdTaken, PATH.clientId))];
}
