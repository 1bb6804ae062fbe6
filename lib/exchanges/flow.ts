// The flow an exchange belongs to: one runtime call (a console run, a CLI run, one API call and the
// calls it makes in turn) is one flow. A callee joins its caller's flow through two headers the
// simulator's own callers send (the real parties send nothing of the kind; an external client that
// sends none starts a flow of its own per request). The current flow lives in AsyncLocalStorage, so the
// outbound calls a handler makes (Skatteetaten → JWKS, token, PDP) carry it without being passed along.
// No database here: the CLI imports this file.
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import { isParty, type PartyId } from "./parties";

export const FLOW_HEADER = "x-simulator-flow";
export const CALLER_HEADER = "x-simulator-caller";

export interface FlowContext {
  flowId: string;
  /** The party whose code runs now: the caller of any outbound request. */
  self: PartyId;
  /** What the running handler adds to its own exchange's record (never to its answer). */
  notes: Record<string, unknown>;
}

// Modules may be loaded twice (by Next and by a node:http front): one storage per process.
const g = globalThis as unknown as { __simulatorFlows?: AsyncLocalStorage<FlowContext> };
const storage = (g.__simulatorFlows ??= new AsyncLocalStorage<FlowContext>());

export const currentFlow = (): FlowContext | undefined => storage.getStore();

export function runInFlow<T>(ctx: { flowId?: string; self: PartyId }, fn: () => T): T {
  return storage.run({ flowId: ctx.flowId ?? randomUUID(), self: ctx.self, notes: {} }, fn);
}

/** Attaches facts to the current exchange's record (e.g. the PDP's explanation); a function value is
 * called (and awaited) only when the record is written, off the request path. */
export function noteExchange(notes: Record<string, unknown>): void {
  const ctx = storage.getStore();
  if (ctx) Object.assign(ctx.notes, notes);
}

/** Headers for an outbound request made inside a flow; none outside one. */
export function flowHeaders(): Record<string, string> {
  const ctx = storage.getStore();
  return ctx ? { [FLOW_HEADER]: ctx.flowId, [CALLER_HEADER]: ctx.self } : {};
}

const FLOW_ID = /^[A-Za-z0-9-]{8,64}$/;

/** The flow and caller an inbound request names, if well-formed. */
export function inboundFlow(headers: Headers): { flowId: string | null; caller: PartyId | null } {
  const flowId = headers.get(FLOW_HEADER);
  const caller = headers.get(CALLER_HEADER);
  return { flowId: flowId && FLOW_ID.test(flowId) ? flowId : null, caller: isParty(caller) ? caller : null };
}
