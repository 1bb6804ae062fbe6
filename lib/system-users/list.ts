// The organisation's live system users, for the end user's overview.
import { db } from "../db";
import { localizedColumn, type Locale } from "../i18n/locale";
import { accessPackageName } from "../parties/access-packages";
import { requireAccessManager, type OrgActor } from "./access";

export interface SystemUserSummary {
  id: string;
  userType: string;
  integrationTitle: string;
  externalRef: string;
  created: string;
  system: { id: string; name: string };
  vendor: { orgNo: string; name: string };
  rights: { resource: string; title: string; action: string }[];
  accessPackages: { urn: string; name: string }[];
  clientCount: number;
}

export async function listSystemUsers(actor: OrgActor, locale: Locale = "en"): Promise<SystemUserSummary[]> {
  await requireAccessManager(actor);
  const rows = await db.systemUser.findMany({
    where: { reporteeOrgNo: actor.orgNo, isDeleted: false },
    include: {
      system: { include: { vendor: true } },
      rights: { orderBy: [{ resource: "asc" }, { action: "asc" }] },
      accessPackages: { orderBy: { urn: "asc" } },
      _count: { select: { clients: true } },
    },
    orderBy: { created: "desc" },
  });
  const resourceIds = [...new Set(rows.flatMap((r) => r.rights.map((x) => x.resource)))];
  const titles = new Map(
    (await db.resource.findMany({ where: { identifier: { in: resourceIds } }, select: { identifier: true, titleNb: true, titleNn: true, titleEn: true } })).map((r) => [r.identifier, localizedColumn(r, "title", locale)]),
  );
  return rows.map((r) => ({
    id: r.id,
    userType: r.userType,
    integrationTitle: r.integrationTitle,
    externalRef: r.externalRef,
    created: r.created.toISOString(),
    system: { id: r.system.id, name: localizedColumn(r.system, "name", locale) },
    vendor: { orgNo: r.system.vendor.orgNo, name: r.system.vendor.name },
    rights: r.rights.map((x) => ({ resource: x.resource, title: titles.get(x.resource) ?? x.resource, action: x.action })),
    accessPackages: r.accessPackages.map((p) => ({ urn: p.urn, name: accessPackageName(p.urn, locale) })),
    clientCount: r._count.clients,
  }));
}

/** Standard and agent requests still waiting for the organisation (escalated ones included). */
