// The pure checks of a new request against its system (reference §3), with Altinn's AUTH codes.
import { Problem } from "../problems/problem";
import { findAccessPackage, type AccessPackage } from "../parties/access-packages";
import type { SystemPackage, SystemRight } from "../registry/schema";

export const REQ = {
  partyNotFound: "AUTH-00000",
  rightsNotOnSystem: "AUTH-00001",
  systemUserExists: "AUTH-00004",
  redirectNotAllowed: "AUTH-00021",
  noRedirectOnSystem: "AUTH-00026",
  agentNeedsPackage: "AUTH-00058",
  nothingRequested: "AUTH-00059",
  packageNotOnSystem: "AUTH-00063",
  clientPackageOnStandard: "AUTH-00064",
  nonClientPackageOnAgent: "AUTH-00065",
} as const;

const bad = (code: string, title: string, detail?: string) => new Problem(400, code, title, detail);

/** The redirect URL must equal one of the system's on scheme, host (with port) and path; the query is the vendor's. */
export function checkRedirectUrl(redirectUrl: string, allowed: readonly string[]): void {
  if (allowed.length === 0) throw bad(REQ.noRedirectOnSystem, "No redirect uris are set for the system");
  const key = (s: string) => {
    try {
      const u = new URL(s);
      return `${u.protocol}//${u.host}${u.pathname}`;
    } catch {
      return null;
    }
  };
  const wanted = key(redirectUrl);
  if (!wanted || !allowed.some((a) => key(a) === wanted)) {
    throw bad(REQ.redirectNotAllowed, "The RedirectUri was not found or not valid.", `'${redirectUrl}' matches none of the system's allowedRedirectUrls on scheme, host and path.`);
  }
}

/**
 * SystemUserService.ValidateRights: never more rights than the system has; each requested right must fully
 * match one of the system's on its resource attribute pairs (same count, every system pair present).
 * `action` is not compared, so a right is stored as the vendor sent it (AUTH-00001 otherwise).
 */
export function checkRequestedRights(requested: readonly SystemRight[], systemRights: readonly SystemRight[]): SystemRight[] {
  const refuse = () => bad(REQ.rightsNotOnSystem, "One or more Right not found or not delegable.");
  if (requested.length > systemRights.length) throw refuse();
  const samePair = (a: { id: string; value: string }, b: { id: string; value: string }) => a.id === b.id && a.value === b.value;
  for (const r of requested) {
    const top = r.resource[0];
    const fullMatch = (s: SystemRight) =>
      s.resource.some((p) => top !== undefined && samePair(p, top)) &&
      s.resource.length === r.resource.length &&
      s.resource.every((p) => r.resource.some((q) => samePair(p, q)));
    if (!systemRights.some(fullMatch)) throw refuse();
  }
  return [...requested];
}

/**
 * SystemUserService.ValidateAccessPackages: more packages than the system has, or any not on the system,
 * is AUTH-00063 (NotFoundPackages); then any the kind cannot take is AUTH-00064 (standard) or AUTH-00065
 * (agent) (NotDelegablePackages). Standard requests take assignable packages; agent requests delegable ones.
 */
export function checkPackages(kind: "standard" | "agent", requested: readonly SystemPackage[], systemPackages: readonly SystemPackage[]): SystemPackage[] {
  const notFoundTitle = "One or more accesspackage is not found in the referenced system in the System Register.";
  // the count check comes first and counts duplicates
  if (requested.length > systemPackages.length) throw bad(REQ.packageNotOnSystem, notFoundTitle);
  const registered = new Set(systemPackages.map((p) => p.urn));
  const notFound = requested.filter((p) => !registered.has(p.urn)).map((p) => p.urn);
  if (notFound.length) throw withExtension(bad(REQ.packageNotOnSystem, notFoundTitle), "NotFoundPackages", notFound);
  // standard: assignable packages (AUTH-00064); agent: delegable ones (AUTH-00065), from Altinn's catalogue
  const allowed = (p: AccessPackage | undefined) => (p ? (kind === "agent" ? p.isDelegable : p.isAssignable) : false);
  const notDelegable = requested.filter((p) => !allowed(findAccessPackage(p.urn))).map((p) => p.urn);
  if (notDelegable.length) {
    const problem =
      kind === "agent"
        ? bad(REQ.nonClientPackageOnAgent, "One or more access packages cannot be delegated because they are not intended for client relationships")
        : bad(REQ.clientPackageOnStandard, "One or more access packages cannot be delegated. Either they are intended for clients or they cannot be delegated further.");
    throw withExtension(problem, "NotDelegablePackages", notDelegable);
  }
  return [...new Set(requested.map((p) => p.urn))].map((urn) => ({ urn }));
}

function withExtension(p: Problem, key: string, urns: string[]): Problem {
  return new Problem(p.status, p.code, p.title, undefined, undefined, { [key]: urns.join(", ") });
}
