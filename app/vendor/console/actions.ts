"use server";
// Server action of /vendor/console: runs the vendor's machine flow for one of the org's system users.
import { getTranslations } from "next-intl/server";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { runInFlow } from "@/lib/exchanges/flow";
import { flowExplanations } from "@/lib/exchanges/read";
import type { FlowExplanations } from "@/lib/exchanges/view";
import { requireArea } from "@/lib/auth/actor";
import { ConsoleRefusal, runConsoleCall } from "@/lib/vendor-client/console";
import type { KravResponse } from "@/lib/vendor-client/skatteetaten";
import type { StepRecord } from "@/lib/vendor-client/types";

export interface ConsoleState {
  steps: StepRecord[];
  ok?: boolean;
  error?: string;
  fieldErrors?: { systemUserId?: string; partyOrgNo?: string };
  result?: KravResponse | null;
  /** The run's flow in the sequence view, and what the simulator explains of it (the PDP's why, MP-303). */
  flowId?: string;
  why?: FlowExplanations;
}

/** The form's fields; the messages are keys of ConsoleActions, shown in the page's language. */
const input = z.object({
  systemUserId: z.string().trim().min(1, "chooseSystemUser"),
  partyOrgNo: z.union([z.literal(""), z.string().trim().regex(/^\d{9}$/, "orgNo")]),
});

export async function runConsole(_prev: ConsoleState, form: FormData): Promise<ConsoleState> {
  const actor = await requireArea("vendor", "/vendor/console");
  const parsed = input.safeParse({ systemUserId: form.get("systemUserId") ?? "", partyOrgNo: form.get("partyOrgNo") ?? "" });
  const t = await getTranslations("ConsoleActions");
  if (!parsed.success) {
    const f = parsed.error.flatten().fieldErrors;
    const message = (key: string | undefined) => (key ? t(key as never) : undefined);
    return { steps: [], fieldErrors: { systemUserId: message(f.systemUserId?.[0]), partyOrgNo: message(f.partyOrgNo?.[0]) } };
  }
  try {
    const flowId = randomUUID();
    const run = { systemUserId: parsed.data.systemUserId, partyOrgNo: parsed.data.partyOrgNo || undefined };
    const flow = await runInFlow({ flowId, self: "vendor" }, () => runConsoleCall(actor.party.orgNo, run));
    return { steps: flow.steps, ok: flow.ok, result: flow.value, flowId, why: await flowExplanations(flowId) };
  } catch (e) {
    if (e instanceof ConsoleRefusal) return { steps: [], error: t(e.key as never) };
    throw e;
  }
}
