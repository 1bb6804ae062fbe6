// Client administrator: delegate the firm's clients to one agent system user (reference §5).
import Link from "next/link";
import { notFound } from "next/navigation";
import { Alert, Heading, Paragraph, Tag } from "@digdir/designsystemet-react";
import { requireArea } from "@/lib/auth/actor";
import { Problem } from "@/lib/problems/problem";
import { getAgent, listAvailableClients, listDelegatedClients, type ClientAdminActor } from "@/lib/clients/service";
import { AREA_INFO } from "@/lib/parties/roles";
import { PageHeader, Panel } from "@/app/_components/ui";
import { FacilitatorRelationships } from "@/app/_components/relationships";
import { AvailableClients } from "./available-clients";
import { DelegatedClients } from "./delegated-clients";

export const dynamic = "force-dynamic";

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
  const back = <Link href={AREA_INFO.clientAdmin.path} className="ds-link">
      ← Back to the agent system users
    </Link>;
  if (!result.data) {
    return (
      <div className="space-y-6" data-testid="agentdelegation">
        <PageHeader eyebrow={`${actor.party.name} · ${actor.party.orgNo}`} title="Not an agent system user" />
        <Alert data-color="warning">
          {result.error.title} Only agent system users have clients. ({result.error.code})
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
        title={`Clients of ${agent.integrationTitle || agent.systemName}`}
        lead={`Agent system user of ${agent.supplierName}'s system ${agent.systemId}. It acts for each client delegated here, with the access packages below; a client must give the firm every one of them.`}
      />
      <div className="flex flex-wrap items-center gap-2">
        <span className="text-sm font-medium">Access packages:</span>
        {agent.accessPackages.map((p) => (
          <Tag key={p.urn} data-color="info" title={p.urn}>
            {p.name}
          </Tag>
        ))}
      </div>
      <Panel>
        <Heading level={2} data-size="sm" className="mb-4">
          Delegated clients ({delegated.length})
        </Heading>
        <DelegatedClients agentId={agent.id} clients={delegated} />
      </Panel>
      <Panel>
        <Heading level={2} data-size="sm" className="mb-2">
          Available clients ({available.length})
        </Heading>
        <Paragraph data-size="sm" className="mb-4">
          Organisations where the firm is regnskapsfører, revisor or forretningsfører in Enhetsregisteret, or which
          delegated a client access package to the firm directly.
        </Paragraph>
        <AvailableClients agentId={agent.id} clients={available} />
      </Panel>
      <FacilitatorRelationships pid={actor.pid} orgNo={actor.party.orgNo} />
      {back}
    </div>
  );
}
