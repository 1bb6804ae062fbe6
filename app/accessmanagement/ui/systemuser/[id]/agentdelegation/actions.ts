"use server";
// Adding and removing clients of an agent system user: thin server actions over lib/clients/service.
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { requireArea } from "@/lib/auth/actor";
import { Problem, StatusAnswer } from "@/lib/problems/problem";
import { addClients, removeClient } from "@/lib/clients/service";
import { delegateSelf, ownOrganisationCall, revokeSelf } from "@/lib/clients/self";
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

export interface OwnOrganisationState {
  done?: "added" | "removed";
  error?: string;
}

/** Adds (`own=add`) or removes (`own=remove`) the firm itself, through the same code as the API (lib/clients/self.ts). */
export async function ownOrganisationAction(_prev: OwnOrganisationState, form: FormData): Promise<OwnOrganisationState> {
  const id = String(form.get("agent") ?? "");
  const actor = await requireArea("clientAdmin", delegationPath(id));
  const t = await getTranslations("OwnOrganisation");
  if (!agentId.safeParse(id).success) return { error: (await getTranslations("Clients"))("unknownAgent") };
  const remove = form.get("own") === "remove";
  try {
    const call = await ownOrganisationCall(actor.pid, actor.party.orgNo, id);
    await (remove ? revokeSelf(call) : delegateSelf(call));
    revalidatePath(delegationPath(id));
    return { done: remove ? "removed" : "added" };
  } catch (e) {
    // ACCESS_MANAGEMENT_WRITE refused: the person is not an access manager of the firm
    if (e instanceof StatusAnswer && e.status === 403) return { error: t("forbidden", { org: actor.party.name }) };
    return { error: await problemMessage(e) };
  }
}
