// The Resource Registry's problem codes. The real registry answers validation faults as ASP.NET
// problem details without stable codes; the simulator gives each fault an "RR-000NN" code in the style
// of Altinn's AUTH codes so that tests and vendors can switch on them (listed in the README).
import { Problem, type ValidationError } from "../problems/problem";

export const RR = {
  /** A field of the resource or policy is invalid (400, with validationErrors). */
  invalid: "RR-00001",
  /** A resource with this identifier already exists (409). */
  duplicate: "RR-00002",
  /** No resource with this identifier (404). */
  notFound: "RR-00003",
  /** The caller is not the resource's competent authority, or not a service owner at all (403). */
  notAuthority: "RR-00004",
  /** The identifier in the body differs from the one in the path (400). */
  idMismatch: "RR-00005",
  /** The resource is still named by a live system or delegated to a live system user (409). */
  inUse: "RR-00006",
} as const;

export function rrValidationProblem(errors: ValidationError[]): Problem {
  return new Problem(400, RR.invalid, "One or more validation errors occurred.", errors[0]?.detail, errors);
}

export function resourceNotFound(id: string): Problem {
  return new Problem(404, RR.notFound, "Not Found", `No resource with identifier '${id}'.`);
}

/** A body that is not JSON is an RR-00001 validation problem too (lib/http/api.ts readJson). */
export function resourceBodyInvalid(detail: string): Problem {
  return rrValidationProblem([{ code: RR.invalid, detail, paths: ["/"] }]);
}
