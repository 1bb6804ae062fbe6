// Portal sessions on the server. The session cookie is next-auth's signed JWT, which alone would stay
// valid for its 8 hours whatever happened; it names a PortalSession row and works only while that row
// exists and has not expired. Logging out deletes the row, so the cookie (or any copy of it) stops
// working at once, as an ID-porten logout ends that login; the person's other logins stay.
import { randomUUID } from "node:crypto";
import { db } from "../db";

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/** Starts a session for the person; returns its id (kept in the JWT). Drops the person's expired ones. */
export async function startSession(pid: string, now = new Date()): Promise<string> {
  const id = randomUUID();
  await db.portalSession.deleteMany({ where: { personPid: pid, expiresAt: { lte: now } } });
  await db.portalSession.create({ data: { id, personPid: pid, expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000) } });
  return id;
}

export async function isSessionLive(id: unknown, now = new Date()): Promise<boolean> {
  if (typeof id !== "string") return false;
  return (await db.portalSession.count({ where: { id, expiresAt: { gt: now } } })) === 1;
}

export async function endSession(id: unknown): Promise<void> {
  if (typeof id === "string") await db.portalSession.deleteMany({ where: { id } });
}
