// POST /simulator/api/reset and `npm run db:reset`: back to the seed with the portal running. One
// transaction empties every table (the audit log excepted: it records the reset too) and runs the seed's
// own functions (prisma/seed.ts), so readers see the old state or the new one, never a half. The database
// file is never replaced (a running portal would answer SQLITE_READONLY_DBMOVED). Sessions end (their rows
// go) and tokens end: the signing keys go with their tables, new ones are made on first use, and this
// process's key caches are dropped at once (other instances on PostgreSQL are told by NOTIFY at commit,
// lib/key-changes.ts; Skatteetaten's JWKS cache in another instance keeps old keys until its next reload).
import { Prisma } from "../generated/prisma/client";
import { db } from "../db";
import { isPostgres } from "../env";
import { NOTIFY_KEYS_SQL } from "../key-changes";
import { seed } from "../../prisma/seed";
import { forgetKeySet } from "../maskinporten/access-token";
import { forgetSigningKey } from "../maskinporten/signing-keys";
import { forgetRemoteKeys } from "../skatteetaten/remote-keys";
import { refreshSimulatorState } from "./state";

/** Tables a reset keeps: the audit log and the recorded exchanges are the record of what happened, resets included. */
const KEPT = new Set<string>(["AuditEvent", "SimulatorExchange"]);

export function resetTables(): string[] {
  return Object.values(Prisma.ModelName).filter((name) => !KEPT.has(name));
}

export async function resetToSeed(): Promise<{ tookMs: number }> {
  const started = performance.now();
  const tables = resetTables();
  await db.$transaction(
    async (tx) => {
      if (isPostgres()) {
        await tx.$executeRawUnsafe(`TRUNCATE TABLE ${tables.map((t) => `"${t}"`).join(", ")} CASCADE`);
        await tx.$executeRawUnsafe(NOTIFY_KEYS_SQL); // the other instances drop their cached keys at commit
      } else {
        // Foreign keys are checked at COMMIT, so the tables may be emptied in any order.
        await tx.$executeRawUnsafe("PRAGMA defer_foreign_keys = ON");
        for (const t of tables) await tx.$executeRawUnsafe(`DELETE FROM "${t}"`);
      }
      await seed(tx, { empty: true });
    },
    { maxWait: 10_000, timeout: 30_000 },
  );
  forgetSigningKey();
  forgetKeySet();
  forgetRemoteKeys();
  await refreshSimulatorState();
  return { tookMs: Math.round(performance.now() - started) };
}
