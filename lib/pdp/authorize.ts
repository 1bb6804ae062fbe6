// POST /authorization/api/v1/authorize: every individual request of a XACML JSON Request is decided
// and audited; the Response keeps the order of the requests (of MultiRequests.RequestReference).
import { audit, type AuditActor } from "../audit";
import { evaluate, type Decision } from "./evaluate";
import { loadDecisionFacts } from "./load";
import { STATUS, parseXacmlRequest, type ResultCategory } from "./xacml";

export interface XacmlResult {
  Decision: Decision;
  Status: { StatusCode: { Value: string }; StatusMessage?: string };
  Obligations?: unknown[];
  Category?: ResultCategory[];
}

// Altinn's PDP attaches the minimum authentication level to a Permit; Maskinporten clients count as 3.
const AUTH_LEVEL_OBLIGATION = {
  Id: "urn:altinn:obligation:authenticationLevel1",
  AttributeAssignment: [
    { AttributeId: "urn:altinn:obligation-assignment:1", Value: "3", Category: "urn:altinn:minimum-authenticationlevel", DataType: "http://www.w3.org/2001/XMLSchema#integer" },
  ],
};

export async function authorize(body: unknown, caller: AuditActor): Promise<{ Response: XacmlResult[] }> {
  const results: XacmlResult[] = [];
  for (const parsed of parseXacmlRequest(body)) {
    const category = parsed.included.length ? { Category: parsed.included } : {};
    if (!parsed.ok) {
      results.push({ Decision: "Indeterminate", Status: { StatusCode: { Value: parsed.status }, StatusMessage: parsed.message }, ...category });
      continue;
    }
    const req = parsed.request;
    const outcome = evaluate(await loadDecisionFacts(req), req);
    await audit(caller, "pdp.decision", req.systemUserId, { ...req, decision: outcome.decision, reason: outcome.reason });
    results.push({
      Decision: outcome.decision,
      Status: { StatusCode: { Value: outcome.status ?? STATUS.ok }, StatusMessage: outcome.reason },
      ...(outcome.decision === "Permit" ? { Obligations: [AUTH_LEVEL_OBLIGATION] } : {}),
      ...category,
    });
  }
  return { Response: results };
}
