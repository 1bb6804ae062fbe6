// The pure checks of a new request against its system (reference §3), with Altinn's AUTH codes.
import { Problem } from "../problems/problem";
import { findAccessPackage, type AccessPackage } from "../parties/access-packages";
import type { SystemPackage, SystemRight } from "../registry/schema";
import { RESOURCE_ATTRIBUTE } from "../registry/validate";

export const REQ = {
  partyNotFound: "AUTH-00000",
  rightsNotOnSystem: "AUTH-00001",
  systemUserExists: "AUTH-00004",
  requestNotFound: "AUTH-00010",
  systemNotFound: "AUTH-00011",
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

const rightKey = (r: SystemRight) => `${r.resource[0]?.value ?? ""}\u0000${r.action ?? ""}`;

/**
 * Each requested right must be one of the system's (AUTH-00001). A right named without action stands for
 * what the system registered for that resource, so a request can never delegate more than the system's rights.
 */
export function normalizeRequestedRights(requested: readonly SystemRight[], systemRights: readonly SystemRight[]): SystemRight[] {
  const out = new Map<string, SystemRight>();
  for (const r of requested) {
    const attr = r.resource.length === 1 && r.resource[0]?.id === RESOURCE_ATTRIBUTE ? r.resource[0] : undefined;
    const matching = attr ? systemRights.filter((s) => s.resource[0]?.value === attr.value) : [];
    let chosen: SystemRight[] = matching;
    if (attr && r.action) {
      const allowed = matching.some((s) => !s.action || s.action === r.action);
      chosen = allowed ? [{ action: r.action, resource: [{ id: RESOURCE_ATTRIBUTE, value: attr.value }] }] : [];
    }
    if (chosen.length === 0) {
      throw bad(REQ.rightsNotOnSystem, "One or more Right not found or not delegable.", `Not a right of the system: ${JSON.stringify(r)}`);
    }
    for (const c of chosen) out.set(rightKey(c), c);
  }
  return [...out.values()];
}

const dedupe = (urns: readonly string[]) => [...new Set(urns)].map((urn) => ({ urn }));

/**
 * The real rule (altinn-authentication SystemUserService.ValidateAccessPackages): more packages requested
 * than the system has, or any not on the system, is AUTH-00063; then each package must be assignable for a
 * standard request (AUTH-00064: client packages and the like are not) or delegable for an agent request
 * (AUTH-00065: e.g. tilgangsstyrer, hovedadministrator, klientadministrator are not).
 */
function checkPackages(requested: readonly SystemPackage[], systemPackages: readonly SystemPackage[], allowed: (p: AccessPackage) => boolean, refusal: { code: string; title: string }): SystemPackage[] {
  const urns = requested.map((p) => p.urn);
  const registered = new Set(systemPackages.map((p) => p.urn));
  const missing = urns.filter((u) => !registered.has(u));
  if (urns.length > systemPackages.length || missing.length) {
    throw bad(REQ.packageNotOnSystem, "One or more accesspackage is not found in the referenced system in the System Register.", missing.length ? `NotFoundPackages: ${missing.join(", ")}` : undefined);
  }
  const refused = urns.filter((u) => {
    const p = findAccessPackage(u);
    return !p || !allowed(p);
  });
  if (refused.length) throw bad(refusal.code, refusal.title, `NotDelegablePackages: ${refused.join(", ")}`);
  return dedupe(urns);
}

/** Standard: packages of the system (AUTH-00063) that are assignable (AUTH-00064). */
export function checkStandardPackages(requested: readonly SystemPackage[], systemPackages: readonly SystemPackage[]): SystemPackage[] {
  return checkPackages(requested, systemPackages, (p) => p.isAssignable, {
    code: REQ.clientPackageOnStandard,
    title: "One or more access packages cannot be delegated. Either they are intended for clients or they cannot be delegated further.",
  });
}

/** Agent: at least one package (AUTH-00058), of the system (AUTH-00063), delegable (AUTH-00065). */
export function checkAgentPackages(requested: readonly SystemPackage[], systemPackages: readonly SystemPackage[]): SystemPackage[] {
  if (requested.length === 0) throw bad(REQ.agentNeedsPackage, "No AccessPackages found, an Agent SystemUser must have at least one");
  return checkPackages(requested, systemPackages, (p) => p.isDelegable, {
    code: REQ.nonClientPackageOnAgent,
    title: "One or more access packages cannot be delegated because they are not intended for client relationships",
  });
}
