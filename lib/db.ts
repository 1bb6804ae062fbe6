// The one Prisma client of the process, on the driver adapter that DATABASE_URL names.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { sqliteAdapter } from "./db-sqlite";
import { env, isPostgres } from "./env";
import { processGlobal } from "./process-global";

function createClient(): PrismaClient {
  const adapter = isPostgres()
    ? new PrismaPg({ connectionString: env.databaseUrl })
    : sqliteAdapter(env.databaseUrl);
  return new PrismaClient({ adapter });
}

// One client per process, whichever copy of this module asks (lib/process-global.ts), and across dev reloads.
export const db: PrismaClient = processGlobal("prisma", createClient);

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/** A unique-index violation (Prisma's P2002): how "one X per key" rules show up when a race gets past a check. */
export function isUniqueViolation(e: unknown): boolean {
  return typeof e === "object" && e !== null && (e as { code?: unknown }).code === "P2002";
}
