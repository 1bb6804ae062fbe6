// People's actions in the portal's pages (request approved, client added, system user deleted, ...) as
// exchanges from the browser lane. They are server actions, not API calls: every one is audited, so the
// audit writer hands each person's action here (lib/audit.ts), one place for all pages. An action made
// through an API (a person's Altinn token) is recorded as that API exchange instead.
import { randomUUID } from "node:crypto";
import { env } from "../env";
import { currentFlow } from "./flow";
import type { PartyId } from "./parties";
import { recordExchange, recordingEnabled } from "./recorder";

function partyOfAction(action: string): PartyId {
  if (action.startsWith("maskinporten.") || action.startsWith("scope.")) return "maskinporten";
  if (action.startsWith("resource.")) return "resourceregistry";
  return "authentication";
}

// One server action is one flow (an approval writes "system user created" and "request approved"): the
// flow id is kept per request, keyed by the request's headers object, which Next gives once per request.
const g = globalThis as unknown as { __personActionFlows?: WeakMap<object, string> };
const flows = (g.__personActionFlows ??= new WeakMap<object, string>());

/** The page the person acted on (the server action's Referer) and the action's flow, from Next's request context. */
async function requestContext(): Promise<{ url: string; flowId: string }> {
  try {
    const { headers } = await import("next/headers");
    const h = await headers();
    let flowId = flows.get(h);
    if (!flowId) flows.set(h, (flowId = randomUUID()));
    return { url: h.get("referer") ?? env.baseUrl, flowId };
  } catch {
    return { url: env.baseUrl, flowId: randomUUID() };
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function systemUserOf(action: string, subject: string, details: Record<string, unknown>): { systemUserId?: string } {
  if (typeof details.systemUserId === "string") return { systemUserId: details.systemUserId };
  return action.startsWith("systemuser.") && UUID.test(subject) ? { systemUserId: subject } : {};
}

/** The organisations an audited action names (partyOrgNo, facilitator, client, ...), for the view's filter. */
const orgNosIn = (details: Record<string, unknown>): string[] => Object.values(details).filter((v): v is string => typeof v === "string" && /^\d{9}$/.test(v));

export async function recordPersonAction(actor: string, action: string, subject: string, details: Record<string, unknown>): Promise<void> {
  if (!actor.startsWith("person:") || currentFlow() || !recordingEnabled()) return;
  const at = new Date();
  const pid = actor.slice("person:".length);
  const { url, flowId } = await requestContext();
  recordExchange({
    at,
    flowId,
    from: "browser",
    to: partyOfAction(action),
    method: "POST",
    url,
    status: 200,
    durationMs: 0,
    requestHeaders: [["content-type", "application/json"]],
    requestBody: JSON.stringify({ action, subject, ...details }),
    responseHeaders: [],
    responseBody: null,
    notes: { action, person: `${pid.slice(0, 6)}*****`, ...systemUserOf(action, subject, details), orgNos: orgNosIn(details) },
  });
}
