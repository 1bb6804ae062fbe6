// Loads what the approval and creation rules need about resources: title, delegable and policy rules.
import { db, type Tx } from "../db";
import { toRuleData } from "../resources/policy";
import type { ResourcePolicy } from "./rights";

export async function loadPolicies(resourceIds: readonly string[], tx: Tx | typeof db = db): Promise<Map<string, ResourcePolicy>> {
  const rows = await tx.resource.findMany({
    where: { identifier: { in: [...new Set(resourceIds)] } },
    include: { policyRules: { orderBy: { position: "asc" } } },
  });
  return new Map(
    rows.map((r) => [
      r.identifier,
      { identifier: r.identifier, title: r.titleEn, delegable: r.delegable, rules: r.policyRules.map(toRuleData) },
    ]),
  );
}
