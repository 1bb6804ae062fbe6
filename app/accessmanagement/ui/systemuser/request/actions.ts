"use server";
import { runDecision, type DecisionState } from "../_components/decide";

// POST (server action) /accessmanagement/ui/systemuser/request: approve, reject or escalate a standard request.
export async function decideStandard(_prev: DecisionState, form: FormData): Promise<DecisionState> {
  return runDecision("standard", form);
}
