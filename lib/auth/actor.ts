// The one place pages and server actions learn who is acting and whether they may: every role page
// and server action calls these (not only a layout), so navigation and direct POSTs are checked alike.
import { forbidden, redirect } from "next/navigation";
import { auth } from "./auth";
import { findOrganization, findPerson, loadRelation, type PartySummary } from "../parties/relations";
import { AREA_INFO, allowedAreas, mayEnterArea, type Area, type PartyRelation } from "../parties/roles";

export interface PersonActor {
  pid: string;
  name: string;
  /** The organisation the person acts for, chosen after login; null until chosen. */
  party: PartySummary | null;
}

export interface AreaActor extends PersonActor {
  party: PartySummary;
  relation: PartyRelation;
}

/** The logged-in person, or null. The person is re-read from the database on every call. */
export async function currentPerson(): Promise<PersonActor | null> {
  const session = await auth();
  if (!session?.pid) return null;
  const person = await findPerson(session.pid);
  if (!person) return null;
  const party = session.party ? await findOrganization(session.party) : null;
  return { ...person, party };
}

/** The logged-in person, or a redirect to the login page that comes back to `returnTo`. */
export async function requirePerson(returnTo: string): Promise<PersonActor> {
  const person = await currentPerson();
  if (!person) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  return person;
}

/**
 * The logged-in person acting for an organisation whose relation lets them into `area`.
 * Not logged in: to login. No party chosen: to the party chooser. Wrong role: 403 (app/forbidden.tsx).
 */
export async function requireArea(area: Area, returnTo: string): Promise<AreaActor> {
  const person = await requirePerson(returnTo);
  if (!person.party) redirect(`/velg-aktor?callbackUrl=${encodeURIComponent(returnTo)}`);
  const relation = await loadRelation(person.pid, person.party.orgNo);
  if (!mayEnterArea(area, relation)) forbidden();
  return { ...person, party: person.party, relation };
}

/** Where a person lands after login or a party change: their only area, or the list of areas. */
export async function landingPath(pid: string, orgNo: string): Promise<string> {
  const areas = allowedAreas(await loadRelation(pid, orgNo));
  return areas.length === 1 ? AREA_INFO[areas[0]!].path : "/start";
}
