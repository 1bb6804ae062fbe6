// Client administrator: the firm's agent system users, each linking to its client delegation.
import Link from "@/app/_components/link";
import { getTranslations } from "next-intl/server";
import { Heading, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow, Tag } from "@digdir/designsystemet-react";
import { requireArea } from "@/lib/auth/actor";
import { listAgents } from "@/lib/clients/service";
import { formatDateTime } from "@/lib/i18n/format";
import { pageTitle } from "@/lib/i18n/metadata";
import { currentLocale } from "@/lib/i18n/server";
import { accessPackageName } from "@/lib/parties/access-packages";
import { AREA_INFO } from "@/lib/parties/roles";
import { personToken } from "@/lib/altinn-token/person";
import { env } from "@/lib/env";
import { MyToken } from "./my-token";
import { PageHeader, Panel } from "@/app/_components/ui";
import { FacilitatorRelationships } from "@/app/_components/relationships";

export const dynamic = "force-dynamic";
export const generateMetadata = pageTitle("clientAdmin");

export default async function Page() {
  const actor = await requireArea("clientAdmin", AREA_INFO.clientAdmin.path);
  const [t, shell, locale] = [await getTranslations("ClientAdmin"), await getTranslations("Shell"), await currentLocale()];
  const agents = await listAgents({ pid: actor.pid, party: actor.party.orgNo }, actor.party.orgNo);
  const scopes = ["altinn:clientdelegations.read", "altinn:clientdelegations.write"];
  const mine = env.testFeatures ? await personToken(actor.pid, scopes) : null;
  return (
    <div className="space-y-6" data-testid="area-clientAdmin">
      <PageHeader
        eyebrow={`${actor.party.name} · ${actor.party.orgNo}`}
        title={shell("area.clientAdmin")}
        lead={t("lead")}
      />
      <Panel>
        <Heading level={2} data-size="sm" className="mb-4">
          {t("agentsHeading")}
        </Heading>
        {agents.length === 0 ? (
          <Paragraph data-testid="no-agents">
            {t("noAgents")}
          </Paragraph>
        ) : (
          <Table data-testid="agents" className="w-full">
            <TableHead>
              <TableRow>
                <TableHeaderCell>{t("system")}</TableHeaderCell>
                <TableHeaderCell>{t("vendor")}</TableHeaderCell>
                <TableHeaderCell>{t("packages")}</TableHeaderCell>
                <TableHeaderCell>{t("clients")}</TableHeaderCell>
                <TableHeaderCell>
                  <span className="sr-only">{t("actions")}</span>
                </TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {agents.map((a) => (
                <TableRow key={a.id} data-testid={`agent-${a.id}`}>
                  <TableCell>
                    <div className="font-medium">{a.integrationTitle || a.systemName}</div>
                    <div className="text-sm text-[var(--ds-color-neutral-text-subtle)]">{a.systemId}</div>
                  </TableCell>
                  <TableCell>
                    {a.supplierName}
                    <div className="text-sm text-[var(--ds-color-neutral-text-subtle)]">{t("orgNo", { orgNo: a.supplierOrgno })}</div>
                  </TableCell>
                  <TableCell>
                    <div className="flex flex-wrap gap-1">
                      {a.accessPackages.map((p) => (
                        <Tag key={p.urn} data-color="info" data-size="sm" title={p.urn}>
                          {accessPackageName(p.urn, locale)}
                        </Tag>
                      ))}
                    </div>
                  </TableCell>
                  <TableCell data-testid="client-count">{a.clientCount}</TableCell>
                  <TableCell>
                    <Link href={`/accessmanagement/ui/systemuser/${a.id}/agentdelegation`} className="ds-button" data-variant="secondary" data-size="sm" data-testid="clientadmin-manage">
                      {t("manage")}
                    </Link>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Panel>
      <FacilitatorRelationships pid={actor.pid} orgNo={actor.party.orgNo} />
      {mine ? (
        <Panel>
          <MyToken token={mine.token} scopes={mine.claims.scope} expires={formatDateTime(new Date(mine.claims.exp * 1000), locale)} />
        </Panel>
      ) : null}
    </div>
  );
}
