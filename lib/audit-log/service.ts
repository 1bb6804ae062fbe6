// Who may read the audit log, checked before any row is read (README, "The audit log"): a logged-in
// person acting for an organisation in which they hold a role area (service owner, vendor, access
// manager, client administrator) reads the events that concern that organisation, and no other's.
import { Problem } from "../problems/problem";
import { loadRelation } from "../parties/relations";
import { allowedAreas } from "../parties/roles";
import { parseAuditQuery, type AuditQuery } from "./query";
import { readAuditLog, type AuditLogPage } from "./read";

export interface AuditViewer {
  pid: string;
  /** The organisation the person acts for (the session's choice), or null before one is chosen. */
  orgNo: string | null;
}

export const auditProblems = {
  notLoggedIn: () => new Problem(401, "SIM-00001", "Log in to the portal and choose an organisation to read its audit log."),
  noArea: () => new Problem(403, "SIM-00002", "You hold no role area in the organisation you act for, so you may not read its audit log."),
};

/** The viewer's organisation once the rule holds; a Problem otherwise. */
export async function auditOrganisation(viewer: AuditViewer | null): Promise<string> {
  if (!viewer?.orgNo) throw auditProblems.notLoggedIn();
  if (allowedAreas(await loadRelation(viewer.pid, viewer.orgNo)).length === 0) throw auditProblems.noArea();
  return viewer.orgNo;
}

/** The rule first (a stranger learns nothing, not even whether the query is valid), then the query. */
export async function readAuditLogAs(viewer: AuditViewer | null, params: URLSearchParams): Promise<AuditLogPage & AuditQuery & { orgNo: string }> {
  const orgNo = await auditOrganisation(viewer);
  const query = parseAuditQuery(params);
  return { orgNo, ...query, ...(await readAuditLog(orgNo, query.filter, query.limit)) };
}
