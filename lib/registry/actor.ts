// The vendor behind an API call: the token's consumer (reference §6, last paragraph), audited by client id.
import type { VerifiedToken } from "../maskinporten/access-token";
import { SYSTEMREGISTER_ADMIN_SCOPE } from "../http/scopes";
import type { VendorActor } from "./problems";

/** AuthenticationHelper.HasAdminAccess: the token's scope string contains the admin scope (case-insensitive). */
export function vendorFromToken(token: VerifiedToken): VendorActor {
  const admin = token.scopes.join(" ").toLowerCase().includes(SYSTEMREGISTER_ADMIN_SCOPE.toLowerCase());
  return { vendorOrgNo: token.consumerOrgNo, audit: `client:${token.clientId}`, admin, clientId: token.clientId };
}

/** The vendor behind the vendor's pages: the org the developer acts for, audited by the person. */
export function vendorFromPerson(actor: { pid: string; party: { orgNo: string } }): VendorActor {
  return { vendorOrgNo: actor.party.orgNo, audit: `person:${actor.pid}` };
}

/** AuthenticationHelper.HasWriteAccess: the admin scope, or the system's own vendor. */
export function hasWriteAccess(actor: VendorActor, systemVendorOrgNo: string): boolean {
  return actor.admin === true || actor.vendorOrgNo === systemVendorOrgNo;
}
