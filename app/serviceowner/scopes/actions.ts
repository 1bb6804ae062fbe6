"use server";
// Server actions of the scopes page: create a scope, grant it to an org, revoke a grant.
import { revalidatePath } from "next/cache";
import { requireArea } from "@/lib/auth/actor";
import { Problem } from "@/lib/problems/problem";
import { createScope, grantScope, revokeScope } from "@/lib/scopes/scopes";

const PATH = "/serviceowner/scopes";

export interface ScopeFormState {
  error?: string;
  ok?: string;
}

async function owner() {
  const actor = await requireArea("serviceOwner", PATH);
  return { orgNo: actor.party.orgNo, audit: `person:${actor.pid}` } as const;
}

async function run(fn: () => Promise<void>, ok: string): Promise<ScopeFormState> {
  try {
    await fn();
  } catch (e) {
    if (e instanceof Problem) return { error: e.detail ?? e.title };
    throw e;
  }
  revalidatePath(PATH);
  return { ok };
}

const field = (d: FormData, k: string) => String(d.get(k) ?? "").trim();

export async function createScopeAction(_p: ScopeFormState, d: FormData): Promise<ScopeFormState> {
  const o = await owner();
  const name = field(d, "name");
  return run(() => createScope(o, { name, description: field(d, "description") }), `Created ${name}.`);
}

export async function grantScopeAction(_p: ScopeFormState, d: FormData): Promise<ScopeFormState> {
  const o = await owner();
  const orgNo = field(d, "orgNo");
  return run(() => grantScope(o, field(d, "scope"), orgNo), `Granted to ${orgNo}.`);
}

export async function revokeScopeAction(_p: ScopeFormState, d: FormData): Promise<ScopeFormState> {
  const o = await owner();
  const orgNo = field(d, "orgNo");
  return run(() => revokeScope(o, field(d, "scope"), orgNo), `Revoked the grant to ${orgNo}.`);
}
