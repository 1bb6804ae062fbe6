// The one recorder of exchanges between the parties. On the request path it only pushes a capture to an
// in-memory buffer; a timer writes the buffer in batches (masking and decoding there), so recording
// costs a request next to nothing. Bounded twice: the buffer drops its oldest captures beyond
// MAX_PENDING, the table its oldest rows beyond the limit (SIMULATOR_EXCHANGES_LIMIT, default 5000);
// nothing else is ever deleted. SIMULATOR_EXCHANGES=off turns recording off (e.g. for a benchmark).
// The batches are written with prepared statements on the driver (lib/db-hot.ts): through Prisma, writing
// the record cost a busy portal more CPU than the PDP's decisions it recorded (issue 9).
import { randomUUID } from "node:crypto";
import { chunks, dateParam, hotRows, hotTransaction, valuesList } from "../db-hot";
import { isPostgres } from "../env";
import { maskBody, maskHeaders, subjectsOf, type DecodedToken, type ExchangeData } from "./mask";
import type { PartyId } from "./parties";

type Body = string | null | Promise<string | null>;

export interface CapturedExchange {
  at: Date;
  flowId: string;
  from: PartyId;
  to: PartyId;
  method: string;
  url: string;
  status: number;
  durationMs: number;
  requestHeaders: Iterable<[string, string]>;
  requestBody: Body;
  responseHeaders: Iterable<[string, string]>;
  responseBody: Body;
  notes: Record<string, unknown>;
}

const FLUSH_MS = 150;
const MAX_PENDING = 2000;
const PRUNE_EVERY = 20;

interface Recorder {
  pending: CapturedExchange[];
  timer: ReturnType<typeof setTimeout> | null;
  writing: Promise<void>;
  flushes: number;
}

// One recorder per process, even when modules load twice (Next's server and a node:http front).
const g = globalThis as unknown as { __simulatorRecorder?: Recorder };
const recorder = (g.__simulatorRecorder ??= { pending: [], timer: null, writing: Promise.resolve(), flushes: 0 });

export const recordingEnabled = (): boolean => process.env.SIMULATOR_EXCHANGES !== "off";
const tableLimit = (): number => Math.max(100, Number(process.env.SIMULATOR_EXCHANGES_LIMIT) || 5000);

export function recordExchange(x: CapturedExchange): void {
  if (!recordingEnabled()) return;
  recorder.pending.push(x);
  if (recorder.pending.length > MAX_PENDING) recorder.pending.splice(0, recorder.pending.length - MAX_PENDING);
  if (!recorder.timer) {
    recorder.timer = setTimeout(() => void flushExchanges(), FLUSH_MS);
    recorder.timer.unref?.();
  }
}

/** Writes what is pending (also called by readers, so this process's own exchanges are never missed). */
export function flushExchanges(): Promise<void> {
  if (recorder.timer) clearTimeout(recorder.timer);
  recorder.timer = null;
  const batch = recorder.pending.splice(0);
  recorder.writing = recorder.writing.then(() => (batch.length ? write(batch) : undefined));
  return recorder.writing;
}

async function text(body: Body): Promise<string | null> {
  try {
    return await body;
  } catch {
    return null;
  }
}

/** Notes may be thunks (e.g. the PDP's explanation), built here rather than on the request path. */
async function resolveNotes(notes: Record<string, unknown>): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(notes)) {
    try {
      out[k] = typeof v === "function" ? await (v as () => unknown)() : v;
    } catch (e) {
      out[k] = `(could not be built: ${(e as Error).message})`;
    }
  }
  return out;
}

async function toRow(x: CapturedExchange) {
  const jwts: DecodedToken[] = [];
  const reqHeaders = [...x.requestHeaders];
  const resHeaders = [...x.responseHeaders];
  const type = (h: [string, string][]) => h.find(([k]) => k.toLowerCase() === "content-type")?.[1] ?? null;
  const data: ExchangeData = {
    request: { headers: maskHeaders(reqHeaders, "request", jwts), body: maskBody(await text(x.requestBody), type(reqHeaders), "request", jwts) },
    response: { headers: maskHeaders(resHeaders, "response", jwts), body: maskBody(await text(x.responseBody), type(resHeaders), "response", jwts) },
    jwts,
    notes: await resolveNotes(x.notes),
  };
  const { systemUserId, orgNos } = subjectsOf(x.url, jwts, data.notes);
  // the columns of COLUMNS, in order
  return [
    randomUUID(),
    dateParam(x.at),
    x.flowId,
    x.from,
    x.to,
    x.method,
    x.url,
    x.status,
    x.durationMs,
    systemUserId,
    orgNos.length ? ` ${orgNos.join(" ")} ` : "",
    JSON.stringify(data),
  ];
}

const COLUMNS = ["id", "at", "flowId", "fromParty", "toParty", "method", "url", "status", "durationMs", "systemUserId", "orgNos", "data"];
const DATA_COLUMN = COLUMNS.indexOf("data");

// Readers poll with the seq of the newest row they saw (`since`), so rows must become visible in seq order.
// One process writes its batches one after another; instances sharing a PostgreSQL database take this
// transaction lock before their insert draws its seqs, or a batch that drew lower seqs but committed later
// than another instance's would never be shown to a poller that has already moved past them.
const SEQ_ORDER_LOCK = "SELECT pg_advisory_xact_lock(7305116)";

async function write(batch: CapturedExchange[]): Promise<void> {
  try {
    const rows = await Promise.all(batch.map(toRow));
    await hotTransaction(async (run) => {
      if (isPostgres()) await run("exchange-seq-lock", SEQ_ORDER_LOCK, []);
      for (const part of chunks(rows)) {
        await run(
          `exchange-insert-${part.length}`,
          `INSERT INTO "SimulatorExchange" (${COLUMNS.map((c) => `"${c}"`).join(", ")}) VALUES ${valuesList(part.length, COLUMNS.length, [DATA_COLUMN])}`,
          part.flat(),
        );
      }
    });
    if (++recorder.flushes % PRUNE_EVERY === 1) await prune();
  } catch (e) {
    console.error("[exchanges] a batch of recorded exchanges could not be written:", (e as Error).message);
  }
}

/** Drops the oldest rows beyond the limit (rows of every instance sharing the database). */
async function prune(): Promise<void> {
  const [last] = await hotRows<{ seq: number | null }>("exchange-max-seq", `SELECT MAX("seq") AS "seq" FROM "SimulatorExchange"`, []);
  const max = last?.seq == null ? null : Number(last.seq);
  if (max !== null && max > tableLimit()) {
    await hotTransaction((run) => run("exchange-prune", `DELETE FROM "SimulatorExchange" WHERE "seq" <= $1`, [max - tableLimit()]));
  }
}
