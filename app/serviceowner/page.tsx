// Service owner: the role area's start page: the organisation's resources and Maskinporten scopes.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Alert, Heading, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow, Tag } from "@digdir/designsystemet-react";
import { requireArea } from "@/lib/auth/actor";
import { pageTitle } from "@/lib/i18n/metadata";
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
  const shell = await getTranslations("Shell");
  return (
    <div className="space-y-6" data-testid="area-serviceOwner">
      <PageHeader eyebrow={`${actor.party.name} · ${actor.party.orgNo}`} title={shell("area.serviceOwner")} lead={shell("areaSummary.serviceOwner")} />
      {deleted ? <Alert data-color="success">Resource {deleted.slice(0, 100)} was deleted.</Alert> : null}
      <Panel className="space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <Heading level={2} data-size="sm">
            Resources
          </Heading>
          <Link className="ds-link" href="/serviceowner/resources/new">Register a resource</Link>
        </div>
        <Paragraph data-size="sm">Your entries in the Resource Registry. The PDP decides on them by their policies.</Paragraph>
        <Table data-testid="resources">
          <TableHead>
            <TableRow>
              <TableHeaderCell>Identifier</TableHeaderCell>
              <TableHeaderCell>Title</TableHeaderCell>
              <TableHeaderCell>Type</TableHeaderCell>
              <TableHeaderCell>Maskinporten scope</TableHeaderCell>
              <TableHeaderCell>Delegable</TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {resources.map((r) => (
              <TableRow key={r.identifier}>
                <TableCell>
                  <Link className="ds-link" href={`/serviceowner/resources/${encodeURIComponent(r.identifier)}`}>{r.identifier}</Link>
                </TableCell>
                <TableCell>{r.title.en}</TableCell>
                <TableCell>{r.resourceType}</TableCell>
                <TableCell>{r.resourceReferences[0]?.reference ?? "—"}</TableCell>
                <TableCell>{r.delegable ? <Tag data-color="success">yes</Tag> : <Tag data-color="neutral">no</Tag>}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        {resources.length === 0 ? <Paragraph>No resources yet.</Paragraph> : null}
      </Panel>
      <Panel className="space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <Heading level={2} data-size="sm">
            Maskinporten scopes
          </Heading>
          <Link className="ds-link" href="/serviceowner/scopes">Create and grant scopes</Link>
        </div>
        <ul className="list-disc space-y-1 pl-6">
          {scopes.map((s) => (
            <li key={s.name}>
              <code>{s.name}</code>: granted to {s.grants.length} organisation(s)
              {s.resources.length ? `, reaches ${s.resources.join(", ")}` : ""}
            </li>
          ))}
        </ul>
        {scopes.length === 0 ? <Paragraph>No scopes yet.</Paragraph> : null}
      </Panel>
    </div>
  );
}
