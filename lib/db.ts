// The one Prisma client of the process, on the database DATABASE_URL names (lib/db-client.ts: the same
// build serves SQLite and PostgreSQL).
import type { PrismaClient } from "./generated/prisma/client";
import { prismaClientFor } from "./db-client";
import { env } from "./env";
import { processGlobal } from "./process-global";

// One client per process, whichever copy of this module asks (lib/process-global.ts), and across dev reloads.
export const db: PrismaClient = processGlobal("prisma", () => prismaClientFor(env.databaseUrl));

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/** A unique-index violation (Prisma's P2002): how "one X per key" rules show up when a race gets past a check. */
export function isUniqueViolation(e: unknown): boolean {
  return typeof e === "object" && e !== null && (e as { code?: unknown }).code === "P2002";
}
