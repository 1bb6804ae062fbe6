"use server";
// Server actions of the access-list pages: the same domain functions as the API
// (/resourceregistry/api/v1/access-lists/{owner}), acting for the person's service owner.
// The pages' own messages are in the page's language (namespace AccessListActions); an error of the
// Resource Registry's domain (a validation title) is shown as the API words it.
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { readConditions } from "@/lib/access-lists/conditions";
import { upsertConnection, deleteConnection } from "@/lib/access-lists/connections";
import { deleteAccessList, parseListBody, upsertAccessList } from "@/lib/access-lists/lists";
import { changeMembers } from "@/lib/access-lists/members";
import { orgCodeOf, type AccessListActor } from "@/lib/access-lists/owner";
import { parsePartyUrn } from "@/lib/access-lists/parties";
import type { Conditional } from "@/lib/access-lists/result";
import { requireArea } from "@/lib/auth/actor";
import { isValidOrgNo } from "@/lib/identifiers/orgno";
import { BindingProblem, Problem, StatusAnswer } from "@/lib/problems/problem";

export interface ListFormState {
  error?: string;
  ok?: string;
  /** What was typed, shown again after an error (React resets a form once its action ends). */
  values?: Record<string, string>;
}

const LISTS = "/serviceowner/access-lists";
const listPath = (id: string) => `${LISTS}/${encodeURIComponent(id)}`;
const field = (d: FormData, k: string) => String(d.get(k) ?? "").trim();
const NO_CONDITIONS = { list: [] };

async function actorFor(path: string): Promise<{ actor: AccessListActor; owner: string }> {
  const person = await requireArea("serviceOwner", path);
  const actor: AccessListActor = { orgNo: person.party.orgNo, admin: false, audit: `person:${person.pid}` };
  const owner = await orgCodeOf(actor.orgNo);
  if (!owner) throw new StatusAnswer(403);
  return { actor, owner };
}

const texts = () => getTranslations("AccessListActions");

async function messageOf(e: unknown): Promise<string> {
  if (e instanceof Problem) return e.validationErrors?.[0]?.title ?? e.detail ?? e.title;
  if (e instanceof BindingProblem) return Object.values(e.errors).flat()[0] ?? e.message;
  if (e instanceof StatusAnswer) return e.status === 403 ? (await texts())("notAllowed") : (await texts())("refused", { status: e.status });
  throw e;
}

async function run(path: string, fn: () => Promise<Conditional<unknown>>, ok: string, missing?: string): Promise<ListFormState> {
  const t = await texts();
  try {
    const r = await fn();
    if (r.kind === "notFound") return { error: missing ?? t("gone") };
    if (r.kind === "failed") return { error: t("changed") };
  } catch (e) {
    return { error: await messageOf(e) };
  }
  revalidatePath(path);
  return { ok };
}

/** A new list: If-None-Match: * (an existing identifier is refused, not overwritten). */
export async function createListAction(_p: ListFormState, d: FormData): Promise<ListFormState> {
  const { actor, owner } = await actorFor(LISTS);
  const identifier = field(d, "identifier");
  const values = { identifier, name: field(d, "name"), description: field(d, "description") };
  const t = await texts();
  if (!/^[a-z0-9][a-z0-9-]{0,99}$/.test(identifier)) return { error: t("identifier"), values };
  let created = false;
  try {
    const body = parseListBody({ name: values.name, description: values.description });
    const r = await upsertAccessList(actor, owner, identifier, body, readConditions(new Headers({ "if-none-match": "*" })));
    if (r.kind === "failed") return { error: t("exists", { identifier }), values };
    created = true;
  } catch (e) {
    return { error: await messageOf(e), values };
  }
  if (created) redirect(listPath(identifier));
  return {};
}

export async function saveListAction(_p: ListFormState, d: FormData): Promise<ListFormState> {
  const identifier = field(d, "identifier");
  const { actor, owner } = await actorFor(listPath(identifier));
  return run(listPath(identifier), async () => upsertAccessList(actor, owner, identifier, parseListBody({ name: field(d, "name"), description: field(d, "description") }), readConditions(new Headers({ "if-match": "*" }))), (await texts())("saved"));
}

export async function deleteListAction(_p: ListFormState, d: FormData): Promise<ListFormState> {
  const identifier = field(d, "identifier");
  const { actor, owner } = await actorFor(listPath(identifier));
  try {
    await deleteAccessList(actor, owner, identifier, NO_CONDITIONS);
  } catch (e) {
    return { error: await messageOf(e) };
  }
  redirect(`${LISTS}?deleted=${encodeURIComponent(identifier)}`);
}

export async function addMemberAction(_p: ListFormState, d: FormData): Promise<ListFormState> {
  const identifier = field(d, "identifier");
  const { actor, owner } = await actorFor(listPath(identifier));
  const orgNo = field(d, "orgNo");
  const t = await texts();
  if (!isValidOrgNo(orgNo)) return { error: t("orgNo") };
  const ref = parsePartyUrn(`urn:altinn:organization:identifier-no:${orgNo}`)!;
  const r = await run(listPath(identifier), () => changeMembers(actor, owner, identifier, "add", [ref], NO_CONDITIONS), t("added", { orgNo }));
  // the Resource Registry's own words for an unknown party, replaced by what the page's reader needs
  return r.error === "One or more party references not found." ? { error: t("noSuchOrg", { orgNo }) } : r;
}

export async function removeMemberAction(_p: ListFormState, d: FormData): Promise<ListFormState> {
  const identifier = field(d, "identifier");
  const { actor, owner } = await actorFor(listPath(identifier));
  const ref = parsePartyUrn(`urn:altinn:party:uuid:${field(d, "partyUuid")}`);
  const t = await texts();
  if (!ref) return { error: t("unknownMember") };
  return run(listPath(identifier), () => changeMembers(actor, owner, identifier, "remove", [ref], NO_CONDITIONS), t("removed"));
}

export async function connectAction(_p: ListFormState, d: FormData): Promise<ListFormState> {
  const identifier = field(d, "identifier");
  const { actor, owner } = await actorFor(listPath(identifier));
  const resourceId = field(d, "resource");
  const t = await texts();
  if (!resourceId) return { error: t("chooseResource") };
  const actions = d.getAll("actions").map(String).filter(Boolean);
  return run(listPath(identifier), () => upsertConnection(actor, owner, identifier, resourceId, actions, NO_CONDITIONS), t("connected", { resource: resourceId }));
}

export async function disconnectAction(_p: ListFormState, d: FormData): Promise<ListFormState> {
  const identifier = field(d, "identifier");
  const { actor, owner } = await actorFor(listPath(identifier));
  const resourceId = field(d, "resource");
  return run(listPath(identifier), () => deleteConnection(actor, owner, identifier, resourceId, NO_CONDITIONS), (await texts())("disconnected", { resource: resourceId }));
}
