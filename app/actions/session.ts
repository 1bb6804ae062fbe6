"use server";
// Login, party choice and logout: thin server actions over next-auth and lib/parties.
import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { signIn, signOut, unstable_update } from "@/lib/auth/auth";
import { landingPath, requirePerson } from "@/lib/auth/actor";
import type { LoginErrorCode } from "@/lib/auth/login-errors";
import { safeReturnPath } from "@/lib/auth/return-path";
import { checkPid } from "@/lib/identifiers/pid";
import { findPerson, listParties, loadRelation } from "@/lib/parties/relations";
import { hasRelation } from "@/lib/parties/roles";

export interface LoginState {
  /** Shown as Login.errors.<code> in the page's language. */
  error?: LoginErrorCode;
  pid?: string;
}

export async function login(_prev: LoginState, form: FormData): Promise<LoginState> {
  const pid = String(form.get("pid") ?? "").replace(/\s/g, "");
  const code = await loginAndRedirect(pid, safeReturnPath(form.get("callbackUrl")));
  return { error: code, pid };
}

/** One-click login from the cast list. */
export async function loginAs(form: FormData): Promise<void> {
  const pid = String(form.get("pid") ?? "");
  const code = await loginAndRedirect(pid, safeReturnPath(form.get("callbackUrl")));
  redirect(`/login?error=${code}`);
}

/** Logs the person in and redirects (never returns), or returns why the login was refused. */
async function loginAndRedirect(pid: string, returnTo: string): Promise<LoginErrorCode> {
  const check = checkPid(pid);
  if (!check.ok) return check.reason;
  if (!(await findPerson(pid))) return "unknown";
  // One organisation: act for it at once. Several: let the person choose, as Altinn does, except on
  // pages that name their party themselves (the approval pages' DONTCHOOSEREPORTEE=true).
  const parties = await listParties(pid);
  const party = parties.length === 1 ? parties[0]!.orgNo : "";
  try {
    await signIn("credentials", { pid, party, redirect: false });
  } catch (e) {
    if (e instanceof AuthError) return "failed";
    throw e;
  }
  if (party && returnTo === "/start") redirect(await landingPath(pid, party));
  const skipChooser = party !== "" || returnTo.includes("DONTCHOOSEREPORTEE=true");
  redirect(skipChooser ? returnTo : `/velg-aktor?callbackUrl=${encodeURIComponent(returnTo)}`);
}

export async function chooseParty(form: FormData): Promise<void> {
  const returnTo = safeReturnPath(form.get("callbackUrl"));
  const person = await requirePerson(`/velg-aktor?callbackUrl=${encodeURIComponent(returnTo)}`);
  const orgNo = String(form.get("orgNo") ?? "");
  if (!hasRelation(await loadRelation(person.pid, orgNo))) {
    redirect(`/velg-aktor?error=not-related&callbackUrl=${encodeURIComponent(returnTo)}`);
  }
  await unstable_update({ party: orgNo });
  redirect(returnTo === "/start" ? await landingPath(person.pid, orgNo) : returnTo);
}

export async function logout(): Promise<void> {
  await signOut({ redirectTo: "/" });
}

/** Logs out and opens the login page, which returns to the page the person was refused on. */
export async function switchPerson(form: FormData): Promise<void> {
  const returnTo = safeReturnPath(form.get("callbackUrl"));
  await signOut({ redirectTo: `/login?callbackUrl=${encodeURIComponent(returnTo)}` });
}
