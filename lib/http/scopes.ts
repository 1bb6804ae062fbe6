// The one scope table: each API guard is exactly the real system's policy, and each endpoint names
// its policy (never a scope list of its own).
// Altinn/altinn-authentication src/Authentication/AuthenticationHost.cs (AddPolicy, RequireScopeAnyOf)
// with src/Core/Constants/AuthzConstants.cs; altinn-authorization-tmp Altinn.Authorization Program.cs
// (the PDP); altinn-resource-registry (resource and access-list writes).
export const SCOPE_POLICIES = {
  /** POLICY_SCOPE_SYSTEMREGISTER_WRITE: the System Register's vendor API and the vendor's system-user list. */
  systemRegisterWrite: ["altinn:authentication/systemregister.admin", "altinn:authentication/systemregister.write"],
  /** POLICY_SCOPE_SYSTEMUSERREQUEST_WRITE: creating and deleting requests; systemuser/vendor/byquery. */
  requestWrite: ["altinn:authentication/systemuser.request.write"],
  /** POLICY_SCOPE_SYSTEMUSERREQUEST_READ: every read of a request or change request. */
  requestRead: ["altinn:authentication/systemuser.request.read"],
  /** POLICY_SCOPE_SYSTEMUSERLOOKUP: Maskinporten's lookup (systemuser/byExternalId). */
  systemUserLookup: ["altinn:maskinporten/systemuser.read"],
  /** POLICY_SCOPE_PORTAL: the portal (BFF) reads, e.g. GET systemregister. */
  portal: ["altinn:portal/enduser"],
  /** POLICY_CLIENTDELEGATION_READ / _WRITE: the client administrator's API. */
  clientDelegationRead: ["altinn:clientdelegations.read"],
  clientDelegationWrite: ["altinn:clientdelegations.write"],
  /** The PDP's external authorize endpoint. */
  authorize: ["altinn:authorization/authorize", "altinn:authorization/authorize.admin"],
  /** The Resource Registry's writes. */
  resourceWrite: ["altinn:resourceregistry/resource.write"],
  /** POLICY_ACCESS_LIST_READ / _WRITE (altinn-resource-registry ResourceRegistryHost.cs), with UserOwnsResource (lib/access-lists/owner.ts). */
  accessListRead: [
    "altinn:resourceregistry/resource.admin",
    "altinn:resourceregistry/accesslist.read",
    "altinn:resourceregistry/accesslist.write",
    "altinn:resourceregistry/pdp:accesslist.read",
  ],
  accessListWrite: ["altinn:resourceregistry/resource.admin", "altinn:resourceregistry/accesslist.write"],
} as const satisfies Record<string, readonly string[]>;

export type ScopePolicy = keyof typeof SCOPE_POLICIES;

/** AuthenticationHelper.HasWriteAccess: the admin scope may act on any vendor's systems. */
export const SYSTEMREGISTER_ADMIN_SCOPE = "altinn:authentication/systemregister.admin";

/** ResourceOwnerExcemptScopesHandler: these scopes act for any resource owner. */
export const RESOURCE_OWNER_EXEMPT_SCOPES = ["altinn:resourceregistry/resource.admin", "altinn:resourceregistry/pdp:accesslist.read"] as const;
