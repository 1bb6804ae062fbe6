// The one Prisma client of the process, on the driver adapter that DATABASE_URL names.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { sqliteAdapter } from "./db-sqlite";
import { env, isPostgres } from "./env";

function createClient(): PrismaClient {
  const adapter = isPostgres()
    ? new PrismaPg({ connectionString: env.databaseUrl })
    : sqliteAdapter(env.databaseUrl);
  return new PrismaClient({ adapter });
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const db: PrismaClient = globalForPrisma.prisma ?? createClient();
if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = db;

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/** A unique-index violation (Prisma's P2002): how "one X per key" rules show up when a race gets past a check. */
export function isUniqueViolation(e: unknown): boolean {
  return typeof e === "object" && e !== null && (e as { code?: unknown }).code === "P2002";
}
