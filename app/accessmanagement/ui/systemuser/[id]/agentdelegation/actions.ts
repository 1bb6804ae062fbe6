"use server";
// Adding and removing clients of an agent system user: thin server actions over lib/clients/service.
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { requireArea } from "@/lib/auth/actor";
import { Problem } from "@/lib/problems/problem";
import { addClients, removeClient } from "@/lib/clients/service";
import type { AddOutcome } from "@/lib/clients/rules";

export interface AddState {
  outcomes?: AddOutcome[];
  error?: string;
}

export interface RemoveState {
  removed?: string;
  error?: string;
}

const agentId = z.guid();
const orgNo = z.string().regex(/^\d{9}$/, "Not an organisation number.");

const delegationPath = (id: string) => `/accessmanagement/ui/systemuser/${encodeURIComponent(id)}/agentdelegation`;

async function problemMessage(e: unknown): Promise<string> {
  if (!(e instanceof Problem)) throw e;
  const t = await getTranslations("Problems");
  return `${t.has(e.code) ? t(e.code) : (e.detail ?? e.title)} (${e.code})`;
}

/** The pressed button says what to add: `add=<clientId>`, `add=selected` (the ticked boxes) or `add=all`. */
export async function addClientsAction(_prev: AddState, form: FormData): Promise<AddState> {
  const id = String(form.get("agent") ?? "");
  const actor = await requireArea("clientAdmin", delegationPath(id));
  const t = await getTranslations("Clients");
  if (!agentId.safeParse(id).success) return { error: t("unknownAgent") };
  const mode = String(form.get("add") ?? "");
  const requested = mode === "all" ? "all" : mode === "selected" ? form.getAll("client").map(String) : [mode];
  if (requested !== "all") {
    if (requested.length === 0) return { error: t("chooseOne") };
    if (!requested.every((c) => orgNo.safeParse(c).success)) return { error: t("byOrgNo") };
  }
  try {
    const outcomes = await addClients({ pid: actor.pid, party: actor.party.orgNo }, id, requested);
    revalidatePath(delegationPath(id));
    return outcomes.length === 0 ? { error: t("noneAddable") } : { outcomes };
  } catch (e) {
    return { error: await problemMessage(e) };
  }
}

export async function removeClientAction(_prev: RemoveState, form: FormData): Promise<RemoveState> {
  const id = String(form.get("agent") ?? "");
  const actor = await requireArea("clientAdmin", delegationPath(id));
  const client = String(form.get("client") ?? "");
  const t = await getTranslations("Clients");
  if (!agentId.safeParse(id).success || !orgNo.safeParse(client).success) return { error: t("unknownAgentOrClient") };
  try {
    const removed = await removeClient({ pid: actor.pid, party: actor.party.orgNo }, id, client);
    revalidatePath(delegationPath(id));
    return { removed: removed.clientOrganizationName };
  } catch (e) {
    return { error: await problemMessage(e) };
  }
}
