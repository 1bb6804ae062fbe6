// Service owner: create Maskinporten scopes under the organisation's prefix and grant them to consumers.
// Maskinporten issues a scope only to organisations holding a grant, so a revoke bites on the next token.
import { getTranslations } from "next-intl/server";
import { pageTitle } from "@/lib/i18n/metadata";
import { formatDate } from "@/lib/i18n/format";
import { currentLocale } from "@/lib/i18n/server";
import Link from "@/app/_components/link";
import { Heading, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@digdir/designsystemet-react";
import { requireArea } from "@/lib/auth/actor";
import { scopePrefixes } from "@/lib/scopes/scope-name";
import { findOrganizationCode, listOwnScopes } from "@/lib/scopes/scopes";
import { PageHeader, Panel } from "@/app/_components/ui";
import { createScopeAction, grantScopeAction, revokeScopeAction } from "./actions";
import { CreateScopeForm, GrantForm, RevokeButton } from "./forms";

export const dynamic = "force-dynamic";
export const generateMetadata = pageTitle("scopes");

export default async function ScopesPage() {
  const actor = await requireArea("serviceOwner", "/serviceowner/scopes");
  const owner = { orgNo: actor.party.orgNo, audit: `person:${actor.pid}` } as const;
  const [scopes, orgCode] = await Promise.all([listOwnScopes(owner), findOrganizationCode(owner.orgNo)]);
  const [t, locale] = [await getTranslations("ServiceOwner"), await currentLocale()];
  return (
    <div className="space-y-6" data-testid="area-serviceOwner">
      <PageHeader
        eyebrow={`${actor.party.name} · ${actor.party.orgNo}`}
        title={t("scopes")}
        lead={t("scopesLead")}
      />
      <p>
        <Link className="ds-link" href="/serviceowner" data-testid="serviceowner-back">{t("back")}</Link>
      </p>
      <Panel className="space-y-3">
        <Heading level={2} data-size="xs">
          {t("createScope")}
        </Heading>
        <CreateScopeForm action={createScopeAction} prefixes={scopePrefixes(orgCode ?? "")} />
      </Panel>
      {scopes.map((s) => (
        <Panel key={s.name} className="space-y-3">
          <div data-testid={`scope-${s.name}`} className="space-y-3">
            <Heading level={2} data-size="xs">
              <code>{s.name}</code>
            </Heading>
            {s.description ? <Paragraph data-size="sm">{s.description}</Paragraph> : null}
            {s.resources.length ? <Paragraph data-size="sm">{t("reachesResources", { resources: s.resources.join(", ") })}</Paragraph> : null}
            <Table data-size="sm">
              <TableHead>
                <TableRow>
                  <TableHeaderCell>{t("organisation")}</TableHeaderCell>
                  <TableHeaderCell>{t("orgNumber")}</TableHeaderCell>
                  <TableHeaderCell>{t("granted")}</TableHeaderCell>
                  <TableHeaderCell>
                    <span className="sr-only">{t("actions")}</span>
                  </TableHeaderCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {s.grants.map((g) => (
                  <TableRow key={g.orgNo}>
                    <TableCell>{g.orgName}</TableCell>
                    <TableCell>{g.orgNo}</TableCell>
                    <TableCell>{formatDate(g.created, locale)}</TableCell>
                    <TableCell>
                      <RevokeButton action={revokeScopeAction} scope={s.name} orgNo={g.orgNo} orgName={g.orgName} />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            {s.grants.length === 0 ? <Paragraph data-size="sm">{t("notGranted")}</Paragraph> : null}
            <GrantForm action={grantScopeAction} scope={s.name} />
          </div>
        </Panel>
      ))}
    </div>
  );
}
