// The organisation's requests waiting for its access managers (the overview's pending list).
import { db } from "../db";
import { localizedColumn, type Locale } from "../i18n/locale";
import { requireAccessManager, type OrgActor } from "../system-users/access";
import { effectiveStatus } from "./rules";
import { now as clockNow } from "../clock";

export interface PendingRequest {
  id: string;
  kind: "standard" | "agent";
  integrationTitle: string;
  systemName: string;
  vendorName: string;
  escalated: boolean;
  created: string;
}

export async function listPendingRequests(actor: OrgActor, now = clockNow(), locale: Locale = "en"): Promise<PendingRequest[]> {
  await requireAccessManager(actor);
  const rows = await db.systemUserRequest.findMany({
    where: { partyOrgNo: actor.orgNo, status: "New", kind: { in: ["standard", "agent"] } },
    include: { system: { include: { vendor: true } } },
    orderBy: { created: "desc" },
  });
  return rows
    .filter((r) => effectiveStatus(r.status, r.created, now) === "New")
    .map((r) => ({
      id: r.id,
      kind: r.kind === "agent" ? "agent" : "standard",
      integrationTitle: r.integrationTitle || r.system.nameNb,
      systemName: localizedColumn(r.system, "name", locale),
      vendorName: r.system.vendor.name,
      escalated: r.escalated,
      created: r.created.toISOString(),
    }));
}
