// What the PDP's access-list check needs (altinn-authorization-tmp DecisionController.IsAccessListAuthorized
// → AccessListAuthorization.Authorize over the registry's memberships of the party for the resource):
// the action filters of every list connected to the resource that has the organisation as a member.
import { db } from "../db";

/** One entry per membership; an empty filter lets every action through. */
export async function accessListFilters(resourceId: string, orgNo: string): Promise<string[][]> {
  const org = await db.organization.findUnique({ where: { orgNo }, select: { partyUuid: true } });
  if (!org) return [];
  const rows = await db.accessListResourceConnection.findMany({
    where: { resourceId, list: { members: { some: { partyUuid: org.partyUuid } } } },
    select: { actions: true },
  });
  return rows.map((r) => r.actions as string[]);
}
