// Vendor: one Maskinporten client: its keys (paste or generate), its scopes, and how to ask for a token.
import { notFound } from "next/navigation";
import Link from "next/link";
import { Alert, Heading, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@digdir/designsystemet-react";
import { requireArea } from "@/lib/auth/actor";
import { maskinportenIssuer } from "@/lib/env";
import { getClient, listGrantedScopes } from "@/lib/maskinporten/self-service";
import { PageHeader, Panel } from "@/app/_components/ui";
import { VendorNav } from "../../_components/vendor-nav";
import { GenerateKey } from "./generate-key";
import { DeleteKeyButton, PasteKeyForm } from "./key-forms";
import { ScopesForm } from "./scopes-form";
import { demoPublicJwkText } from "@/lib/vendor-client/portal-keys";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ clientId: string }>; searchParams: Promise<{ created?: string }> };

export default async function Page({ params, searchParams }: Props) {
  const { clientId } = await params;
  const actor = await requireArea("vendor", `/vendor/maskinporten/${encodeURIComponent(clientId)}`);
  const client = await getClient({ pid: actor.pid, orgNo: actor.party.orgNo }, clientId);
  if (!client) notFound();
  const granted = await listGrantedScopes(actor.party.orgNo);
  const issuer = maskinportenIssuer();
  const grantExample = {
    header: { alg: "RS256", kid: client.keys[0]?.kid ?? "<your kid>" },
    payload: { aud: issuer, iss: client.clientId, scope: client.scopes.join(" "), iat: "<now>", exp: "<now + 60>", jti: "<uuid>" },
  };
  return (
    <div className="space-y-6" data-testid="maskinporten-client">
      <PageHeader eyebrow={`${actor.party.name} · Maskinporten client`} title={client.name} lead={client.description || undefined} />
      <VendorNav />
      <Link href="/vendor/maskinporten">← All clients</Link>
      {(await searchParams).created ? <Alert data-color="success">Client created. Register a public key next.</Alert> : null}
      <Panel className="space-y-2">
        <Paragraph>
          Client id: <code data-testid="client-id" className="font-mono">{client.clientId}</code>
        </Paragraph>
        <Paragraph data-size="sm">
          {client.systems.length
            ? `Listed on system ${client.systems.join(", ")} in the System Register: it can get system-user tokens.`
            : "Not listed on any system yet: add this client id to your system in the System Register to get system-user tokens."}
        </Paragraph>
      </Panel>
      <Panel className="space-y-4">
        <Heading level={2} data-size="sm">Keys</Heading>
        {client.keys.length === 0 ? (
          <Paragraph>No keys yet: the client cannot sign grants until a public key is registered.</Paragraph>
        ) : (
          <Table data-testid="key-table">
            <TableHead>
              <TableRow>
                <TableHeaderCell>kid</TableHeaderCell>
                <TableHeaderCell>alg</TableHeaderCell>
                <TableHeaderCell>Registered</TableHeaderCell>
                <TableHeaderCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {client.keys.map((k) => (
                <TableRow key={k.kid}>
                  <TableCell className="font-mono text-sm">{k.kid}</TableCell>
                  <TableCell>{k.alg ?? "any RS*"}</TableCell>
                  <TableCell>{k.createdAt.slice(0, 16).replace("T", " ")} UTC</TableCell>
                  <TableCell>
                    <DeleteKeyButton clientId={client.clientId} kid={k.kid} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        <div className="grid gap-6 md:grid-cols-2">
          <div>
            <Heading level={3} data-size="2xs" className="mb-2">Paste a public key</Heading>
            <PasteKeyForm clientId={client.clientId} demoJwk={demoPublicJwkText(`demo-${client.keys.length + 1}`)} />
          </div>
          <div>
            <Heading level={3} data-size="2xs" className="mb-2">Or generate a key pair</Heading>
            <GenerateKey clientId={client.clientId} suggestedKid={`${actor.party.orgNo}-${new Date().toISOString().slice(0, 10)}-${client.keys.length + 1}`} />
          </div>
        </div>
      </Panel>
      <Panel>
        <ScopesForm clientId={client.clientId} granted={granted} current={client.scopes} />
      </Panel>
      <Panel className="space-y-2">
        <Heading level={2} data-size="sm">Getting a token</Heading>
        <Paragraph data-size="sm">
          Sign a JWT grant with the private key and POST it as <code>grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer&amp;assertion=&lt;grant&gt;</code> to{" "}
          <code>{issuer}token</code>. For a system-user token add <code>authorization_details</code> naming the customer&apos;s organisation.
        </Paragraph>
        <pre className="overflow-x-auto rounded bg-gray-50 p-3 text-xs" data-testid="grant-example">{JSON.stringify(grantExample, null, 2)}</pre>
      </Panel>
    </div>
  );
}
