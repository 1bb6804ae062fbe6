"use server";
// Server actions of the resource editor: the same parsers and domain functions as the API.
import { redirect } from "next/navigation";
import { requireArea } from "@/lib/auth/actor";
import { Problem, StatusAnswer } from "@/lib/problems/problem";
import { RR } from "@/lib/resources/errors";
import { formErrorsOf, readResourceForm, resourceBodyOf, type ResourceFormState } from "@/lib/resources/form";
import { parsePolicyInput, type PolicyRuleInput } from "@/lib/resources/policy-input";
import { parseResourceInput, type ResourceInput } from "@/lib/resources/resource-input";
import { createResource, deleteResource, updateResource } from "@/lib/resources/resources";

const pathOf = (mode: string, id: string) => (mode === "edit" ? `/serviceowner/resources/${encodeURIComponent(id)}` : "/serviceowner/resources/new");

export async function saveResource(_prev: ResourceFormState, data: FormData): Promise<ResourceFormState> {
  const values = readResourceForm(data);
  const mode = data.get("mode") === "edit" ? "edit" : "new";
  const actor = await requireArea("serviceOwner", pathOf(mode, values.identifier));
  const owner = { orgNo: actor.party.orgNo, audit: `person:${actor.pid}` } as const;
  let input: ResourceInput | null = null;
  let rules: PolicyRuleInput[] | null = null;
  const errors: Record<string, string> = {};
  try {
    input = parseResourceInput(resourceBodyOf(values));
  } catch (e) {
    if (!(e instanceof Problem)) throw e;
    Object.assign(errors, formErrorsOf(e));
  }
  try {
    rules = parsePolicyInput({ rules: values.rules });
  } catch (e) {
    if (!(e instanceof Problem)) throw e;
    Object.assign(errors, formErrorsOf(e));
  }
  if (!input || !rules) return { errors, values };
  try {
    if (mode === "new") await createResource(owner, input, rules);
    else await updateResource(owner, input.identifier, input, rules);
  } catch (e) {
    if (e instanceof StatusAnswer && e.status === 409) return { errors: { identifier: e.text ?? "The identifier is taken." }, values };
    if (!(e instanceof Problem)) throw e;
    return { errors: formErrorsOf(e), message: e.validationErrors ? undefined : (e.detail ?? e.title), values };
  }
  redirect(`/serviceowner/resources/${encodeURIComponent(input.identifier)}?saved=1`);
}

export interface DeleteState {
  error?: string;
}

export async function removeResource(_prev: DeleteState, data: FormData): Promise<DeleteState> {
  const id = String(data.get("identifier") ?? "");
  const actor = await requireArea("serviceOwner", pathOf("edit", id));
  try {
    await deleteResource({ orgNo: actor.party.orgNo, audit: `person:${actor.pid}` }, id);
  } catch (e) {
    if (e instanceof Problem) return { error: e.detail ?? e.title };
    throw e;
  }
  redirect(`/serviceowner?deleted=${encodeURIComponent(id)}`);
}
