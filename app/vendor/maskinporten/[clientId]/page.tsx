// Vendor: one Maskinporten client: its keys (paste or generate), its scopes, and how to ask for a token.
import { getTranslations } from "next-intl/server";
import { pageTitle } from "@/lib/i18n/metadata";
import { formatDateTime } from "@/lib/i18n/format";
import { currentLocale } from "@/lib/i18n/server";
import { notFound } from "next/navigation";
import Link from "@/app/_components/link";
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
export const generateMetadata = pageTitle("maskinportenClient");

type Props = { params: Promise<{ clientId: string }>; searchParams: Promise<{ created?: string }> };

export default async function Page({ params, searchParams }: Props) {
  const { clientId } = await params;
  const actor = await requireArea("vendor", `/vendor/maskinporten/${encodeURIComponent(clientId)}`);
  const client = await getClient({ pid: actor.pid, orgNo: actor.party.orgNo }, clientId);
  if (!client) notFound();
  const granted = await listGrantedScopes(actor.party.orgNo);
  const issuer = maskinportenIssuer();
  const [t, locale] = [await getTranslations("MaskinportenClient"), await currentLocale()];
  const grantExample = {
    header: { alg: "RS256", kid: client.keys[0]?.kid ?? "<your kid>" },
    payload: { aud: issuer, iss: client.clientId, scope: client.scopes.join(" "), iat: "<now>", exp: "<now + 60>", jti: "<uuid>" },
  };
  return (
    <div className="space-y-6" data-testid="maskinporten-client">
      <PageHeader eyebrow={`${actor.party.name} · ${t("eyebrow")}`} title={client.name} lead={client.description || undefined} />
      <VendorNav />
      <Link href="/vendor/maskinporten" data-testid="mp-client-back">{t("back")}</Link>
      {(await searchParams).created ? <Alert data-color="success">{t("created")}</Alert> : null}
      <Panel className="space-y-2">
        <Paragraph>
          {t("clientId")} <code data-testid="client-id" className="font-mono">{client.clientId}</code>
        </Paragraph>
        <Paragraph data-size="sm">
          {client.systems.length ? t("listed", { systems: client.systems.join(", ") }) : t("notListed")}
        </Paragraph>
      </Panel>
      <Panel className="space-y-4">
        <Heading level={2} data-size="sm">{t("keys")}</Heading>
        {client.keys.length === 0 ? (
          <Paragraph>{t("noKeys")}</Paragraph>
        ) : (
          <Table data-testid="key-table">
            <TableHead>
              <TableRow>
                <TableHeaderCell>kid</TableHeaderCell>
                <TableHeaderCell>alg</TableHeaderCell>
                <TableHeaderCell>{t("registered")}</TableHeaderCell>
                <TableHeaderCell>
                  <span className="sr-only">{t("actions")}</span>
                </TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {client.keys.map((k) => (
                <TableRow key={k.kid}>
                  <TableCell className="font-mono text-sm">{k.kid}</TableCell>
                  <TableCell>{k.alg ?? t("anyRs")}</TableCell>
                  <TableCell>{formatDateTime(k.createdAt, locale)}</TableCell>
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
            <Heading level={3} data-size="2xs" className="mb-2">{t("paste")}</Heading>
            <PasteKeyForm clientId={client.clientId} demoJwk={demoPublicJwkText(`demo-${client.keys.length + 1}`)} />
          </div>
          <div>
            <Heading level={3} data-size="2xs" className="mb-2">{t("generate")}</Heading>
            <GenerateKey clientId={client.clientId} suggestedKid={`${actor.party.orgNo}-${new Date().toISOString().slice(0, 10)}-${client.keys.length + 1}`} />
          </div>
        </div>
      </Panel>
      <Panel>
        <ScopesForm clientId={client.clientId} granted={granted} current={client.scopes} />
      </Panel>
      <Panel className="space-y-2">
        <Heading level={2} data-size="sm">{t("gettingToken")}</Heading>
        <Paragraph data-size="sm">
          {t.rich("tokenHelp", { body: "grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer&assertion=<grant>", endpoint: `${issuer}token`, code: (c) => <code>{c}</code> })}
        </Paragraph>
        <pre tabIndex={0} className="overflow-x-auto rounded bg-gray-50 p-3 text-xs" data-testid="grant-example">{JSON.stringify(grantExample, null, 2)}</pre>
      </Panel>
    </div>
  );
}
