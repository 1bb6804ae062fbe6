"use server";
// Server action of the Maskinporten client list: create a client (the person's role is checked here too).
import { redirect } from "next/navigation";
import { requireArea } from "@/lib/auth/actor";
import { createClient } from "@/lib/maskinporten/self-service";

export interface CreateClientState {
  errors: Record<string, string>;
  values?: { name: string; description: string; scopes: string[] };
}

export async function createClientAction(_prev: CreateClientState, form: FormData): Promise<CreateClientState> {
  const actor = await requireArea("vendor", "/vendor/maskinporten");
  const values = {
    name: String(form.get("name") ?? ""),
    description: String(form.get("description") ?? ""),
    scopes: form.getAll("scopes").map(String),
  };
  const result = await createClient({ pid: actor.pid, orgNo: actor.party.orgNo }, values);
  if (!result.ok) return { errors: result.errors, values };
  redirect(`/vendor/maskinporten/${result.clientId}?created=1`);
}
