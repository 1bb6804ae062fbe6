// The System Register's answers other than validation problems, as SystemRegisterController gives
// them: bare statuses and plain strings, not problem details.
import { BindingProblem, StatusAnswer } from "../problems/problem";
import type { AuditActor } from "../audit";

/** Who acts on the System Register: the vendor org (token consumer, or the org a developer acts for). */
export interface VendorActor {
  vendorOrgNo: string;
  /** Audit identity: `client:<id>` for API calls, `person:<pid>` for the vendor's pages. */
  audit: AuditActor;
  /** `altinn:authentication/systemregister.admin`: may act on any vendor's systems (AuthenticationHelper.HasWriteAccess). */
  admin?: boolean;
  /** The Maskinporten client of the call, recorded in the changelog (`client_id`). */
  clientId?: string;
}

/** GET /vendor/{systemId}: `NotFound()`. */
export const systemNotFound = () => new StatusAnswer(404);

/** PUT /vendor/{systemId} (unknown system, or body vendor ≠ stored vendor), PUT rights/accesspackages (simulator). */
export const systemNotFoundText = (systemId: string) => new StatusAnswer(404, `System with ID '${systemId}' not found.`);

/** GET /vendor/{systemId}/changelog */
export const changelogSystemNotFound = (systemId: string) => new StatusAnswer(404, `System with ID ${systemId} not found.`);

/** DELETE /vendor/{systemId}: `ModelState.AddModelError("return", "System not found"); return ValidationProblem(ModelState)`. */
export const deleteSystemNotFound = () => new BindingProblem({ return: ["System not found"] });

/** Another vendor's system, or a vendor.ID that is not the caller: `Forbid()`, a bare 403. */
export const forbidden = () => new StatusAnswer(403);

export const systemDeleted = () => new StatusAnswer(400, "Cannot update a system marked as deleted.");

/** POST /vendor: a unique-key violation on insert (a race past the VLD-00002/00004 checks). */
export const systemConflict = (systemId: string) => new StatusAnswer(409, `The System already exist: ${systemId}`);
