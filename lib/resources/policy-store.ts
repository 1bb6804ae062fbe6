// A resource's policy in the database (PolicyRule rows, in order), read and replaced as a whole.
import { audit } from "../audit";
import { db, type Tx } from "../db";
import { resourceNotFound } from "./errors";
import { toRuleData } from "./policy";
import type { PolicyRuleInput } from "./policy-input";
import { requireOwnResource, requireServiceOwnerOrg, type ServiceOwnerActor } from "./service-owner";

export interface PolicyJson {
  resource: string;
  rules: PolicyRuleInput[];
}

export async function getPolicy(identifier: string): Promise<PolicyJson> {
  const resource = await db.resource.findUnique({
    where: { identifier },
    select: { policyRules: { orderBy: { position: "asc" } } },
  });
  if (!resource) throw resourceNotFound(identifier);
  return { resource: identifier, rules: resource.policyRules.map((r) => ({ ...toRuleData(r), description: r.description })) };
}

export async function replacePolicy(tx: Tx, identifier: string, rules: PolicyRuleInput[]): Promise<void> {
  await tx.policyRule.deleteMany({ where: { resourceId: identifier } });
  for (const [position, r] of rules.entries()) {
    await tx.policyRule.create({ data: { resourceId: identifier, position, description: r.description, subjects: r.subjects, actions: r.actions } });
  }
}

// A new policy takes effect on the next decision: delegated rights stay, but the PDP only honours a
// right whose action some rule of the current policy still names (lib/pdp/evaluate.ts).
export async function putPolicy(actor: ServiceOwnerActor, identifier: string, rules: PolicyRuleInput[]): Promise<PolicyJson> {
  const owner = await requireServiceOwnerOrg(actor);
  await requireOwnResource(owner, identifier);
  await db.$transaction(async (tx) => {
    await replacePolicy(tx, identifier, rules);
    await audit(actor.audit, "resource.policy.updated", identifier, { rules: rules.length }, tx);
  });
  return getPolicy(identifier);
}
