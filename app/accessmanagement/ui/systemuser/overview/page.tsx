// End user: the organisation's system users and pending requests; delete with a confirm step.
import Link from "@/app/_components/link";
import { getTranslations } from "next-intl/server";
import { Alert, Heading, Paragraph, Tag } from "@digdir/designsystemet-react";
import { requireArea } from "@/lib/auth/actor";
import { AREA_INFO } from "@/lib/parties/roles";
import { clientsOf, type ClientToRemove } from "@/lib/system-users/agent-clients";
import { listPendingRequests } from "@/lib/approval/pending";
import { listSystemUsers, type SystemUserSummary } from "@/lib/system-users/list";
import { PageHeader, Panel } from "@/app/_components/ui";
import { confirmPath } from "../_components/decide";
import { formatDate } from "@/lib/i18n/format";
import { pageTitle } from "@/lib/i18n/metadata";
import { currentLocale } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/locale";
import { RightsList } from "../_components/rights-list";
import { DeleteForm } from "./delete-form";
import { PendingRequests } from "./pending-requests";

export const dynamic = "force-dynamic";
export const generateMetadata = pageTitle("systemUsers");

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function Page({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireArea("endUser", AREA_INFO.endUser.path);
  const sp = await searchParams;
  const org = { pid: actor.pid, orgNo: actor.party.orgNo };
  const [t, locale] = [await getTranslations("Overview"), await currentLocale()];
  const [users, pending] = await Promise.all([listSystemUsers(org, locale), listPendingRequests(org, new Date(), locale)]);
  const toDelete = typeof sp.delete === "string" ? users.find((u) => u.id === sp.delete) : undefined;
  // Deleting an agent removes its client delegations too (the real cascade): name them before confirming.
  const clientsToRemove = toDelete ? await clientsOf(toDelete.id) : [];
  return (
    <div className="flex flex-col gap-6" data-testid="area-endUser">
      <PageHeader eyebrow={`${actor.party.name} · ${actor.party.orgNo}`} title={t("title")} lead={t("lead")} />
      {sp.deleted === "1" ? <Alert data-color="success" data-testid="deleted-notice">{t("deleted")}</Alert> : null}
      {typeof sp.created === "string" ? <Alert data-color="success" data-testid="created-notice">{t("created")}</Alert> : null}
      <div className="flex justify-end">
        <Link href="/accessmanagement/ui/systemuser/new" className="ds-button" data-variant="primary" data-testid="overview-create">
          {t("create")}
        </Link>
      </div>
      {pending.length > 0 ? (
        <Panel>
          <PendingRequests requests={pending.map((p) => ({ ...p, href: confirmPath(p.kind, p.id) }))} locale={locale} />
        </Panel>
      ) : null}
      <Panel className="flex flex-col gap-4">
        <Heading level={2} data-size="sm">
          {t("listHeading", { count: users.length })}
        </Heading>
        {users.length === 0 ? <Paragraph>{t("none")}</Paragraph> : null}
        <ul className="flex flex-col gap-4" data-testid="system-users">
          {users.map((u) => (
            <SystemUserCard key={u.id} user={u} confirmDelete={toDelete?.id === u.id} clientsToRemove={clientsToRemove} locale={locale} />
          ))}
        </ul>
      </Panel>
    </div>
  );
}

async function SystemUserCard({ user: u, confirmDelete, clientsToRemove, locale }: { user: SystemUserSummary; confirmDelete: boolean; clientsToRemove: ClientToRemove[]; locale: Locale }) {
  const t = await getTranslations("Overview");
  const rights = u.rights.reduce<{ resource: string; title: string; actions: string[] }[]>((acc, r) => {
    const line = acc.find((l) => l.resource === r.resource);
    if (line) line.actions.push(r.action);
    else acc.push({ resource: r.resource, title: r.title, actions: [r.action] });
    return acc;
  }, []);
  return (
    <li className="flex flex-col gap-3 rounded-md p-4 ring-1 ring-black/10" data-testid="system-user" data-id={u.id}>
      <div className="flex flex-wrap items-center gap-3">
        <Heading level={3} data-size="xs">
          {u.integrationTitle}
        </Heading>
        <Tag data-color={u.userType === "agent" ? "warning" : "neutral"} data-size="sm">
          {t(u.userType === "agent" ? "agent" : "standard")}
        </Tag>
        <div className="ml-auto flex gap-3">
          {u.userType === "agent" ? (
            <Link href={`/accessmanagement/ui/systemuser/${u.id}/agentdelegation`} className="ds-button" data-variant="secondary" data-size="sm" data-testid="overview-clients">
              {t("clients", { count: u.clientCount })}
            </Link>
          ) : null}
          {!confirmDelete ? (
            <Link href={`/accessmanagement/ui/systemuser/overview?delete=${u.id}`} className="ds-button" data-variant="tertiary" data-size="sm" aria-label={t("deleteNamed", { name: u.integrationTitle })} data-testid="overview-delete">
              {t("delete")}
            </Link>
          ) : null}
        </div>
      </div>
      <p className="text-sm">
        {t.rich("systemLine", { system: u.system.name, vendor: u.vendor.name, orgNo: u.vendor.orgNo, created: formatDate(u.created, locale), strong: (c) => <strong>{c}</strong> })}
        {u.externalRef !== "" ? ` · ${t("externalRef", { ref: u.externalRef })}` : ""}
      </p>
      <RightsList rights={rights} packages={u.accessPackages} />
      {confirmDelete ? <DeleteForm systemUserId={u.id} title={u.integrationTitle} clients={clientsToRemove} /> : null}
    </li>
  );
}
