// The obligations of a Permit, from the resource's stored XACML policy as Altinn's PDP returns them
// (altinn-authorization-tmp Altinn.Authorization.ABAC PolicyDecisionPoint.AddObligations: every
// ObligationExpression with FulfillOn="Permit", each AttributeAssignmentExpression with its AttributeValue;
// XacmlJsonXmlConverter.ConvertObligations: a policy without any answers `obligations: null`).
// Parsed once per stored version of the file, not per decision: the PDP's resource query reads the file's
// version (updatedAt and byte length) beside the resource, and each process keeps the parsed obligations
// by version, so a file written by any process or instance is read again at its next decision; no
// invalidation message is needed.
import { dateColumn, hotRows } from "../db-hot";
import { processGlobal } from "../process-global";
import { policyText } from "../resources/policy-store";
import { PolicyRefused, parseXacmlPolicy } from "../resources/xacml-policy";
import { STATUS, XacmlFault } from "./xacml";

export interface XacmlAttributeAssignment {
  attributeId: string;
  value: string;
  category: string;
  dataType: string;
  issuer: string | null;
}
export interface XacmlObligation {
  id: string;
  attributeAssignment: XacmlAttributeAssignment[];
}

interface Parsed {
  version: string;
  obligations: XacmlObligation[] | null;
}

const parsed = processGlobal("pdp-policy-obligations", () => new Map<string, Parsed>());

/** The version of a stored file as the queries read it: its updatedAt and its length in bytes. */
export const policyVersion = (updatedAt: string | Date, bytes: number | string): string => `${dateColumn(updatedAt).getTime()}:${bytes}`;

/** The SQL of those two columns for `ResourcePolicyFile` aliased `f` (length() of a BLOB/bytea counts bytes). */
export const POLICY_VERSION_COLUMNS = `f."updatedAt" AS "policyUpdatedAt", length(f."xml") AS "policyBytes"`;

/** The obligations a Permit carries under this policy file, as the PDP writes them; null when it has none. */
export function obligationsOf(xml: Uint8Array, identifier: string): XacmlObligation[] | null {
  let policy;
  try {
    policy = parseXacmlPolicy(policyText(xml), identifier);
  } catch (e) {
    // stored files were accepted when written; one that no longer parses cannot be evaluated
    if (e instanceof PolicyRefused) throw new XacmlFault(STATUS.processingError, `The policy of ${identifier} cannot be read: ${e.message}`);
    throw e;
  }
  if (policy.permitObligations.length === 0) return null;
  return policy.permitObligations.map((o) => ({
    id: o.id,
    attributeAssignment: o.assignments.map((a) => ({ attributeId: a.attributeId, value: a.value, category: a.category, dataType: a.dataType, issuer: a.issuer })),
  }));
}

/** The obligations of the resource's policy at `version` (null: the resource has no policy file). */
export async function policyObligations(identifier: string, version: string | null): Promise<XacmlObligation[] | null> {
  if (version === null) return null;
  const hit = parsed.get(identifier);
  if (hit?.version === version) return hit.obligations;
  const [row] = await hotRows<{ xml: Uint8Array; policyUpdatedAt: string | Date; policyBytes: number | string }>(
    "pdp-policy-file",
    `SELECT f."xml", ${POLICY_VERSION_COLUMNS} FROM "ResourcePolicyFile" f WHERE f."resourceId" = $1`,
    [identifier],
  );
  if (!row) return null;
  const entry = { version: policyVersion(row.policyUpdatedAt, row.policyBytes), obligations: obligationsOf(row.xml, identifier) };
  parsed.set(identifier, entry);
  return entry.obligations;
}
