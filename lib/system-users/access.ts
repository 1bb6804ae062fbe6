// Managing an organisation's system users is for its access managers only (reference §3, §4): checked
// inside every function of lib/system-users, so no page or action can skip it.
import { AUTH } from "../problems/auth";
import { loadRelation } from "../parties/relations";
import { isAccessManager, type PartyRelation } from "../parties/roles";

/** The person acting for an organisation (the session's party). */
export interface OrgActor {
  pid: string;
  orgNo: string;
}

export async function requireAccessManager(actor: OrgActor): Promise<PartyRelation> {
  const relation = await loadRelation(actor.pid, actor.orgNo);
  if (!isAccessManager(relation)) throw AUTH.notAccessManager();
  return relation;
}
