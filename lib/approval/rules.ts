// Who may approve, reject or escalate a system-user request (reference §3 "Approval by the end user").
// Pure: the caller loads the person's relation to the request's party and the resources' policies.
import { Problem } from "../problems/problem";
import { AUTH } from "../problems/auth";
import { accessPackageName } from "../parties/access-packages";
import { hasRelation, isAccessManager, mayDelegatePackage, type PartyRelation } from "../parties/roles";
import { permits, subjectsOf } from "../resources/policy";
import { isTimedOut } from "../requests/mapping";
import { expandRight, type RequestedRight, type ResourcePolicy } from "../system-users/rights";
import { now as clockNow } from "../clock";

export type RequestKind = "standard" | "agent";

/** A right or package the person cannot delegate, with Altinn's code for why. */
export interface MissingAccess {
  /** AUTH-00001: the resource is unknown or not delegable; AUTH-00016: no role or package gives the
   *  person the right; AUTH-00053: the person does not hold the access package. */
  code: "AUTH-00001" | "AUTH-00016" | "AUTH-00053";
  resource?: string;
  action?: string;
  accessPackage?: string;
}

export interface ApprovalAssessment {
  hasRelation: boolean;
  isAccessManager: boolean;
  missing: MissingAccess[];
  mayApprove: boolean;
  mayReject: boolean;
  /** "Send videre": anyone with a relation to the party may pass the request to its access managers. */
  mayEscalate: boolean;
}

export interface AssessInput {
  kind: RequestKind;
  relation: PartyRelation;
  rights: readonly RequestedRight[];
  accessPackages: readonly string[];
  policies: ReadonlyMap<string, ResourcePolicy>;
}

/** What the person lacks to delegate the request's rights and packages. */
export function missingAccess(input: Omit<AssessInput, "kind">): MissingAccess[] {
  const subjects = subjectsOf(input.relation);
  const missing: MissingAccess[] = [];
  for (const right of input.rights) {
    const policy = input.policies.get(right.resource);
    const pairs = expandRight(right, policy);
    if (!policy || !pairs || pairs.length === 0 || !policy.delegable) {
      missing.push({ code: "AUTH-00001", resource: right.resource, ...(right.action ? { action: right.action } : {}) });
      continue;
    }
    for (const p of pairs) {
      if (!permits(policy.rules, p.action, subjects)) missing.push({ code: "AUTH-00016", resource: p.resource, action: p.action });
    }
  }
  for (const urn of input.accessPackages) {
    if (!mayDelegatePackage(input.relation, urn)) missing.push({ code: "AUTH-00053", accessPackage: urn });
  }
  return missing;
}

export function assessApproval(input: AssessInput): ApprovalAssessment {
  const related = hasRelation(input.relation);
  const manager = isAccessManager(input.relation);
  // Agent requests carry packages for the clients: they are the clients' to give (each client delegates them to
  // the facilitator when it is added), so the facilitator's access manager need not hold them.
  const missing = input.kind === "agent" ? [] : missingAccess(input);
  return {
    hasRelation: related,
    isAccessManager: manager,
    missing,
    mayApprove: manager && missing.length === 0,
    mayReject: manager,
    mayEscalate: related,
  };
}

/** The problem an approval attempt meets, or null when the person may approve. */
export function approvalProblem(a: ApprovalAssessment): Problem | null {
  if (!a.isAccessManager) return notAccessManager();
  const first = a.missing[0];
  if (!first) return null;
  const detail = `You cannot delegate: ${a.missing.map(describeMissing).join("; ")}.`;
  // Statuses as Altinn's Authentication problem descriptors declare them (00001 and 00053 are 400s).
  if (first.code === "AUTH-00001") return new Problem(400, first.code, "One or more Right not found or not delegable.", detail);
  if (first.code === "AUTH-00053") return new Problem(400, first.code, "The user does not have enough access to delegate the requested access packages", detail);
  return new Problem(403, first.code, "DelegationCheck failed with error: Has not access by a delegation of role in ER or Altinn.", detail);
}

export function rejectionProblem(a: ApprovalAssessment): Problem | null {
  return a.isAccessManager ? null : notAccessManager();
}

export function escalationProblem(a: ApprovalAssessment): Problem | null {
  return a.mayEscalate ? null : notAccessManager();
}

function notAccessManager(): Problem {
  return AUTH.notAccessManager();
}

export function describeMissing(m: MissingAccess): string {
  if (m.accessPackage) return `access package ${accessPackageName(m.accessPackage)}`;
  return m.action ? `${m.action} on ${m.resource}` : `${m.resource}`;
}

/** Requests expire after 180 days (reference §3): a New request older than that is Timedout. */
export function effectiveStatus(status: string, created: Date, now: Date = clockNow()): string {
  return status === "New" && isTimedOut(created, now) ? "Timedout" : status;
}
