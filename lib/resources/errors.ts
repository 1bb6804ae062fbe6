// The Resource Registry's answers. Where ResourceController answers a bare status or a string, so does
// the simulator (resourceNotFound, resourceExists, ...). The real registry answers validation faults as
// ASP.NET problem details without stable codes; the simulator gives each fault an "RR-000NN" code in
// the style of Altinn's AUTH codes so that tests and vendors can switch on them (listed in the README).
import { Problem, StatusAnswer, type ValidationError } from "../problems/problem";

export const RR = {
  /** A field of the resource or policy is invalid (400, with validationErrors). */
  invalid: "RR-00001",
  /** The caller is not the resource's competent authority, or not a service owner at all (403). */
  notAuthority: "RR-00004",
  /** The resource is still named by a live system or delegated to a live system user (409). */
  inUse: "RR-00006",
} as const;

export function rrValidationProblem(errors: ValidationError[]): Problem {
  return new Problem(400, RR.invalid, "One or more validation errors occurred.", errors[0]?.detail, errors);
}

// Altinn/altinn-resource-registry src/Altinn.ResourceRegistry/Controllers/ResourceController.cs: Get, Put
// and Delete answer an unknown resource with NotFound(); Post's unique-key conflict and Put's identifier
// check are strings through [Produces("application/json")].
export const resourceNotFound = (_identifier?: string) => new StatusAnswer(404);
export const resourceExists = (id: string) => new StatusAnswer(409, `The Resource already exist: ${id}`, true);
export const identifierMismatch = () => new StatusAnswer(400, "Id in path does not match ID in resource", true);

/** A body that is not JSON is an RR-00001 validation problem too (lib/http/api.ts readJson). */
export function resourceBodyInvalid(detail: string): Problem {
  return rrValidationProblem([{ code: RR.invalid, detail, paths: ["/"] }]);
}
