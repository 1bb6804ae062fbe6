// The vendor behind the vendor's pages, and the System Register's write-access rule. (The vendor behind
// an API call is built from its token in lib/http/actors.ts.)
import type { VendorActor } from "./problems";

/** The vendor behind the vendor's pages: the org the developer acts for, audited by the person. */
export function vendorFromPerson(actor: { pid: string; party: { orgNo: string } }): VendorActor {
  return { vendorOrgNo: actor.party.orgNo, audit: `person:${actor.pid}` };
}

/** AuthenticationHelper.HasWriteAccess: the admin scope, or the system's own vendor. */
export function hasWriteAccess(actor: VendorActor, systemVendorOrgNo: string): boolean {
  return actor.admin === true || actor.vendorOrgNo === systemVendorOrgNo;
}
