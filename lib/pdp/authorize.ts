// POST /authorization/api/v1/authorize: every decision of a XACML JSON request is made and audited, and
// the answer is written as the real endpoint writes `XacmlJsonResponseExternal`: ASP.NET's default
// serialiser, so camelCase member names with every member present, `null` where unset
// (DecisionController.AuthorizeExternal, Models/External/*.cs, Program.cs `AddControllers()`).
import { auditCommitted, type AuditActor } from "../audit";
import { noteExchange } from "../exchanges/flow";
import { evaluate, type Decision, type DecisionFacts, type Outcome } from "./evaluate";
import { explainDecision } from "./explain";
import { loadDecisionFacts } from "./load";
import type { XacmlObligation } from "./obligations";
import { pdpFault } from "../simulator/fault-answers";
import { STATUS, XacmlFault, parseXacmlRequest, type DecisionRequest, type ResultCategory } from "./xacml";

export interface XacmlResult {
  decision: Decision;
  // XacmlJsonXmlConverter.ConvertResponse copies the status code only: statusMessage is always null
  status: { statusMessage: null; statusDetails: null; statusCode: { value: string; statusCode: null } };
  obligations: XacmlObligation[] | null;
  associateAdvice: null;
  category: ResultCategory[] | null;
  policyIdentifierList: null;
}

function result(decision: Decision, status: string, obligations: XacmlObligation[] | null = null, category: ResultCategory[] | null = null): XacmlResult {
  return {
    decision,
    status: { statusMessage: null, statusDetails: null, statusCode: { value: status, statusCode: null } },
    obligations,
    associateAdvice: null,
    category,
    policyIdentifierList: null,
  };
}

// PolicyDecisionPoint.AddObligations: a Permit carries the policy's Permit obligations (the minimum
// authentication level in Altinn's policies), any other decision none
function toResult(req: DecisionRequest, o: Outcome, facts: DecisionFacts): XacmlResult {
  const category = o.echo && req.included.length ? req.included : null;
  return result(o.decision, o.status ?? STATUS.ok, o.decision === "Permit" ? (facts.resource?.obligations ?? null) : null, category);
}

/** The answer to a body; a BindingProblem (the 400) passes through, a XacmlFault is the one Indeterminate. */
export async function authorize(body: unknown, caller: AuditActor): Promise<{ response: XacmlResult[] }> {
  try {
    const requests = parseXacmlRequest(body);
    const fault = await pdpFault();
    if (fault) {
      await auditCommitted({ actor: caller, action: "pdp.decision", subject: "", details: { decision: fault, reason: "a fault armed through /simulator/api/faults" } });
      // As the real PDP: an exception ends the whole call with one Indeterminate; NotApplicable per request.
      return { response: fault === "Indeterminate" ? [result("Indeterminate", STATUS.processingError)] : requests.map(() => result("NotApplicable", STATUS.ok)) };
    }
    const decided: { req: DecisionRequest; outcome: Outcome; facts: DecisionFacts }[] = [];
    for (const req of requests) {
      const facts = await loadDecisionFacts(req);
      decided.push({ req, facts, outcome: evaluate(facts, req) });
    }
    // the sequence view's "why" (never part of the answer)
    noteExchange({
      why: () => decided.map(({ req, facts, outcome }) => explainDecision(facts, req, outcome)),
      systemUserId: decided[0]?.req.systemUserId,
      orgNos: decided.flatMap(({ facts }) => (facts.party?.kind === "organization" ? [facts.party.orgNo] : [])),
    });
    await auditCommitted(
      ...decided.map(({ req, outcome }) => {
        const { included: _included, ...logged } = req;
        return { actor: caller, action: "pdp.decision", subject: req.systemUserId, details: { ...logged, decision: outcome.decision, reason: outcome.reason } };
      }),
    );
    return { response: decided.map(({ req, outcome, facts }) => toResult(req, outcome, facts)) };
  } catch (e) {
    if (e instanceof XacmlFault) {
      await auditCommitted({ actor: caller, action: "pdp.decision", subject: "", details: { decision: "Indeterminate", status: e.status, reason: e.message } });
      return { response: [result("Indeterminate", e.status)] };
    }
    throw e;
  }
}
