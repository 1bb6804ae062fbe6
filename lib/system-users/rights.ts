// Rights and access packages as a system, request or system user names them (reference §2–§4), and their
// expansion into the concrete (resource, action) pairs that are delegated. Pure.
import { policyActions, type PolicyRuleData } from "../resources/policy";

/** A requested right: one resource, and an action or (none) every action of the resource's policy. */
export interface RequestedRight {
  resource: string;
  action?: string;
}

/** What the approval and creation rules need to know about a resource. */
export interface ResourcePolicy {
  identifier: string;
  title: string;
  delegable: boolean;
  rules: PolicyRuleData[];
}

export interface RightPair {
  resource: string;
  action: string;
}

const RESOURCE_ATTRIBUTE = "urn:altinn:resource";

/** Reads stored rights JSON (`[{ action?, resource: [{ id, value }] }]`) defensively. */
export function parseRights(json: unknown): RequestedRight[] {
  if (!Array.isArray(json)) return [];
  const out: RequestedRight[] = [];
  for (const r of json) {
    if (!r || typeof r !== "object") continue;
    const attrs = (r as { resource?: unknown }).resource;
    const attr = Array.isArray(attrs) ? attrs.find((a) => a && a.id === RESOURCE_ATTRIBUTE && typeof a.value === "string") : undefined;
    if (!attr) continue;
    const action = (r as { action?: unknown }).action;
    out.push(typeof action === "string" && action !== "" ? { resource: attr.value, action } : { resource: attr.value });
  }
  return out;
}

/** Reads stored access packages JSON (`[{ urn }]`) defensively. */
export function parsePackages(json: unknown): string[] {
  if (!Array.isArray(json)) return [];
  const urns = json.map((p) => (p && typeof p === "object" ? (p as { urn?: unknown }).urn : undefined));
  return [...new Set(urns.filter((u): u is string => typeof u === "string"))];
}

/**
 * The concrete pairs a right stands for. A right without action means every action of the policy
 * (this is what Altinn delegates for it). Unknown resource → null (the right cannot be delegated).
 */
export function expandRight(right: RequestedRight, policy: ResourcePolicy | undefined): RightPair[] | null {
  if (!policy) return null;
  const actions = right.action ? [right.action] : policyActions(policy.rules);
  return actions.map((action) => ({ resource: right.resource, action }));
}

/** Every pair of every right, without duplicates, in a stable order. */
export function expandRights(rights: readonly RequestedRight[], policies: ReadonlyMap<string, ResourcePolicy>): RightPair[] {
  const seen = new Map<string, RightPair>();
  for (const r of rights) {
    for (const p of expandRight(r, policies.get(r.resource)) ?? []) seen.set(`${p.resource}|${p.action}`, p);
  }
  return [...seen.values()];
}

/** The action's word in the portal (read → "Read"). */
export function actionLabel(action: string): string {
  return action === "" ? action : action[0]!.toUpperCase() + action.slice(1);
}
