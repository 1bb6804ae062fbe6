// Vendor: the organisation's Maskinporten clients and the scopes granted to it (self-service).
import Link from "next/link";
import { Heading, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow, Tag } from "@digdir/designsystemet-react";
import { requireArea } from "@/lib/auth/actor";
import { listClients, listGrantedScopes } from "@/lib/maskinporten/self-service";
import { PageHeader, Panel } from "@/app/_components/ui";
import { VendorNav } from "../_components/vendor-nav";
import { CreateClientForm } from "./create-client-form";

export const dynamic = "force-dynamic";

export default async function Page() {
  const actor = await requireArea("vendor", "/vendor/maskinporten");
  const vendor = { pid: actor.pid, orgNo: actor.party.orgNo };
  const [clients, scopes] = await Promise.all([listClients(vendor), listGrantedScopes(vendor.orgNo)]);
  return (
    <div className="space-y-6" data-testid="maskinporten-clients">
      <PageHeader
        eyebrow={`${actor.party.name} · ${actor.party.orgNo}`}
        title="Maskinporten clients"
        lead="A client is how your system proves who it is to Maskinporten: it signs a JWT grant with a private key whose public half is registered here, and asks for scopes your organisation has been granted."
      />
      <VendorNav />
      <Panel>
        <Heading level={2} data-size="sm" className="mb-3">Clients</Heading>
        {clients.length === 0 ? (
          <Paragraph>Your organisation has no clients yet.</Paragraph>
        ) : (
          <Table data-testid="client-table">
            <TableHead>
              <TableRow>
                <TableHeaderCell>Name</TableHeaderCell>
                <TableHeaderCell>Client id</TableHeaderCell>
                <TableHeaderCell>Scopes</TableHeaderCell>
                <TableHeaderCell>Keys</TableHeaderCell>
                <TableHeaderCell>On system</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {clients.map((c) => (
                <TableRow key={c.clientId}>
                  <TableCell>
                    <Link href={`/vendor/maskinporten/${c.clientId}`}>{c.name}</Link>
                  </TableCell>
                  <TableCell className="font-mono text-xs">{c.clientId}</TableCell>
                  <TableCell>
                    <div className="flex flex-wrap gap-1">
                      {c.scopes.map((s) => (
                        <Tag key={s} data-size="sm">{s}</Tag>
                      ))}
                    </div>
                  </TableCell>
                  <TableCell>{c.keys.length}</TableCell>
                  <TableCell className="font-mono text-xs">{c.systems.join(", ") || "—"}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Panel>
      <Panel>
        <Heading level={2} data-size="sm" className="mb-1">Scopes granted to {actor.party.name}</Heading>
        <Paragraph data-size="sm" className="mb-3">Scope owners (Altinn, Skatteetaten, ...) grant scopes to organisations; a client may hold only these.</Paragraph>
        <Table data-testid="granted-scopes">
          <TableHead>
            <TableRow>
              <TableHeaderCell>Scope</TableHeaderCell>
              <TableHeaderCell>Description</TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {scopes.map((s) => (
              <TableRow key={s.name}>
                <TableCell className="font-mono text-sm">{s.name}</TableCell>
                <TableCell>{s.description}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Panel>
      <Panel>
        <Heading level={2} data-size="sm" className="mb-3">New client</Heading>
        <CreateClientForm scopes={scopes} />
      </Panel>
    </div>
  );
}
