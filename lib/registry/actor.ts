// The vendor behind an API call: the token's consumer (reference §6, last paragraph), audited by client id.
import type { VerifiedToken } from "../maskinporten/access-token";
import type { VendorActor } from "./problems";

export function vendorFromToken(token: VerifiedToken): VendorActor {
  return { vendorOrgNo: token.consumerOrgNo, audit: `client:${token.clientId}` };
}

/** The vendor behind the vendor's pages: the org the developer acts for, audited by the person. */
export function vendorFromPerson(actor: { pid: string; party: { orgNo: string } }): VendorActor {
  return { vendorOrgNo: actor.party.orgNo, audit: `person:${actor.pid}` };
}
