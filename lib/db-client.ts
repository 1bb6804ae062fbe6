// A Prisma client on a database URL: the client generated for that database, on its driver adapter.
//
// Prisma fixes a client's provider when it is generated, so there are two generated clients: SQLite's
// (lib/generated/prisma, from prisma/schema.prisma) and PostgreSQL's (lib/generated/prisma-pg, from the
// derived prisma/postgres/schema.prisma). Both are in every build and the URL picks one at run time: the
// same build serves SQLite and PostgreSQL. Their query APIs come from the same schema, so the code is
// typed against SQLite's client.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "./generated/prisma-pg/client";
import { sqliteAdapter } from "./db-sqlite";
import { isPostgres } from "./env";

export function prismaClientFor(url: string): PrismaClient {
  if (isPostgres(url)) return new PostgresPrismaClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as PrismaClient;
  return new PrismaClient({ adapter: sqliteAdapter(url) });
}
