// Loads a system-user request as the person who opened its confirmUrl sees it: the request, the person's
// relation to the request's party and what that lets them do. Only the person is trusted, never a form.
import { db } from "../db";
import { localizedColumn, type Locale } from "../i18n/locale";
import { Problem } from "../problems/problem";
import { AUTH } from "../problems/auth";
import { accessPackageName } from "../parties/access-packages";
import { loadRelation } from "../parties/relations";
import type { PartyRelation } from "../parties/roles";
import { loadPolicies } from "../system-users/policies";
import { expandRight, parsePackages, parseRights, type RequestedRight, type ResourcePolicy } from "../system-users/rights";
import { assessApproval, effectiveStatus, type ApprovalAssessment, type RequestKind } from "./rules";
import { now as clockNow } from "../clock";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface RequestView {
  id: string;
  kind: RequestKind;
  status: string;
  escalated: boolean;
  created: string;
  integrationTitle: string;
  externalRef: string;
  redirectUrl: string | null;
  party: { orgNo: string; name: string };
  system: { id: string; name: string; description: string; isDeleted: boolean };
  vendor: { orgNo: string; name: string };
  rights: { resource: string; title: string; description: string; actions: string[] }[];
  accessPackages: { urn: string; name: string }[];
}

export interface LoadedRequest {
  view: RequestView;
  relation: PartyRelation;
  assessment: ApprovalAssessment;
  rights: RequestedRight[];
  packages: string[];
  policies: Map<string, ResourcePolicy>;
}

export function requestNotFound(kind: RequestKind): Problem {
  return kind === "agent"
    ? new Problem(404, "AUTH-00030", "The Id does not refer to an AgentRequest in our system.")
    : AUTH.requestNotFound();
}

/**
 * Altinn checks a requested right against the system's on its resource only, not its action
 * (SystemUserService.ValidateRights), so the request stores whatever action the vendor wrote. What is
 * delegated is what the system registered for those resources: never more than the system's rights.
 */
function registeredRightsFor(requested: readonly RequestedRight[], registered: readonly RequestedRight[]): RequestedRight[] {
  const wanted = new Set(requested.map((r) => r.resource));
  return registered.filter((r) => wanted.has(r.resource));
}

/** The request of this kind with the person's assessment; AUTH-00010/00030 when there is none. */
export async function loadRequest(pid: string, id: string, kind: RequestKind, now = clockNow(), locale: Locale = "en"): Promise<LoadedRequest> {
  if (!UUID.test(id)) throw requestNotFound(kind);
  const row = await db.systemUserRequest.findUnique({
    where: { id: id.toLowerCase() },
    include: { party: true, system: { include: { vendor: true } } },
  });
  if (!row || row.kind !== kind) throw requestNotFound(kind);
  const rights = kind === "standard" ? registeredRightsFor(parseRights(row.rights), parseRights(row.system.rights)) : [];
  const packages = parsePackages(row.accessPackages);
  const [relation, policies] = await Promise.all([loadRelation(pid, row.partyOrgNo), loadPolicies(rights.map((r) => r.resource))]);
  const assessed = assessApproval({ kind, relation, rights, accessPackages: packages, policies });
  // A system the vendor has deleted gets no new system users (AUTH-00011); the request can still be rejected.
  const assessment = row.system.isDeleted ? { ...assessed, mayApprove: false } : assessed;
  const texts = await resourceTexts(rights.map((r) => r.resource), locale);
  const view: RequestView = {
    id: row.id,
    kind,
    status: effectiveStatus(row.status, row.created, now),
    escalated: row.escalated,
    created: row.created.toISOString(),
    integrationTitle: row.integrationTitle || row.system.nameNb,
    externalRef: row.externalRef,
    redirectUrl: row.redirectUrl,
    party: { orgNo: row.party.orgNo, name: row.party.name },
    system: { id: row.system.id, name: localizedColumn(row.system, "name", locale), description: localizedColumn(row.system, "description", locale), isDeleted: row.system.isDeleted },
    vendor: { orgNo: row.system.vendor.orgNo, name: row.system.vendor.name },
    rights: rights.map((r) => {
      const policy = policies.get(r.resource);
      return {
        resource: r.resource,
        title: texts.get(r.resource)?.title || policy?.title || r.resource,
        description: texts.get(r.resource)?.description ?? "",
        actions: (expandRight(r, policy) ?? (r.action ? [{ action: r.action }] : [])).map((p) => p.action),
      };
    }),
    accessPackages: packages.map((urn) => ({ urn, name: accessPackageName(urn, locale) })),
  };
  return { view, relation, assessment, rights, packages, policies };
}

/** Resource titles and right descriptions in the page's language (the registry holds nb, nn and en). */
export async function resourceTexts(ids: string[], locale: Locale): Promise<Map<string, { title: string; description: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await db.resource.findMany({ where: { identifier: { in: ids } } });
  return new Map(rows.map((r) => [r.identifier, { title: localizedColumn(r, "title", locale), description: localizedColumn(r, "rightDescription", locale) }]));
}
