// A resource's policy in the database: the XACML file as uploaded (ResourcePolicyFile, the source of
// truth, served back byte for byte) and its PolicyRule rows (the parsed projection the PDP and the
// approval rules read), always written together in one transaction.
import { audit } from "../audit";
import { db, type Tx } from "../db";
import { StatusAnswer } from "../problems/problem";
import { toRuleData } from "./policy";
import type { PolicyRuleInput } from "./policy-input";
import { requireServiceOwnerOrg, type ServiceOwnerActor } from "./service-owner";
import { PolicyRefused, parseXacmlPolicy, type XacmlPolicy } from "./xacml-policy";
import { projectRules } from "./xacml-views";
import { writePolicyXml } from "./xacml-write";

/** The file's text: UTF-8 (a byte-order mark is skipped, as XmlReader does); other bytes are refused. */
export function policyText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new PolicyRefused("The policy file is not UTF-8 text.");
  }
}

/** Parses, stores the file and replaces the rows; PolicyRefused (nothing written) when it is not accepted. */
export async function storePolicyFile(tx: Tx, identifier: string, bytes: Uint8Array): Promise<XacmlPolicy> {
  const policy = parseXacmlPolicy(policyText(bytes), identifier);
  const xml = new Uint8Array(bytes);
  await tx.resourcePolicyFile.upsert({ where: { resourceId: identifier }, create: { resourceId: identifier, xml }, update: { xml } });
  await tx.policyRule.deleteMany({ where: { resourceId: identifier } });
  for (const [position, r] of projectRules(policy).entries()) {
    await tx.policyRule.create({ data: { resourceId: identifier, position, description: r.description, subjects: r.subjects, actions: r.actions } });
  }
  return policy;
}

/** The service owner's form: its rules written as a XACML file, stored as an uploaded one would be. */
export function replacePolicy(tx: Tx, identifier: string, rules: PolicyRuleInput[]): Promise<XacmlPolicy> {
  return storePolicyFile(tx, identifier, Buffer.from(writePolicyXml(identifier, rules), "utf8"));
}

/** The stored file, or why there is none: no such resource, or a resource without a policy. */
export async function getPolicyFile(identifier: string): Promise<Uint8Array | "no-resource" | "no-policy"> {
  const r = await db.resource.findUnique({ where: { identifier }, select: { policyFile: { select: { xml: true } } } });
  if (!r) return "no-resource";
  return r.policyFile ? r.policyFile.xml : "no-policy";
}

/** The stored policy parsed (it was checked when stored), or null when the resource has none. */
export async function readPolicy(identifier: string): Promise<XacmlPolicy | null> {
  const file = await getPolicyFile(identifier);
  return typeof file === "string" ? null : parseXacmlPolicy(policyText(file), identifier);
}

/** For the service owner's page: the rules (the rows) and the file as text. */
export async function getPolicyForEditor(identifier: string): Promise<{ rules: PolicyRuleInput[]; xml: string | null }> {
  const r = await db.resource.findUnique({
    where: { identifier },
    select: { policyRules: { orderBy: { position: "asc" } }, policyFile: { select: { xml: true } } },
  });
  return {
    rules: (r?.policyRules ?? []).map((row) => ({ ...toRuleData(row), description: row.description })),
    xml: r?.policyFile ? policyText(r.policyFile.xml) : null,
  };
}

// Altinn/altinn-resource-registry ResourceController.WritePolicy: an unknown resource is 400 "Unknown
// resource", another authority's a Forbid(), a file the parser or EnsureValidPolicy refuses 400 with
// its message; all strings through [Produces("application/json")]. A new policy takes effect on the
// next decision: delegated rights stay, but the PDP only honours a right whose action some rule of the
// current policy still names (lib/pdp/evaluate.ts).
export async function writePolicy(actor: ServiceOwnerActor, identifier: string, bytes: Uint8Array): Promise<void> {
  const row = await db.resource.findUnique({ where: { identifier }, select: { ownerOrgNo: true } });
  if (!row) throw new StatusAnswer(400, "Unknown resource", true);
  const owner = await requireServiceOwnerOrg(actor);
  if (row.ownerOrgNo !== owner.orgNo) throw new StatusAnswer(403);
  try {
    await db.$transaction(async (tx) => {
      const policy = await storePolicyFile(tx, identifier, bytes);
      await audit(actor.audit, "resource.policy.updated", identifier, { rules: policy.rules.length }, tx);
    });
  } catch (e) {
    if (e instanceof PolicyRefused) throw new StatusAnswer(400, e.message, true);
    throw e;
  }
}
