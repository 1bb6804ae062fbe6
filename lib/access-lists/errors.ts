// The access-list API's problem codes, the real ones: altinn-resource-registry
// src/Altinn.ResourceRegistry.Core/Errors/Problems.cs (RR-000NN) and ValidationErrors.cs (RR.VLD-000NN,
// inside a 400 STD-00000).
import { Problem, validationProblem } from "../problems/problem";

export const AL_VLD = {
  replaceTooMany: { code: "RR.VLD-00000", title: "Cannot replace more than 100 members at a time. Use POST and DELETE methods instead." },
  addRemoveTooMany: { code: "RR.VLD-00001", title: "Cannot add or remove more than 100 members at a time." },
  includeResourceMissing: { code: "RR.VLD-00002", title: "Resource identifier is required when including resource connections." },
  ownerNotOrgCode: { code: "RR.VLD-00010", title: "Access list owner must be a valid and registered org-code." },
} as const;

export function alValidation(e: { code: string; title: string }, paths: string[]): Problem {
  return validationProblem([{ code: e.code, title: e.title, paths }]);
}

/** Problems.AccessList_IncludeMembers_NotImplemented */
export const includeMembersNotImplemented = () => new Problem(501, "RR-00000", "Members are not supported yet as an include option for this endpoint.");
/** Problems.PartyReference_NotFound */
export const partyNotFound = () => new Problem(400, "RR-00001", "One or more party references not found.");
/** Problems.ResourceReference_NotFound */
export const resourceReferenceNotFound = () => new Problem(400, "RR-00002", "One or more resource references not found.");
/** Problems.AccessList_References_OtherServiceOwners_Resource */
export const otherOwnersResource = () =>
  new Problem(403, "RR-00004", "Cannot create a access-list connection to a resource not owned by the same service-owner as the access-list.");
