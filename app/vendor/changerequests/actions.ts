"use server";
// Server actions of the vendor's change-request pages: the same create and delete as the API.
import { randomUUID } from "node:crypto";
import { redirect } from "next/navigation";
import { requireArea } from "@/lib/auth/actor";
import { createChangeRequest } from "@/lib/changerequests/create";
import { deleteChangeRequest } from "@/lib/changerequests/read";
import { Problem, StatusAnswer } from "@/lib/problems/problem";
import { vendorFromPerson } from "@/lib/registry/actor";

const lines = (v: FormDataEntryValue | null) => String(v ?? "").split(/\s+/).filter(Boolean);
const right = (s: string) => {
  const [resource, action] = s.split(":");
  return { ...(action ? { action } : {}), resource: [{ id: "urn:altinn:resource", value: resource! }] };
};
const pkg = (s: string) => ({ urn: s.startsWith("urn:") ? s : `urn:altinn:accesspackage:${s}` });

export async function submitChangeRequest(data: FormData): Promise<void> {
  const systemUserId = String(data.get("systemUserId") ?? "");
  const back = `/vendor/changerequests/new?systemUser=${encodeURIComponent(systemUserId)}`;
  const actor = await requireArea("vendor", back);
  let id: string;
  let status: string;
  try {
    const r = await createChangeRequest(vendorFromPerson(actor), randomUUID(), systemUserId.toLowerCase(), {
      requiredRights: lines(data.get("add-rights")).map(right),
      unwantedRights: lines(data.get("remove-rights")).map(right),
      requiredAccessPackages: lines(data.get("add-packages")).map(pkg),
      unwantedAccessPackages: lines(data.get("remove-packages")).map(pkg),
    });
    id = r.request.id;
    status = r.request.status;
  } catch (e) {
    if (e instanceof Problem) redirect(`${back}&error=${encodeURIComponent(`${e.code}: ${e.title}`)}`);
    if (e instanceof StatusAnswer) redirect(`${back}&error=${encodeURIComponent(`${e.status} ${e.text ?? ""}`)}`);
    throw e;
  }
  if (status === "NoChangeNeeded") redirect(`${back}&error=${encodeURIComponent("NoChangeNeeded: nothing to add or remove.")}`);
  redirect(`/vendor/changerequests/${id}`);
}

export async function withdrawChangeRequest(data: FormData): Promise<void> {
  const id = String(data.get("id") ?? "");
  const actor = await requireArea("vendor", `/vendor/changerequests/${encodeURIComponent(id)}`);
  await deleteChangeRequest(vendorFromPerson(actor), id);
  redirect("/vendor/systemusers");
}
