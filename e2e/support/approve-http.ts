// Approves a system-user request over plain HTTP, as a browser without JavaScript does: the confirm page's
// form (a React server action) is read once, then posted as multipart form data with decision=approve.
// Node's fetch keeps no cookies: each post carries the session cookie it is given, and can go to another
// instance behind the same origin. An approval ends its session (the person is logged out, as in Altinn),
// so parallel approvals need a session each.
import { expect } from "@playwright/test";
import { portalSession } from "./client-delegation";

export interface ApprovalForm {
  /** Path and query of the confirm page: the form posts to it. */
  path: string;
  fields: [string, string][];
}

/** The cookie header of a new portal session of `pid` acting for `party`, signed in on `origin`. */
export async function sessionCookie(origin: string, pid: string, party: string): Promise<string> {
  const session = await portalSession(pid, party, origin);
  const cookie = (await session.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  await session.dispose();
  return cookie;
}

/** Loads the confirm page from `origin` with `cookie` and keeps its decision form's hidden fields. */
export async function approvalForm(origin: string, cookie: string, confirmUrl: string): Promise<ApprovalForm> {
  const u = new URL(confirmUrl);
  const path = `${u.pathname}${u.search}`;
  const page = await fetch(`${origin}${path}`, { headers: { cookie } });
  expect(page.status).toBe(200);
  const html = await page.text();
  const form = [...html.matchAll(/<form[\s\S]*?<\/form>/g)].map((m) => m[0]).find((f) => f.includes('name="requestId"')) ?? "";
  const fields = [...form.matchAll(/<input[^>]*type="hidden"[^>]*>/g)].map((m) => {
    const attr = (n: string) => new RegExp(`\\b${n}="([^"]*)"`).exec(m[0])?.[1] ?? "";
    return [unescape(attr("name")), unescape(attr("value"))] as [string, string];
  });
  expect(fields.map(([n]) => n)).toContain("requestId");
  return { path, fields };
}

const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

/** Posts the form with decision=approve to `origin`; the raw answer (303 to the done page when it took). */
export async function postApproval(origin: string, form: ApprovalForm, cookie: string): Promise<Response> {
  const body = new FormData();
  for (const [n, v] of form.fields) body.append(n, v);
  body.append("decision", "approve");
  return fetch(`${origin}${form.path}`, { method: "POST", body, headers: { cookie, origin }, redirect: "manual" });
}

/** Signs `pid` in on `origin` and approves the request there: the answer of the post. */
export async function approveOver(origin: string, pid: string, party: string, confirmUrl: string): Promise<Response> {
  const cookie = await sessionCookie(origin, pid, party);
  return postApproval(origin, await approvalForm(origin, cookie, confirmUrl), cookie);
}
