"use server";
// Server actions of the access-list pages: the same domain functions as the API
// (/resourceregistry/api/v1/access-lists/{owner}), acting for the person's service owner.
import { revalidatePath } from "next/cache";
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

function messageOf(e: unknown): string {
  if (e instanceof Problem) return e.validationErrors?.[0]?.title ?? e.detail ?? e.title;
  if (e instanceof BindingProblem) return Object.values(e.errors).flat()[0] ?? e.message;
  if (e instanceof StatusAnswer) return e.status === 403 ? "Not allowed." : `Refused (${e.status}).`;
  throw e;
}

async function run(path: string, fn: () => Promise<Conditional<unknown>>, ok: string, missing = "The access list no longer exists."): Promise<ListFormState> {
  try {
    const r = await fn();
    if (r.kind === "notFound") return { error: missing };
    if (r.kind === "failed") return { error: "The access list changed meanwhile: reload the page." };
  } catch (e) {
    return { error: messageOf(e) };
  }
  revalidatePath(path);
  return { ok };
}

/** A new list: If-None-Match: * (an existing identifier is refused, not overwritten). */
export async function createListAction(_p: ListFormState, d: FormData): Promise<ListFormState> {
  const { actor, owner } = await actorFor(LISTS);
  const identifier = field(d, "identifier");
  const values = { identifier, name: field(d, "name"), description: field(d, "description") };
  if (!/^[a-z0-9][a-z0-9-]{0,99}$/.test(identifier)) return { error: "The identifier is 1–100 lowercase letters, digits and hyphens (e.g. godkjente-banker).", values };
  let created = false;
  try {
    const body = parseListBody({ name: values.name, description: values.description });
    const r = await upsertAccessList(actor, owner, identifier, body, readConditions(new Headers({ "if-none-match": "*" })));
    if (r.kind === "failed") return { error: `An access list ${identifier} exists already.`, values };
    created = true;
  } catch (e) {
    return { error: messageOf(e), values };
  }
  if (created) redirect(listPath(identifier));
  return {};
}

export async function saveListAction(_p: ListFormState, d: FormData): Promise<ListFormState> {
  const identifier = field(d, "identifier");
  const { actor, owner } = await actorFor(listPath(identifier));
  return run(listPath(identifier), async () => upsertAccessList(actor, owner, identifier, parseListBody({ name: field(d, "name"), description: field(d, "description") }), readConditions(new Headers({ "if-match": "*" }))), "Saved.");
}

export async function deleteListAction(_p: ListFormState, d: FormData): Promise<ListFormState> {
  const identifier = field(d, "identifier");
  const { actor, owner } = await actorFor(listPath(identifier));
  try {
    await deleteAccessList(actor, owner, identifier, NO_CONDITIONS);
  } catch (e) {
    return { error: messageOf(e) };
  }
  redirect(`${LISTS}?deleted=${encodeURIComponent(identifier)}`);
}

export async function addMemberAction(_p: ListFormState, d: FormData): Promise<ListFormState> {
  const identifier = field(d, "identifier");
  const { actor, owner } = await actorFor(listPath(identifier));
  const orgNo = field(d, "orgNo");
  if (!isValidOrgNo(orgNo)) return { error: "An organisation number has 9 digits with a valid check digit." };
  const ref = parsePartyUrn(`urn:altinn:organization:identifier-no:${orgNo}`)!;
  const r = await run(listPath(identifier), () => changeMembers(actor, owner, identifier, "add", [ref], NO_CONDITIONS), `Added ${orgNo}.`);
  return r.error === "One or more party references not found." ? { error: `No organisation ${orgNo} in Enhetsregisteret (the simulator's cast).` } : r;
}

export async function removeMemberAction(_p: ListFormState, d: FormData): Promise<ListFormState> {
  const identifier = field(d, "identifier");
  const { actor, owner } = await actorFor(listPath(identifier));
  const ref = parsePartyUrn(`urn:altinn:party:uuid:${field(d, "partyUuid")}`);
  if (!ref) return { error: "Unknown member." };
  return run(listPath(identifier), () => changeMembers(actor, owner, identifier, "remove", [ref], NO_CONDITIONS), "Removed.");
}

export async function connectAction(_p: ListFormState, d: FormData): Promise<ListFormState> {
  const identifier = field(d, "identifier");
  const { actor, owner } = await actorFor(listPath(identifier));
  const resourceId = field(d, "resource");
  if (!resourceId) return { error: "Choose a resource." };
  const actions = d.getAll("actions").map(String).filter(Boolean);
  return run(listPath(identifier), () => upsertConnection(actor, owner, identifier, resourceId, actions, NO_CONDITIONS), `Connected to ${resourceId}.`);
}

export async function disconnectAction(_p: ListFormState, d: FormData): Promise<ListFormState> {
  const identifier = field(d, "identifier");
  const { actor, owner } = await actorFor(listPath(identifier));
  const resourceId = field(d, "resource");
  return run(listPath(identifier), () => deleteConnection(actor, owner, identifier, resourceId, NO_CONDITIONS), `Disconnected ${resourceId}.`);
}
