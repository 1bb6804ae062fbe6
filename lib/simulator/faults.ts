// Faults a vendor's integration must handle, armed through /simulator/api/faults for the next N calls or
// until switched off. Each answers what the real system sends in that case (see FAULTS and README).
// The check on a hot path is a Map lookup in this process's snapshot (lib/simulator/state.ts); only an
// armed fault costs a query: a count-based one is taken by one conditional UPDATE (remaining > 0), so of
// two instances racing for the last call exactly one gets it.
import { db } from "../db";
import { refreshSimulatorState, setSnapshot, simulatorState, type ArmedFault } from "./state";

export interface FaultSpec {
  /** What the fault answers, as the real system would (shown by GET /simulator/api/faults). */
  answers: string;
  defaults: { status: number; delayMs: number; retryAfter: number; path: string };
  /** Which parameters a test may set. */
  params: readonly ("status" | "delayMs" | "retryAfter" | "path")[];
  statuses?: readonly number[];
}

const none = { status: 0, delayMs: 0, retryAfter: 0, path: "" };

export const FAULTS = {
  "maskinporten-token-error": {
    answers:
      "POST /maskinporten/token answers 500 {\"error\":\"server_error\",\"error_description\":…} (or 503 {\"error\":\"temporarily_unavailable\",…} with Retry-After): Maskinporten's OAuth error JSON (RFC 6749 §5.2; docs.digdir.no 'Feilsøking i Maskinporten')",
    defaults: { ...none, status: 500, retryAfter: 30 },
    params: ["status", "retryAfter"],
    statuses: [500, 502, 503, 504],
  },
  "maskinporten-token-slow": {
    answers: "POST /maskinporten/token waits delayMs (default 5000, at most 60000) before answering as usual",
    defaults: { ...none, delayMs: 5000 },
    params: ["delayMs"],
  },
  "maskinporten-mp303": {
    answers:
      "a system-user grant (authorization_details) is refused 400 {\"error\":\"invalid_altinn_customer_configuration\",\"error_description\":\"MP-303: …\"}, as Maskinporten answers when Altinn finds no system user; plain grants are not affected",
    defaults: none,
    params: [],
  },
  "maskinporten-jwks-unavailable": {
    answers: "GET /maskinporten/jwk answers 503 Service Unavailable (text/plain) with Retry-After: an API that must validate tokens cannot fetch the key set",
    defaults: { ...none, status: 503, retryAfter: 30 },
    params: ["retryAfter"],
  },
  "pdp-indeterminate": {
    answers:
      "POST /authorization/api/v1/authorize answers 200 with every decision Indeterminate, status urn:oasis:names:tc:xacml:1.0:status:processing-error (what the real PDP answers when evaluation throws)",
    defaults: none,
    params: [],
  },
  "pdp-notapplicable": {
    answers: "POST /authorization/api/v1/authorize answers 200 with every decision NotApplicable, status ok (no policy rule applies)",
    defaults: none,
    params: [],
  },
  "altinn-api-throttled": {
    answers:
      "an Altinn API under `path` (default /authentication/api/) answers 429 {\"statusCode\":429,\"message\":\"Rate limit is exceeded. Try again in N seconds.\"} with Retry-After: N, the body of Azure API Management's rate-limit policy in front of Altinn's platform",
    defaults: { ...none, status: 429, retryAfter: 30, path: "/authentication/api/" },
    params: ["retryAfter", "path"],
  },
  "altinn-api-unavailable": {
    answers: "an Altinn API under `path` (default /authentication/api/) answers 503 Service Unavailable (text/plain) with Retry-After: N",
    defaults: { ...none, status: 503, retryAfter: 30, path: "/authentication/api/" },
    params: ["retryAfter", "path"],
  },
} as const satisfies Record<string, FaultSpec>;

export type FaultKind = keyof typeof FAULTS;

export function isFaultKind(kind: string): kind is FaultKind {
  return Object.hasOwn(FAULTS, kind);
}

/** Cheap: is the fault armed in this process's snapshot (and for this path)? */
export function faultArmed(kind: FaultKind, path?: string): boolean {
  const f = simulatorState().faults.get(kind);
  return f !== undefined && (path === undefined || path.startsWith(f.path));
}

/**
 * Takes one call of an armed fault: the fault when this call must fail, null otherwise. Call only after
 * `faultArmed` (the hot paths do: nothing is awaited while nothing is armed).
 */
export async function takeFault(kind: FaultKind, path?: string): Promise<ArmedFault | null> {
  const f = simulatorState().faults.get(kind);
  if (!f || (path !== undefined && !path.startsWith(f.path))) return null;
  if (f.remaining === null) return f;
  const { count } = await db.simulatorFault.updateMany({ where: { kind, remaining: { gt: 0 } }, data: { remaining: { decrement: 1 } } });
  if (count === 1) return f;
  await db.simulatorFault.deleteMany({ where: { kind, remaining: { lte: 0 } } });
  await refreshSimulatorState();
  return null;
}

export interface ArmInput {
  kind: FaultKind;
  /** Calls to answer; omitted: until switched off. */
  count?: number;
  status?: number;
  delayMs?: number;
  retryAfter?: number;
  path?: string;
}

export async function armFault(input: ArmInput): Promise<ArmedFault> {
  const spec: FaultSpec = FAULTS[input.kind];
  const data = {
    remaining: input.count ?? null,
    status: input.status ?? spec.defaults.status,
    delayMs: input.delayMs ?? spec.defaults.delayMs,
    retryAfter: input.retryAfter ?? spec.defaults.retryAfter,
    path: input.path ?? spec.defaults.path,
  };
  const row = await db.simulatorFault.upsert({ where: { kind: input.kind }, create: { kind: input.kind, ...data }, update: data });
  await refreshSimulatorState();
  return toArmed(row);
}

export async function disarmFault(kind?: FaultKind): Promise<number> {
  const { count } = await db.simulatorFault.deleteMany({ where: kind ? { kind } : {} });
  await refreshSimulatorState();
  return count;
}

export async function listFaults(): Promise<ArmedFault[]> {
  const rows = await db.simulatorFault.findMany({ orderBy: { kind: "asc" } });
  return rows.filter((r) => r.remaining === null || r.remaining > 0).map(toArmed);
}

function toArmed(r: ArmedFault): ArmedFault {
  return { kind: r.kind, remaining: r.remaining, status: r.status, delayMs: r.delayMs, retryAfter: r.retryAfter, path: r.path };
}

/** Forgets this process's snapshot of faults (after a reset removed them). */
export function forgetFaults(): void {
  setSnapshot({ faults: new Map() });
}
