// Service owner: the role area's start page: the organisation's resources and Maskinporten scopes.
import Link from "@/app/_components/link";
import { getTranslations } from "next-intl/server";
import { Alert, Heading, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow, Tag } from "@digdir/designsystemet-react";
import { requireArea } from "@/lib/auth/actor";
import { localized } from "@/lib/i18n/locale";
import { pageTitle } from "@/lib/i18n/metadata";
import { currentLocale } from "@/lib/i18n/server";
import { AREA_INFO } from "@/lib/parties/roles";
import { listResources } from "@/lib/resources/resources";
import { listOwnScopes } from "@/lib/scopes/scopes";
import { PageHeader, Panel } from "@/app/_components/ui";

export const dynamic = "force-dynamic";
export const generateMetadata = pageTitle("serviceOwner");

export default async function Page({ searchParams }: { searchParams: Promise<{ deleted?: string }> }) {
  const actor = await requireArea("serviceOwner", AREA_INFO.serviceOwner.path);
  const [resources, scopes] = await Promise.all([
    listResources(actor.party.orgNo),
    listOwnScopes({ orgNo: actor.party.orgNo, audit: `person:${actor.pid}` }),
  ]);
  const deleted = (await searchParams).deleted;
  const [shell, t, locale] = [await getTranslations("Shell"), await getTranslations("ServiceOwner"), await currentLocale()];
  return (
    <div className="space-y-6" data-testid="area-serviceOwner">
      <PageHeader eyebrow={`${actor.party.name} · ${actor.party.orgNo}`} title={shell("area.serviceOwner")} lead={shell("areaSummary.serviceOwner")} />
      {deleted ? <Alert data-color="success">{t("deleted", { id: deleted.slice(0, 100) })}</Alert> : null}
      <Panel className="space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <Heading level={2} data-size="sm">
            {t("resources")}
          </Heading>
          <span>
            <Link className="ds-link" href="/serviceowner/resources/new" data-testid="serviceowner-new-resource">{t("registerResource")}</Link> ·{" "}
            <Link className="ds-link" href="/serviceowner/access-lists" data-testid="serviceowner-access-lists">{t("accessLists")}</Link>
          </span>
        </div>
        <Paragraph data-size="sm">{t("resourcesLead")}</Paragraph>
        <Table data-testid="resources">
          <TableHead>
            <TableRow>
              <TableHeaderCell>{t("identifier")}</TableHeaderCell>
              <TableHeaderCell>{t("titleCol")}</TableHeaderCell>
              <TableHeaderCell>{t("type")}</TableHeaderCell>
              <TableHeaderCell>{t("scope")}</TableHeaderCell>
              <TableHeaderCell>{t("delegable")}</TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {resources.map((r) => (
              <TableRow key={r.identifier}>
                <TableCell>
                  <Link className="ds-link" href={`/serviceowner/resources/${encodeURIComponent(r.identifier)}`}>{r.identifier}</Link>
                </TableCell>
                <TableCell>{localized(r.title, locale)}</TableCell>
                <TableCell>{r.resourceType}</TableCell>
                <TableCell>{r.resourceReferences[0]?.reference ?? "—"}</TableCell>
                <TableCell>{r.delegable ? <Tag data-color="success">{t("yes")}</Tag> : <Tag data-color="neutral">{t("no")}</Tag>}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        {resources.length === 0 ? <Paragraph>{t("noResources")}</Paragraph> : null}
      </Panel>
      <Panel className="space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <Heading level={2} data-size="sm">
            {t("scopes")}
          </Heading>
          <Link className="ds-link" href="/serviceowner/scopes" data-testid="serviceowner-scopes">{t("createScopes")}</Link>
        </div>
        <ul className="list-disc space-y-1 pl-6">
          {scopes.map((s) => (
            <li key={s.name}>
              <code>{s.name}</code>: {t("grantedTo", { count: s.grants.length })}
              {s.resources.length ? `, ${t("reaches", { resources: s.resources.join(", ") })}` : ""}
            </li>
          ))}
        </ul>
        {scopes.length === 0 ? <Paragraph>{t("noScopes")}</Paragraph> : null}
      </Panel>
    </div>
  );
}
