// Client administrator: delegate the firm's clients to one agent system user (reference §5).
import Link from "@/app/_components/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Alert, Heading, Paragraph, Tag } from "@digdir/designsystemet-react";
import { requireArea } from "@/lib/auth/actor";
import { Problem } from "@/lib/problems/problem";
import { getAgent, listAvailableClients, listDelegatedClients, type ClientAdminActor } from "@/lib/clients/service";
import { pageTitle } from "@/lib/i18n/metadata";
import { currentLocale } from "@/lib/i18n/server";
import { accessPackageName } from "@/lib/parties/access-packages";
import { AREA_INFO } from "@/lib/parties/roles";
import { PageHeader, Panel } from "@/app/_components/ui";
import { FacilitatorRelationships } from "@/app/_components/relationships";
import { AvailableClients } from "./available-clients";
import { DelegatedClients } from "./delegated-clients";
import { OwnOrganisation } from "./own-organisation";
import { ownOrganisationOffer } from "@/lib/clients/self";

export const dynamic = "force-dynamic";
export const generateMetadata = pageTitle("agentDelegation");

async function load(actor: ClientAdminActor, id: string) {
  try {
    return { data: await Promise.all([getAgent(actor, id), listAvailableClients(actor, id), listDelegatedClients(actor, id)]) };
  } catch (e) {
    // Another firm's system user, a deleted one, or no such id: the same 404, so ids cannot be probed.
    if (e instanceof Problem && e.status === 404) notFound();
    if (e instanceof Problem && e.code === "AUTH-00034") return { error: e };
    throw e;
  }
}

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireArea("clientAdmin", `/accessmanagement/ui/systemuser/${encodeURIComponent(id)}/agentdelegation`);
  const result = await load({ pid: actor.pid, party: actor.party.orgNo }, id);
  const [t, own, locale] = [await getTranslations("Clients"), await getTranslations("OwnOrganisation"), await currentLocale()];
  const named = <T extends { urn: string }>(p: T) => ({ ...p, name: accessPackageName(p.urn, locale) });
  const back = (
    <Link href={AREA_INFO.clientAdmin.path} className="ds-link" data-testid="clients-back">
      {t("back")}
    </Link>
  );
  if (!result.data) {
    return (
      <div className="space-y-6" data-testid="agentdelegation">
        <PageHeader eyebrow={`${actor.party.name} · ${actor.party.orgNo}`} title={t("notAgentTitle")} />
        <Alert data-color="warning">
          {t("notAgent", { code: result.error.code })}
        </Alert>
        {back}
      </div>
    );
  }
  const [agent, { data: available }, { data: delegated }] = result.data;
  return (
    <div className="space-y-6" data-testid="agentdelegation">
      <PageHeader
        eyebrow={`${actor.party.name} · ${actor.party.orgNo}`}
        title={t("title", { name: agent.integrationTitle || agent.systemName })}
        lead={t("lead", { vendor: agent.supplierName, system: agent.systemId })}
      />
      <div className="flex flex-wrap items-center gap-2">
        <span className="text-sm font-medium">{t("packagesLabel")}</span>
        {agent.accessPackages.map(named).map((p) => (
          <Tag key={p.urn} data-color="info" title={p.urn}>
            {p.name}
          </Tag>
        ))}
      </div>
      <Panel>
        <Heading level={2} data-size="sm" className="mb-4">
          {t("delegatedHeading", { count: delegated.length })}
        </Heading>
        <DelegatedClients agentId={agent.id} clients={delegated} locale={locale} />
      </Panel>
      <Panel>
        <Heading level={2} data-size="sm" className="mb-2">
          {own("heading")}
        </Heading>
        <OwnOrganisation
          agentId={agent.id}
          orgName={actor.party.name}
          added={delegated.some((c) => c.self)}
          offer={ownOrganisationOffer(actor.relation, agent.accessPackages.map((p) => p.urn))}
        />
      </Panel>
      <Panel>
        <Heading level={2} data-size="sm" className="mb-2">
          {t("availableHeading", { count: available.length })}
        </Heading>
        <Paragraph data-size="sm" className="mb-4">
          {t("availableLead")}
        </Paragraph>
        <AvailableClients
          agentId={agent.id}
          clients={available.map((c) => ({ ...c, accessPackages: c.accessPackages.map(named), ...(c.reason ? { reason: { ...c.reason, missingAccessPackages: c.reason.missingAccessPackages.map(named) } } : {}) }))}
        />
      </Panel>
      <FacilitatorRelationships pid={actor.pid} orgNo={actor.party.orgNo} />
      {back}
    </div>
  );
}
