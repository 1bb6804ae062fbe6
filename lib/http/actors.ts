// The actors behind an API call, built from the caller's verified token: HTTP glue, so that the domain
// folders take plain actors and never read tokens themselves.
import type { VerifiedToken } from "../maskinporten/access-token";
import type { VendorActor } from "../registry/problems";
import type { ServiceOwnerActor } from "../resources/service-owner";
import type { AccessListActor } from "../access-lists/owner";
import { RESOURCE_OWNER_EXEMPT_SCOPES, SYSTEMREGISTER_ADMIN_SCOPE } from "./scopes";

/**
 * The vendor: the token's consumer (reference §6), audited by client id. AuthenticationHelper.HasAdminAccess:
 * the token's scope string contains the admin scope (case-insensitive).
 */
export function vendorFromToken(token: VerifiedToken): VendorActor {
  const admin = token.scopes.join(" ").toLowerCase().includes(SYSTEMREGISTER_ADMIN_SCOPE.toLowerCase());
  return { vendorOrgNo: token.consumerOrgNo, audit: `client:${token.clientId}`, admin, clientId: token.clientId };
}

/** The service owner: the token's consumer, audited as the Maskinporten client. */
export function serviceOwnerFromToken(token: VerifiedToken): ServiceOwnerActor {
  return { orgNo: token.consumerOrgNo, audit: `client:${token.clientId}` };
}

/** The access-list caller: the token's consumer; the exempt scopes act for any owner. */
export function accessListActorFromToken(token: VerifiedToken): AccessListActor {
  const admin = RESOURCE_OWNER_EXEMPT_SCOPES.some((s) => token.scopes.includes(s));
  return { orgNo: token.consumerOrgNo, admin, audit: `client:${token.clientId}` };
}
