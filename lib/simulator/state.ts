// The control API's shared state (clock offset, armed faults) as this process sees it. The truth is in the
// database, so every instance on one PostgreSQL follows the same clock and faults; each process keeps a
// snapshot that is re-read at most once a second, in the background, so the hot paths (token endpoint,
// PDP) ask a Map and never the database while nothing is armed. A change made through this process's
// control API is seen at once here, and by other instances within about a second (a timer, started by
// the first use and not keeping the process alive, re-reads it every second).
import { db } from "../db";
import { env } from "../env";
import { processGlobal } from "../process-global";

export interface ArmedFault {
  kind: string;
  /** Calls it still answers; null: until switched off. */
  remaining: number | null;
  status: number;
  delayMs: number;
  retryAfter: number;
  /** Path prefix it applies to (Altinn API faults); "" for all. */
  path: string;
}

export interface Snapshot {
  offsetMs: number;
  faults: ReadonlyMap<string, ArmedFault>;
}

const REFRESH_MS = 1000;
const EMPTY: Snapshot = { offsetMs: 0, faults: new Map() };
// process-wide: the Next bundle and lib/server.ts's fast path (token endpoint, PDP) load this module separately
const st = processGlobal("simulator-state", () => ({
  snapshot: EMPTY as Snapshot,
  timer: null as ReturnType<typeof setInterval> | null,
  reading: null as Promise<void> | null,
}));

async function read(): Promise<void> {
  const [clock, faults] = await Promise.all([
    db.simulatorClock.findUnique({ where: { id: 1 } }),
    db.simulatorFault.findMany(),
  ]);
  st.snapshot = {
    offsetMs: (clock?.offsetSeconds ?? 0) * 1000,
    faults: new Map(faults.filter((f) => f.remaining === null || f.remaining > 0).map((f) => [f.kind, f])),
  };
}

function backgroundRead(): Promise<void> {
  st.reading ??= read()
    .catch((e) => {
      // e.g. a database not migrated yet: keep the last snapshot and try again in a second
      console.error("[simulator] could not read the control state:", e instanceof Error ? e.message : e);
    })
    .finally(() => (st.reading = null));
  return st.reading;
}

/** Re-reads the snapshot after a change (waiting out a read that may have started before the change). */
export async function refreshSimulatorState(): Promise<void> {
  await st.reading;
  await read();
}

/** The snapshot (at most about a second old). */
export function simulatorState(): Snapshot {
  if (!env.testFeatures) return EMPTY;
  // Only the portal follows the shared state: scripts and unit tests (no Next runtime) keep real time and
  // no faults, and never open the database for it.
  if (!st.timer && process.env.NEXT_RUNTIME === "nodejs") {
    st.timer = setInterval(() => void backgroundRead(), REFRESH_MS);
    st.timer.unref();
    void backgroundRead();
  }
  return st.snapshot;
}

/** This process's own change, visible at once (before the next re-read confirms it). */
export function setSnapshot(next: Partial<Snapshot>): void {
  st.snapshot = { ...st.snapshot, ...next };
}
