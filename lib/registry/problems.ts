// The System Register's non-validation problems, with Altinn's codes.
import { Problem, type ValidationError } from "../problems/problem";
import type { AuditActor } from "../audit";

/** Who acts on the System Register: the vendor org (token consumer, or the org a developer acts for). */
export interface VendorActor {
  vendorOrgNo: string;
  /** Audit identity: `client:<id>` for API calls, `person:<pid>` for the vendor's pages. */
  audit: AuditActor;
}

export function systemNotFound(systemId: string): Problem {
  return new Problem(404, "AUTH-00011", "The Id does not refer to a Registered System.", `No registered system '${systemId}'.`);
}

/**
 * Altinn answers a vendor touching another vendor's system with a bare 403 (Forbid). System ids are public
 * (GET /systemregister), so the 403 tells nothing a 404 would hide. The simulator adds the generic
 * forbidden code that withApi also uses.
 */
export function notSystemVendor(systemId: string): Problem {
  return new Problem(403, "AUTH-00024", "Forbidden", `The system '${systemId}' belongs to another vendor than the organisation of the access token.`);
}

export function vendorMismatch(): Problem {
  return new Problem(403, "AUTH-00024", "Forbidden", "vendor.ID must be the organisation of the access token (its consumer).");
}

export function systemIdExists(systemId: string): Problem {
  const e: ValidationError = { code: "AUTH.VLD-00002", detail: `The system id '${systemId}' already exists.`, paths: ["/registersystemrequest/id"] };
  return new Problem(409, e.code, "The system id already exists", e.detail, [e]);
}
