// System vendor: the area's home: the vendor's systems, its newest requests, and where to go next.
import Link from "@/app/_components/link";
import { getTranslations } from "next-intl/server";
import { Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@digdir/designsystemet-react";
import { requireArea } from "@/lib/auth/actor";
import { formatDateTime } from "@/lib/i18n/format";
import { localized } from "@/lib/i18n/locale";
import { pageTitle } from "@/lib/i18n/metadata";
import { currentLocale } from "@/lib/i18n/server";
import { AREA_INFO } from "@/lib/parties/roles";
import { vendorFromPerson } from "@/lib/registry/actor";
import { listSystems } from "@/lib/registry/systems";
import { listRecentRequests } from "@/lib/requests/read";
import { PageHeader, Panel } from "@/app/_components/ui";
import { VendorNav } from "./_components/vendor-nav";
import { StatusTag } from "@/app/_components/status-tag";

export const dynamic = "force-dynamic";
export const generateMetadata = pageTitle("vendor");

export default async function Page() {
  const actor = await requireArea("vendor", AREA_INFO.vendor.path);
  const vendor = vendorFromPerson(actor);
  const [t, shell, locale] = [await getTranslations("Vendor"), await getTranslations("Shell"), await currentLocale()];
  const [systems, requests] = await Promise.all([listSystems(vendor), listRecentRequests(vendor, 10)]);
  return (
    <div className="space-y-6" data-testid="area-vendor">
      <PageHeader eyebrow={`${actor.party.name} · ${actor.party.orgNo}`} title={shell("area.vendor")} lead={shell("areaSummary.vendor")} />
      <VendorNav />
      <div className="grid gap-4 md:grid-cols-3">
        <Panel>
          <h2 className="mb-2 font-semibold">{t("step1")}</h2>
          <Paragraph data-size="sm">{t("step1Text")}</Paragraph>
          <Link className="underline" href="/vendor/maskinporten" data-testid="vendor-home-maskinporten">{t("nav.maskinporten")}</Link>
        </Panel>
        <Panel>
          <h2 className="mb-2 font-semibold">{t("step2")}</h2>
          <Paragraph data-size="sm">{t("step2Text")}</Paragraph>
          <Link className="underline" href="/vendor/systems" data-testid="vendor-home-systems">{t("nav.systems")}</Link> · <Link className="underline" href="/vendor/requests/new" data-testid="vendor-home-new-request">{t("nav.newRequest")}</Link>
        </Panel>
        <Panel>
          <h2 className="mb-2 font-semibold">{t("step3")}</h2>
          <Paragraph data-size="sm">{t("step3Text")}</Paragraph>
          <Link className="underline" href="/vendor/console" data-testid="vendor-home-console">{t("nav.console")}</Link>
        </Panel>
      </div>
      <Panel>
        <h2 className="mb-3 text-lg font-semibold">{t("yourSystems")}</h2>
        {systems.length === 0 ? (
          <Paragraph>{t.rich("noSystems", { link: (c) => <Link href="/vendor/systems/new">{c}</Link> })}</Paragraph>
        ) : (
          <Table data-testid="systems-table">
            <TableHead>
              <TableRow>
                <TableHeaderCell>{t("systemId")}</TableHeaderCell>
                <TableHeaderCell>{t("name")}</TableHeaderCell>
                <TableHeaderCell>{t("rights")}</TableHeaderCell>
                <TableHeaderCell>{t("visible")}</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {systems.slice(0, 10).map((s) => (
                <TableRow key={s.id}>
                  <TableCell><Link href={`/vendor/systems/${encodeURIComponent(s.id)}`}>{s.id}</Link></TableCell>
                  <TableCell>{localized(s.name, locale)}</TableCell>
                  <TableCell>{s.rights.length + s.accessPackages.length}</TableCell>
                  <TableCell>{s.isVisible ? t("yes") : t("noVendorDriven")}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        {systems.length > 10 ? <Link className="mt-2 inline-block underline" href="/vendor/systems">{t("allSystems", { count: systems.length })}</Link> : null}
      </Panel>
      <Panel>
        <h2 className="mb-3 text-lg font-semibold">{t("newestRequests")}</h2>
        {requests.length === 0 ? (
          <Paragraph>{t("noRequests")}</Paragraph>
        ) : (
          <Table data-testid="recent-requests">
            <TableHead>
              <TableRow>
                <TableHeaderCell>{t("created")}</TableHeaderCell>
                <TableHeaderCell>{t("system")}</TableHeaderCell>
                <TableHeaderCell>{t("customer")}</TableHeaderCell>
                <TableHeaderCell>{t("externalRef")}</TableHeaderCell>
                <TableHeaderCell>{t("status")}</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {requests.map((r) => (
                <TableRow key={r.id}>
                  <TableCell><Link href={`/vendor/requests/${r.id}`}>{formatDateTime(r.created, locale)}</Link></TableCell>
                  <TableCell>{r.systemId}{r.kind === "agent" ? ` (${t("agent")})` : ""}</TableCell>
                  <TableCell>{r.partyOrgNo}</TableCell>
                  <TableCell className="break-all">{r.externalRef}</TableCell>
                  <TableCell><StatusTag status={r.status} /></TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Panel>
    </div>
  );
}
