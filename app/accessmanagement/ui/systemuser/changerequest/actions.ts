"use server";
import { requirePerson } from "@/lib/auth/actor";
import { approveChange, rejectChange } from "@/lib/approval/change";
import { changeConfirmPath } from "@/lib/changerequests/mapping";
import { Problem } from "@/lib/problems/problem";
import { leaveAfter, type DecisionState } from "../_components/decide";

// POST (server action) /accessmanagement/ui/systemuser/changerequest: approve or reject a change request.
export async function decideChange(_prev: DecisionState, form: FormData): Promise<DecisionState> {
  const id = String(form.get("requestId") ?? "");
  const choice = String(form.get("decision") ?? "");
  const person = await requirePerson(changeConfirmPath(id));
  let decision;
  try {
    if (choice === "approve") decision = await approveChange(person.pid, id);
    else if (choice === "reject") decision = await rejectChange(person.pid, id);
    else return { error: { code: "AUTH.VLD-00000", title: "Choose approve or reject." } };
  } catch (e) {
    if (e instanceof Problem) return { error: { code: e.code, title: e.title, detail: e.detail } };
    throw e;
  }
  return leaveAfter(decision);
}
