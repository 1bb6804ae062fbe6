// System vendor: one system: its fields, requests, system users and changelog; edit, delete, ask for a system user.
import Link from "@/app/_components/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Alert, Button, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow, Tag } from "@digdir/designsystemet-react";
import { requireArea } from "@/lib/auth/actor";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { localized } from "@/lib/i18n/locale";
import { pageTitle } from "@/lib/i18n/metadata";
import { currentLocale } from "@/lib/i18n/server";
import { StatusAnswer } from "@/lib/problems/problem";
import { vendorFromPerson } from "@/lib/registry/actor";
import { getChangelog, getSystem } from "@/lib/registry/systems";
import { listRequestsBySystem } from "@/lib/requests/read";
import { listSystemUsersBySystem } from "@/lib/requests/system-users";
import { PageHeader, Panel } from "@/app/_components/ui";
import { StatusTag } from "@/app/_components/status-tag";
import { VendorNav } from "../../_components/vendor-nav";
import { removeSystem } from "../actions";

export const dynamic = "force-dynamic";
export const generateMetadata = pageTitle("system");

type Props = { params: Promise<{ systemId: string }>; searchParams: Promise<Record<string, string | undefined>> };

export default async function SystemPage({ params, searchParams }: Props) {
  const { systemId } = await params;
  const sp = await searchParams;
  const actor = await requireArea("vendor", `/vendor/systems/${encodeURIComponent(systemId)}`);
  const vendor = vendorFromPerson(actor);
  const system = await getSystem(vendor, systemId).catch((e) => {
    if (e instanceof StatusAnswer) notFound();
    throw e;
  });
  const [changelog, requests, agentRequests, systemUsers] = await Promise.all([
    getChangelog(vendor, systemId),
    listRequestsBySystem(vendor, "standard", systemId, sp.token ?? null),
    listRequestsBySystem(vendor, "agent", systemId, null),
    listSystemUsersBySystem(vendor, systemId, null),
  ]);
  const allRequests = [...requests.data, ...agentRequests.data].sort((a, b) => b.created.localeCompare(a.created));
  const q = encodeURIComponent(systemId);
  const [t, locale] = [await getTranslations("Systems"), await currentLocale()];
  return (
    <div className="space-y-6">
      <PageHeader eyebrow={`${actor.party.name} · ${t("register")}`} title={localized(system.name, locale)} lead={localized(system.description, locale)} />
      <VendorNav />
      {sp.saved ? <Alert data-color="success">{t("saved")}</Alert> : null}
      {system.isDeleted ? <Alert data-color="warning" data-testid="system-deleted">{t("deleted")}</Alert> : null}
      <Panel className="space-y-4">
        <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 text-sm" data-testid="system-fields">
          <dt className="font-medium">{t("systemId")}</dt><dd><code>{system.id}</code></dd>
          <dt className="font-medium">{t("vendor")}</dt><dd>{system.vendor.ID}</dd>
          <dt className="font-medium">{t("nameAll")}</dt><dd>{system.name.nb} / {system.name.nn} / {system.name.en}</dd>
          <dt className="font-medium">{t("rights")}</dt>
          <dd>{system.rights.map((r) => <Tag key={`${r.resource[0]?.value}${r.action}`} className="mr-2">{r.resource[0]?.value}{r.action ? ` · ${r.action}` : ` · ${t("everyAction")}`}</Tag>)}{system.rights.length === 0 ? "–" : null}</dd>
          <dt className="font-medium">{t("packages")}</dt><dd>{system.accessPackages.map((p) => p.urn).join(", ") || "–"}</dd>
          <dt className="font-medium">{t("mpClientIds")}</dt><dd className="break-all">{system.clientId.join(", ") || "–"}</dd>
          <dt className="font-medium">{t("redirectUrls")}</dt><dd className="break-all">{system.allowedRedirectUrls.join(", ") || "–"}</dd>
          <dt className="font-medium">{t("visibleToEndUsers")}</dt><dd>{system.isVisible ? t("yes") : t("no")}</dd>
        </dl>
        {system.isDeleted ? null : (
          <div className="flex flex-wrap gap-3">
            <Button asChild><Link href={`/vendor/requests/new?systemId=${q}`} data-testid="system-ask">{t("ask")}</Link></Button>
            <Button asChild variant="secondary"><Link href={`/vendor/systems/${q}/edit`} data-testid="system-edit">{t("edit")}</Link></Button>
            <form action={removeSystem}>
              <input type="hidden" name="systemId" value={system.id} />
              <Button type="submit" variant="tertiary" data-color="danger" data-testid="system-delete">{t("delete")}</Button>
            </form>
          </div>
        )}
      </Panel>
      <Panel>
        <h2 className="mb-3 text-lg font-semibold">{t("requests")}</h2>
        {allRequests.length === 0 ? <Paragraph>{t("noRequests")}</Paragraph> : (
          <Table data-testid="system-requests">
            <TableHead><TableRow><TableHeaderCell>{t("created")}</TableHeaderCell><TableHeaderCell>{t("customer")}</TableHeaderCell><TableHeaderCell>{t("externalRef")}</TableHeaderCell><TableHeaderCell>{t("status")}</TableHeaderCell></TableRow></TableHead>
            <TableBody>
              {allRequests.map((r) => (
                <TableRow key={r.id}>
                  <TableCell><Link href={`/vendor/requests/${r.id}`}>{formatDateTime(r.created, locale)}</Link></TableCell>
                  <TableCell>{r.partyOrgNo}{r.rights ? "" : ` (${t("agent")})`}</TableCell>
                  <TableCell className="break-all">{r.externalRef}</TableCell>
                  <TableCell><StatusTag status={r.status} /></TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        {requests.links.next ? <Link href={`/vendor/systems/${q}?token=${new URL(requests.links.next).searchParams.get("token")}`}>{t("older")}</Link> : null}
      </Panel>
      <Panel>
        <h2 className="mb-3 text-lg font-semibold">{t("systemUsers")}</h2>
        {systemUsers.data.length === 0 ? <Paragraph>{t("noSystemUsers")}</Paragraph> : (
          <Table data-testid="system-users">
            <TableHead><TableRow><TableHeaderCell>{t("id")}</TableHeaderCell><TableHeaderCell>{t("owner")}</TableHeaderCell><TableHeaderCell>{t("externalRef")}</TableHeaderCell><TableHeaderCell>{t("type")}</TableHeaderCell><TableHeaderCell>{t("created")}</TableHeaderCell></TableRow></TableHead>
            <TableBody>
              {systemUsers.data.map((u) => (
                <TableRow key={u.id}>
                  <TableCell className="font-mono text-xs">{u.id}</TableCell>
                  <TableCell>{u.reporteeOrgNo}</TableCell>
                  <TableCell className="break-all">{u.externalRef}</TableCell>
                  <TableCell>{u.userType}</TableCell>
                  <TableCell>{formatDate(u.created, locale)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Panel>
      <Panel>
        <h2 className="mb-3 text-lg font-semibold">{t("changelog")}</h2>
        <Table data-testid="changelog">
          <TableHead><TableRow><TableHeaderCell>{t("when")}</TableHeaderCell><TableHeaderCell>{t("change")}</TableHeaderCell><TableHeaderCell>{t("by")}</TableHeaderCell><TableHeaderCell>{t("data")}</TableHeaderCell></TableRow></TableHead>
          <TableBody>
            {changelog.map((c, i) => (
              <TableRow key={i}>
                <TableCell>{formatDateTime(c.created, locale)}</TableCell>
                <TableCell>{c.changeType}</TableCell>
                <TableCell>{c.changedByOrgNumber}</TableCell>
                <TableCell><code className="line-clamp-2 max-w-xl break-all text-xs">{JSON.stringify(c.changedData)}</code></TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Panel>
    </div>
  );
}
