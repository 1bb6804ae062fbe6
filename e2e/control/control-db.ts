// Reads beside the control server from its database (e2e/test-env.ts CONTROL_ENV): the audit rows of the
// control API.
import { prismaClientFor } from "../../lib/db-client";
import { CONTROL_ENV } from "../test-env";

export async function controlAuditRows(): Promise<{ action: string; subject: string; details: unknown }[]> {
  const url = CONTROL_ENV.DATABASE_URL;
  const db = prismaClientFor(url);
  try {
    return await db.auditEvent.findMany({ where: { action: { startsWith: "simulator." } }, orderBy: { at: "asc" }, select: { action: true, subject: true, details: true } });
  } finally {
    await db.$disconnect();
  }
}
