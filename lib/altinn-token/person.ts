// A person of the cast's Altinn token: for the simulator's test token endpoint (in the spirit of Altinn's
// test token generator, GET /api/GetPersonalToken?pid=&scopes=) and for the logged-in person's own token
// on the client-administration page.
import { db } from "../db";
import { StatusAnswer } from "../problems/problem";
import { issuePersonToken, type AltinnPersonClaims } from "./token";

/** The test token generator's scope list is comma separated; spaces are accepted too. */
export function parseScopes(raw: string | null): string[] {
  return [...new Set((raw ?? "").split(/[\s,]+/).filter(Boolean))];
}

/** An Altinn token for the person `pid` (400 plain text when the pid is not a person of the cast). */
export async function personToken(pid: string, scopes: readonly string[]): Promise<{ token: string; claims: AltinnPersonClaims }> {
  const person = /^\d{11}$/.test(pid) ? await db.person.findUnique({ where: { pid }, select: { pid: true, partyId: true, partyUuid: true } }) : null;
  if (!person) throw new StatusAnswer(400, "pid is not a person of the simulator's cast");
  return issuePersonToken({ pid: person.pid, partyId: person.partyId, partyUuid: person.partyUuid, scopes });
}
