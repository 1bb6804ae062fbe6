// Server-side end of sessions. The session is a signed cookie (next-auth JWT) that lives 8 hours; it names
// the person's session version at login, and it works only while that version is the person's current
// one. Logging out bumps the version, so every session of the person issued before (a copied cookie
// included) stops working at once.
import { db } from "../db";

/** The person's current session version, or null for a person who no longer exists. */
export async function currentSessionVersion(pid: string): Promise<number | null> {
  const person = await db.person.findUnique({ where: { pid }, select: { sessionVersion: true } });
  return person?.sessionVersion ?? null;
}

/** Ends every session of the person. */
export async function endSessions(pid: string): Promise<void> {
  await db.person.updateMany({ where: { pid }, data: { sessionVersion: { increment: 1 } } });
}
