// The body of the approval pages' server action (each page's actions.ts binds its request kind).
// After approve or reject the person is logged out, as in Altinn, and the browser goes to the vendor's
// redirectUrl unchanged, or to a neutral page when the request has none.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requirePerson } from "@/lib/auth/actor";
import { signOut } from "@/lib/auth/auth";
import { approveRequest, escalateRequest, rejectRequest, type Decision } from "@/lib/approval/decide";
import type { RequestKind } from "@/lib/approval/rules";
import { Problem } from "@/lib/problems/problem";

export interface DecisionState {
  error?: { code: string; title: string; detail?: string };
  escalated?: boolean;
}

export function confirmPath(kind: RequestKind, id: string): string {
  const page = kind === "agent" ? "agentrequest" : "request";
  return `/accessmanagement/ui/systemuser/${page}?id=${encodeURIComponent(id)}&DONTCHOOSEREPORTEE=true`;
}

export async function runDecision(kind: RequestKind, form: FormData): Promise<DecisionState> {
  const id = String(form.get("requestId") ?? "");
  const choice = String(form.get("decision") ?? "");
  const person = await requirePerson(confirmPath(kind, id));
  let decision: Decision;
  try {
    if (choice === "escalate") {
      await escalateRequest(person.pid, id, kind);
      revalidatePath(confirmPath(kind, id).split("?")[0]!);
      return { escalated: true };
    }
    if (choice === "approve") decision = await approveRequest(person.pid, id, kind);
    else if (choice === "reject") decision = await rejectRequest(person.pid, id, kind);
    else return { error: { code: "AUTH.VLD-00000", title: "Choose approve, reject or send to access manager." } };
  } catch (e) {
    if (e instanceof Problem) return { error: { code: e.code, title: e.title, detail: e.detail } };
    throw e;
  }
  return leaveAfter(decision);
}

/** After a decision: logged out, then to the vendor's redirectUrl unchanged or the neutral done page. */
export async function leaveAfter(decision: Decision): Promise<never> {
  await signOut({ redirect: false });
  redirect(decision.redirectUrl ?? `/accessmanagement/ui/systemuser/done?status=${decision.status.toLowerCase()}`);
}
