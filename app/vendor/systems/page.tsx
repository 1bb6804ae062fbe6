// System vendor: the vendor's systems in the System Register.
import Link from "@/app/_components/link";
import { getTranslations } from "next-intl/server";
import { Button, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@digdir/designsystemet-react";
import { requireArea } from "@/lib/auth/actor";
import { localized } from "@/lib/i18n/locale";
import { pageTitle } from "@/lib/i18n/metadata";
import { currentLocale } from "@/lib/i18n/server";
import { vendorFromPerson } from "@/lib/registry/actor";
import { listSystems } from "@/lib/registry/systems";
import { PageHeader, Panel } from "@/app/_components/ui";
import { VendorNav } from "../_components/vendor-nav";

export const dynamic = "force-dynamic";
export const generateMetadata = pageTitle("systems");

export default async function SystemsPage() {
  const actor = await requireArea("vendor", "/vendor/systems");
  const systems = await listSystems(vendorFromPerson(actor));
  const [t, locale] = [await getTranslations("Systems"), await currentLocale()];
  return (
    <div className="space-y-6">
      <PageHeader eyebrow={`${actor.party.name} · ${t("register")}`} title={t("title")} lead={t("lead")} />
      <VendorNav />
      <Panel className="space-y-4">
        <Button asChild><Link href="/vendor/systems/new" data-testid="systems-new">{t("registerSystem")}</Link></Button>
        {systems.length === 0 ? (
          <Paragraph>{t("none")}</Paragraph>
        ) : (
          <Table data-testid="systems-table">
            <TableHead>
              <TableRow>
                <TableHeaderCell>{t("systemId")}</TableHeaderCell>
                <TableHeaderCell>{t("name")}</TableHeaderCell>
                <TableHeaderCell>{t("rights")}</TableHeaderCell>
                <TableHeaderCell>{t("packages")}</TableHeaderCell>
                <TableHeaderCell>{t("clientIds")}</TableHeaderCell>
                <TableHeaderCell>{t("visible")}</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {systems.map((s) => (
                <TableRow key={s.id}>
                  <TableCell><Link href={`/vendor/systems/${encodeURIComponent(s.id)}`}>{s.id}</Link></TableCell>
                  <TableCell>{localized(s.name, locale)}</TableCell>
                  <TableCell>{s.rights.map((r) => `${r.resource[0]?.value}${r.action ? ` (${r.action})` : ""}`).join(", ") || "–"}</TableCell>
                  <TableCell>{s.accessPackages.map((p) => p.urn.replace("urn:altinn:accesspackage:", "")).join(", ") || "–"}</TableCell>
                  <TableCell>{s.clientId.length}</TableCell>
                  <TableCell>{s.isVisible ? t("yes") : t("no")}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Panel>
    </div>
  );
}
