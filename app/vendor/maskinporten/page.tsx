// Vendor: the organisation's Maskinporten clients and the scopes granted to it (self-service).
import { getTranslations } from "next-intl/server";
import { pageTitle } from "@/lib/i18n/metadata";
import Link from "@/app/_components/link";
import { Heading, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow, Tag } from "@digdir/designsystemet-react";
import { requireArea } from "@/lib/auth/actor";
import { listClients, listGrantedScopes } from "@/lib/maskinporten/self-service";
import { PageHeader, Panel } from "@/app/_components/ui";
import { VendorNav } from "../_components/vendor-nav";
import { CreateClientForm } from "./create-client-form";

export const dynamic = "force-dynamic";
export const generateMetadata = pageTitle("maskinporten");

export default async function Page() {
  const actor = await requireArea("vendor", "/vendor/maskinporten");
  const vendor = { pid: actor.pid, orgNo: actor.party.orgNo };
  const [clients, scopes] = await Promise.all([listClients(vendor), listGrantedScopes(vendor.orgNo)]);
  const t = await getTranslations("Maskinporten");
  return (
    <div className="space-y-6" data-testid="maskinporten-clients">
      <PageHeader
        eyebrow={`${actor.party.name} · ${actor.party.orgNo}`}
        title={t("title")}
        lead={t("lead")}
      />
      <VendorNav />
      <Panel>
        <Heading level={2} data-size="sm" className="mb-3">{t("clients")}</Heading>
        {clients.length === 0 ? (
          <Paragraph>{t("noClients")}</Paragraph>
        ) : (
          <Table data-testid="client-table">
            <TableHead>
              <TableRow>
                <TableHeaderCell>{t("name")}</TableHeaderCell>
                <TableHeaderCell>{t("clientId")}</TableHeaderCell>
                <TableHeaderCell>{t("scopes")}</TableHeaderCell>
                <TableHeaderCell>{t("keys")}</TableHeaderCell>
                <TableHeaderCell>{t("onSystem")}</TableHeaderCell>
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
        <Heading level={2} data-size="sm" className="mb-1">{t("granted", { org: actor.party.name })}</Heading>
        <Paragraph data-size="sm" className="mb-3">{t("grantedLead")}</Paragraph>
        <Table data-testid="granted-scopes">
          <TableHead>
            <TableRow>
              <TableHeaderCell>{t("scope")}</TableHeaderCell>
              <TableHeaderCell>{t("description")}</TableHeaderCell>
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
        <Heading level={2} data-size="sm" className="mb-3">{t("newClient")}</Heading>
        <CreateClientForm scopes={scopes} />
      </Panel>
    </div>
  );
}
