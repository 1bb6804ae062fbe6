// Client administrator: the firm's agent system users, each linking to its client delegation.
import Link from "next/link";
import { Heading, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow, Tag } from "@digdir/designsystemet-react";
import { requireArea } from "@/lib/auth/actor";
import { listAgents } from "@/lib/clients/service";
import { AREA_INFO } from "@/lib/parties/roles";
import { personToken } from "@/lib/altinn-token/person";
import { env } from "@/lib/env";
import { MyToken } from "./my-token";
import { PageHeader, Panel } from "@/app/_components/ui";
import { FacilitatorRelationships } from "@/app/_components/relationships";

export const dynamic = "force-dynamic";

export default async function Page() {
  const actor = await requireArea("clientAdmin", AREA_INFO.clientAdmin.path);
  const agents = await listAgents({ pid: actor.pid, party: actor.party.orgNo }, actor.party.orgNo);
  const scopes = ["altinn:clientdelegations.read", "altinn:clientdelegations.write"];
  const mine = env.testFeatures ? await personToken(actor.pid, scopes) : null;
  return (
    <div className="space-y-6" data-testid="area-clientAdmin">
      <PageHeader
        eyebrow={`${actor.party.name} · ${actor.party.orgNo}`}
        title={AREA_INFO.clientAdmin.title}
        lead="The firm's agent system users. An agent system user acts for the clients you delegate to it, with the client access packages it holds; a client must give the firm every one of those packages."
      />
      <Panel>
        <Heading level={2} data-size="sm" className="mb-4">
          Agent system users
        </Heading>
        {agents.length === 0 ? (
          <Paragraph data-testid="no-agents">
            The firm has no agent system users yet. A system vendor sends an agent request; an access manager of the
            firm approves it, and the agent system user then appears here.
          </Paragraph>
        ) : (
          <Table data-testid="agents" className="w-full">
            <TableHead>
              <TableRow>
                <TableHeaderCell>System</TableHeaderCell>
                <TableHeaderCell>Vendor</TableHeaderCell>
                <TableHeaderCell>Access packages</TableHeaderCell>
                <TableHeaderCell>Clients</TableHeaderCell>
                <TableHeaderCell>
                  <span className="sr-only">Actions</span>
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
                    <div className="text-sm text-[var(--ds-color-neutral-text-subtle)]">Org. no. {a.supplierOrgno}</div>
                  </TableCell>
                  <TableCell>
                    <div className="flex flex-wrap gap-1">
                      {a.accessPackages.map((p) => (
                        <Tag key={p.urn} data-color="info" data-size="sm" title={p.urn}>
                          {p.name}
                        </Tag>
                      ))}
                    </div>
                  </TableCell>
                  <TableCell data-testid="client-count">{a.clientCount}</TableCell>
                  <TableCell>
                    <Link href={`/accessmanagement/ui/systemuser/${a.id}/agentdelegation`} className="ds-button" data-variant="secondary" data-size="sm">
                      Manage clients
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
          <MyToken token={mine.token} scopes={mine.claims.scope} expires={new Date(mine.claims.exp * 1000).toISOString()} />
        </Panel>
      ) : null}
    </div>
  );
}
