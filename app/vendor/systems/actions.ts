"use server";
// Server actions of the vendor's system pages: the API's schema and the System Register's functions.
import { forbidden, notFound, redirect } from "next/navigation";
import { ZodError } from "zod";
import { requireArea } from "@/lib/auth/actor";
import { BindingProblem, Problem, StatusAnswer } from "@/lib/problems/problem";
import { vendorFromPerson } from "@/lib/registry/actor";
import { readSystemForm, systemBodyOf, systemFormErrors, type SystemFormState } from "@/lib/registry/form";
import { systemInputSchema } from "@/lib/registry/schema";
import { createSystem, deleteSystem, updateSystem } from "@/lib/registry/systems";

const detailPath = (id: string) => `/vendor/systems/${encodeURIComponent(id)}`;

export async function saveSystem(_prev: SystemFormState, data: FormData): Promise<SystemFormState> {
  const systemId = data.get("systemId") ? String(data.get("systemId")) : undefined;
  const actor = await requireArea("vendor", systemId ? `${detailPath(systemId)}/edit` : "/vendor/systems/new");
  const vendor = vendorFromPerson(actor);
  const values = readSystemForm(data);
  const body = systemBodyOf(values, vendor.vendorOrgNo, systemId);
  try {
    const input = systemInputSchema.parse(body);
    if (systemId) await updateSystem(vendor, systemId, input);
    else await createSystem(vendor, input);
  } catch (e) {
    if (e instanceof Problem || e instanceof ZodError) return { errors: systemFormErrors(e), values };
    if (e instanceof StatusAnswer) return { errors: { form: e.text ?? `The System Register answered ${e.status}.` }, values };
    throw e;
  }
  redirect(`${detailPath(body.id)}?saved=1`);
}

export async function removeSystem(data: FormData): Promise<void> {
  const systemId = String(data.get("systemId") ?? "");
  const actor = await requireArea("vendor", detailPath(systemId));
  // Another vendor's system (403 AUTH-00024) or none (404): the area's own refusal pages, not an error page.
  await deleteSystem(vendorFromPerson(actor), systemId).catch((e) => {
    // the registry answers as the real API: another vendor's system a bare 403, an unknown one a 400 problem
    if (e instanceof StatusAnswer && e.status === 403) forbidden();
    if (e instanceof StatusAnswer || e instanceof BindingProblem || e instanceof Problem) notFound();
    throw e;
  });
  redirect(`${detailPath(systemId)}?deleted=1`);
}
