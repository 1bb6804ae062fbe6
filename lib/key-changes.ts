// Key rotations reach every instance on one PostgreSQL database at once: the rotating process sends
// NOTIFY on a channel in the rotation's own transaction (delivered at commit), and each instance LISTENs
// on one dedicated connection of the ordinary `pg` client and drops its cached key. Without PostgreSQL
// (SQLite), or while the listening connection is down, the caches' own short recheck still applies.
import pg from "pg";
import { env, isPostgres } from "./env";

export const KEYS_CHANNEL = "altinn_sim_keys";
/** SQL that announces a key change, for the rotation's transaction (PostgreSQL only). */
export const NOTIFY_KEYS_SQL = `NOTIFY ${KEYS_CHANNEL}`;

const listeners = new Set<() => void>();
let started = false;

/** Calls `fn` whenever any process announces a key change (also after the listener reconnects: a change may have been missed). */
export function onKeysChanged(fn: () => void): void {
  listeners.add(fn);
  if (!started && isPostgres()) {
    started = true;
    void listen();
  }
}

const fire = () => listeners.forEach((fn) => fn());

async function listen(): Promise<void> {
  const client = new pg.Client({ connectionString: env.databaseUrl });
  let retried = false;
  const retry = () => {
    if (retried) return;
    retried = true;
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
    fire(); // whatever changed while not listening is read again
  } catch {
    retry();
  }
}
