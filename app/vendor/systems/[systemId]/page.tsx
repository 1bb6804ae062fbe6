// System vendor: one system: its fields, requests, system users and changelog; edit, delete, ask for a system user.
import Link from "next/link";
import { notFound } from "next/navigation";
import { Alert, Button, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow, Tag } from "@digdir/designsystemet-react";
import { requireArea } from "@/lib/auth/actor";
import { StatusAnswer } from "@/lib/problems/problem";
import { vendorFromPerson } from "@/lib/registry/actor";
import { getChangelog, getSystem } from "@/lib/registry/systems";
import { listRequestsBySystem } from "@/lib/requests/read";
import { listSystemUsersBySystem } from "@/lib/requests/system-users";
import { PageHeader, Panel } from "@/app/_components/ui";
import { StatusTag } from "@/app/_components/status-tag";
import { VendorNav } from "../../_components/vendor-nav";
import { removeSystem } from "../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ systemId: string }>; searchParams: Promise<Record<string, string | undefined>> };

export default async function SystemPage({ params, searchParams }: Props) {
  const { systemId } = await params;
  const sp = await searchParams;
  const actor = await requireArea("vendor", `/vendor/systems/${encodeURIComponent(systemId)}`);
  const vendor = vendorFromPerson(actor);
  const system = await getSystem(vendor, systemId).catch((e) => {
    if (e instanceof StatusAnswer) notFound();
    throw e;
  });
  const [changelog, requests, agentRequests, systemUsers] = await Promise.all([
    getChangelog(vendor, systemId),
    listRequestsBySystem(vendor, "standard", systemId, sp.token ?? null),
    listRequestsBySystem(vendor, "agent", systemId, null),
    listSystemUsersBySystem(vendor, systemId, null),
  ]);
  const allRequests = [...requests.data, ...agentRequests.data].sort((a, b) => b.created.localeCompare(a.created));
  const q = encodeURIComponent(systemId);
  return (
    <div className="space-y-6">
      <PageHeader eyebrow={`${actor.party.name} · System Register`} title={system.name.en} lead={system.description.en} />
      <VendorNav />
      {sp.saved ? <Alert data-color="success">The system is saved.</Alert> : null}
      {system.isDeleted ? <Alert data-color="warning" data-testid="system-deleted">This system is deleted. Its client ids are released; it keeps its id and changelog.</Alert> : null}
      <Panel className="space-y-4">
        <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 text-sm" data-testid="system-fields">
          <dt className="font-medium">System id</dt><dd><code>{system.id}</code></dd>
          <dt className="font-medium">Vendor</dt><dd>{system.vendor.ID}</dd>
          <dt className="font-medium">Name (nb / nn / en)</dt><dd>{system.name.nb} / {system.name.nn} / {system.name.en}</dd>
          <dt className="font-medium">Rights</dt>
          <dd>{system.rights.map((r) => <Tag key={`${r.resource[0]?.value}${r.action}`} className="mr-2">{r.resource[0]?.value}{r.action ? ` · ${r.action}` : " · every action"}</Tag>)}{system.rights.length === 0 ? "–" : null}</dd>
          <dt className="font-medium">Access packages</dt><dd>{system.accessPackages.map((p) => p.urn).join(", ") || "–"}</dd>
          <dt className="font-medium">Maskinporten client ids</dt><dd className="break-all">{system.clientId.join(", ") || "–"}</dd>
          <dt className="font-medium">Allowed redirect URLs</dt><dd className="break-all">{system.allowedRedirectUrls.join(", ") || "–"}</dd>
          <dt className="font-medium">Visible to end users</dt><dd>{system.isVisible ? "Yes" : "No"}</dd>
        </dl>
        {system.isDeleted ? null : (
          <div className="flex flex-wrap gap-3">
            <Button asChild><Link href={`/vendor/requests/new?systemId=${q}`}>Ask a customer for a system user</Link></Button>
            <Button asChild variant="secondary"><Link href={`/vendor/systems/${q}/edit`}>Edit</Link></Button>
            <form action={removeSystem}>
              <input type="hidden" name="systemId" value={system.id} />
              <Button type="submit" variant="tertiary" data-color="danger">Delete system</Button>
            </form>
          </div>
        )}
      </Panel>
      <Panel>
        <h2 className="mb-3 text-lg font-semibold">Requests</h2>
        {allRequests.length === 0 ? <Paragraph>No requests.</Paragraph> : (
          <Table data-testid="system-requests">
            <TableHead><TableRow><TableHeaderCell>Created</TableHeaderCell><TableHeaderCell>Customer</TableHeaderCell><TableHeaderCell>External ref</TableHeaderCell><TableHeaderCell>Status</TableHeaderCell></TableRow></TableHead>
            <TableBody>
              {allRequests.map((r) => (
                <TableRow key={r.id}>
                  <TableCell><Link href={`/vendor/requests/${r.id}`}>{r.created.slice(0, 19).replace("T", " ")}</Link></TableCell>
                  <TableCell>{r.partyOrgNo}{r.rights ? "" : " (agent)"}</TableCell>
                  <TableCell className="break-all">{r.externalRef}</TableCell>
                  <TableCell><StatusTag status={r.status} /></TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        {requests.links.next ? <Link href={`/vendor/systems/${q}?token=${new URL(requests.links.next).searchParams.get("token")}`}>Older requests</Link> : null}
      </Panel>
      <Panel>
        <h2 className="mb-3 text-lg font-semibold">System users</h2>
        {systemUsers.data.length === 0 ? <Paragraph>No customer has a system user for this system yet.</Paragraph> : (
          <Table data-testid="system-users">
            <TableHead><TableRow><TableHeaderCell>Id</TableHeaderCell><TableHeaderCell>Owner</TableHeaderCell><TableHeaderCell>External ref</TableHeaderCell><TableHeaderCell>Type</TableHeaderCell><TableHeaderCell>Created</TableHeaderCell></TableRow></TableHead>
            <TableBody>
              {systemUsers.data.map((u) => (
                <TableRow key={u.id}>
                  <TableCell className="font-mono text-xs">{u.id}</TableCell>
                  <TableCell>{u.reporteeOrgNo}</TableCell>
                  <TableCell className="break-all">{u.externalRef}</TableCell>
                  <TableCell>{u.userType}</TableCell>
                  <TableCell>{u.created.slice(0, 10)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Panel>
      <Panel>
        <h2 className="mb-3 text-lg font-semibold">Changelog</h2>
        <Table data-testid="changelog">
          <TableHead><TableRow><TableHeaderCell>When</TableHeaderCell><TableHeaderCell>Change</TableHeaderCell><TableHeaderCell>By</TableHeaderCell><TableHeaderCell>Data</TableHeaderCell></TableRow></TableHead>
          <TableBody>
            {changelog.map((c, i) => (
              <TableRow key={i}>
                <TableCell>{c.created.slice(0, 19).replace("T", " ")}</TableCell>
                <TableCell>{c.changeType}</TableCell>
                <TableCell>{c.changedByOrgNumber}</TableCell>
                <TableCell><code className="line-clamp-2 max-w-xl break-all text-xs">{JSON.stringify(c.changedData)}</code></TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Panel>
    </div>
  );
}
