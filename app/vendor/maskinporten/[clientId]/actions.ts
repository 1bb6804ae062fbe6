"use server";
// Server actions of a Maskinporten client's page. Each re-checks the person's role and passes the acting
// organisation to lib/maskinporten/self-service.ts, which reaches only that organisation's clients.
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { requireArea } from "@/lib/auth/actor";
import { addClientKey, deleteClientKey, updateClientScopes, type FormResult } from "@/lib/maskinporten/self-service";

export interface ClientFormState {
  errors: Record<string, string>;
  message?: string;
  /** Echoed so a refused form keeps what was typed. */
  jwk?: string;
}

async function vendorFor(form: FormData) {
  const clientId = String(form.get("clientId") ?? "");
  const path = `/vendor/maskinporten/${encodeURIComponent(clientId)}`;
  const actor = await requireArea("vendor", path);
  return { vendor: { pid: actor.pid, orgNo: actor.party.orgNo }, clientId, path };
}

function answer(result: FormResult, path: string, message: string, extra: Partial<ClientFormState> = {}): ClientFormState {
  if (!result.ok) return { errors: result.errors, ...extra };
  revalidatePath(path);
  return { errors: {}, message };
}

export async function addKeyAction(_prev: ClientFormState, form: FormData): Promise<ClientFormState> {
  const { vendor, clientId, path } = await vendorFor(form);
  const jwk = String(form.get("jwk") ?? "");
  const result = await addClientKey(vendor, clientId, jwk);
  // A refused private key is not echoed back into the page.
  const echo = jwk.length > 20_000 || /"(d|p|q|k)"\s*:/.test(jwk) ? "" : jwk;
  const t = await getTranslations("MaskinportenActions");
  return answer(result, path, result.ok ? t("keyRegistered", { kid: result.kid }) : "", { jwk: echo });
}

export async function deleteKeyAction(_prev: ClientFormState, form: FormData): Promise<ClientFormState> {
  const { vendor, clientId, path } = await vendorFor(form);
  const kid = String(form.get("kid") ?? "");
  const t = await getTranslations("MaskinportenActions");
  return answer(await deleteClientKey(vendor, clientId, kid), path, t("keyDeleted", { kid }));
}

export async function updateScopesAction(_prev: ClientFormState, form: FormData): Promise<ClientFormState> {
  const { vendor, clientId, path } = await vendorFor(form);
  const t = await getTranslations("MaskinportenActions");
  return answer(await updateClientScopes(vendor, clientId, form.getAll("scopes").map(String)), path, t("scopesSaved"));
}
