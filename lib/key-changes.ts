// Key rotations reach every instance on one PostgreSQL database at once: the rotating process sends
// NOTIFY on a channel in the rotation's own transaction (delivered at commit), and each instance LISTENs
// on one dedicated connection of the ordinary `pg` client and drops its cached key. While that connection
// listens, a notification is the only way a cached key goes stale (rotations and resets both send one), so
// the caches need no recheck; without PostgreSQL (SQLite), or while the connection is down, their own short
// recheck applies.
import pg from "pg";
import { env, isPostgres } from "./env";
import { processGlobal } from "./process-global";

export const KEYS_CHANNEL = "altinn_sim_keys";
/** SQL that announces a key change, for the rotation's transaction (PostgreSQL only). */
export const NOTIFY_KEYS_SQL = `NOTIFY ${KEYS_CHANNEL}`;

// process-wide: the Next bundle and lib/server.ts's fast path load this module separately
const state = processGlobal("key-changes", () => ({ listeners: new Set<() => void>(), started: false, listening: false }));

/** True while this process LISTENs: every key change made from now on reaches it by notification. */
export const keyChangesAnnounced = (): boolean => state.listening;

/** Calls `fn` whenever any process announces a key change (also after the listener reconnects: a change may have been missed). */
export function onKeysChanged(fn: () => void): void {
  state.listeners.add(fn);
  if (!state.started && isPostgres()) {
    state.started = true;
    void listen();
  }
}

const fire = () => state.listeners.forEach((fn) => fn());

async function listen(): Promise<void> {
  const client = new pg.Client({ connectionString: env.databaseUrl });
  let retried = false;
  const retry = () => {
    if (retried) return;
    retried = true;
    state.listening = false;
    client.removeAllListeners();
    client.end().catch(() => {});
    setTimeout(() => void listen(), 1000).unref();
  };
  client.on("notification", (m) => {
    if (m.channel === KEYS_CHANNEL) fire();
  });
  client.on("error", retry);
  client.on("end", retry);
  try {
    await client.connect();
    await client.query(`LISTEN ${KEYS_CHANNEL}`);
    state.listening = !retried;
    fire(); // whatever changed while not listening is read again
  } catch {
    retry();
  }
}
