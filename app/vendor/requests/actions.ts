"use server";
// Server actions of the vendor's request pages: the API's schemas and the request functions.
import { redirect } from "next/navigation";
import { ZodError } from "zod";
import { requireArea } from "@/lib/auth/actor";
import { Problem } from "@/lib/problems/problem";
import { vendorFromPerson } from "@/lib/registry/actor";
import { createRequest } from "@/lib/requests/create";
import { readRequestForm, requestBodyOf, requestFormErrors, type RequestFormState } from "@/lib/requests/form";
import { deleteRequest, getVendorRequest } from "@/lib/requests/read";
import { agentRequestSchema, standardRequestSchema } from "@/lib/requests/schema";

export async function submitRequest(_prev: RequestFormState, data: FormData): Promise<RequestFormState> {
  const systemId = String(data.get("systemId") ?? "");
  const actor = await requireArea("vendor", `/vendor/requests/new?systemId=${encodeURIComponent(systemId)}`);
  const values = readRequestForm(data);
  const body = requestBodyOf(values, systemId);
  let id: string;
  let existing: boolean;
  try {
    const vendor = vendorFromPerson(actor);
    const result =
      values.kind === "agent"
        ? await createRequest(vendor, { ...agentRequestSchema.parse(body), kind: "agent" })
        : await createRequest(vendor, { ...standardRequestSchema.parse(body), kind: "standard" });
    id = result.request.id;
    existing = !result.created;
  } catch (e) {
    if (e instanceof Problem || e instanceof ZodError) return { errors: requestFormErrors(e), values };
    throw e;
  }
  redirect(`/vendor/requests/${id}${existing ? "?existing=1" : ""}`);
}

export async function withdrawRequest(data: FormData): Promise<void> {
  const id = String(data.get("requestId") ?? "");
  const actor = await requireArea("vendor", `/vendor/requests/${encodeURIComponent(id)}`);
  const vendor = vendorFromPerson(actor);
  const request = await getVendorRequest(vendor, id);
  await deleteRequest(vendor, id);
  redirect(`/vendor/systems/${encodeURIComponent(request.systemId)}?withdrawn=1`);
}
