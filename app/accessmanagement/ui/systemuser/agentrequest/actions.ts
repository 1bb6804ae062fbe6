"use server";
import { runDecision, type DecisionState } from "../_components/decide";

// POST (server action) /accessmanagement/ui/systemuser/agentrequest: approve, reject or escalate an agent request.
export async function decideAgent(_prev: DecisionState, form: FormData): Promise<DecisionState> {
  return runDecision("agent", form);
}
