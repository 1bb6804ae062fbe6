// System vendor: the area's home: the vendor's systems, its newest requests, and where to go next.
import Link from "next/link";
import { Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@digdir/designsystemet-react";
import { requireArea } from "@/lib/auth/actor";
import { AREA_INFO } from "@/lib/parties/roles";
import { vendorFromPerson } from "@/lib/registry/actor";
import { listSystems } from "@/lib/registry/systems";
import { listRecentRequests } from "@/lib/requests/read";
import { PageHeader, Panel } from "@/app/_components/ui";
import { VendorNav } from "./_components/vendor-nav";
import { StatusTag } from "@/app/_components/status-tag";

export const dynamic = "force-dynamic";

export default async function Page() {
  const actor = await requireArea("vendor", AREA_INFO.vendor.path);
  const vendor = vendorFromPerson(actor);
  const [systems, requests] = await Promise.all([listSystems(vendor), listRecentRequests(vendor, 10)]);
  return (
    <div className="space-y-6" data-testid="area-vendor">
      <PageHeader eyebrow={`${actor.party.name} · ${actor.party.orgNo}`} title={AREA_INFO.vendor.title} lead={AREA_INFO.vendor.summary} />
      <VendorNav />
      <div className="grid gap-4 md:grid-cols-3">
        <Panel>
          <h2 className="mb-2 font-semibold">1. Maskinporten client</h2>
          <Paragraph data-size="sm">A client id with a public key: the system signs its grants with the private half.</Paragraph>
          <Link className="underline" href="/vendor/maskinporten">Maskinporten clients</Link>
        </Panel>
        <Panel>
          <h2 className="mb-2 font-semibold">2. System and requests</h2>
          <Paragraph data-size="sm">Register the system with its rights and client ids, then ask each customer for a system user.</Paragraph>
          <Link className="underline" href="/vendor/systems">Systems</Link> · <Link className="underline" href="/vendor/requests/new">New request</Link>
        </Panel>
        <Panel>
          <h2 className="mb-2 font-semibold">3. Run it</h2>
          <Paragraph data-size="sm">Get a system-user token and call Skatteetaten&apos;s API as the system would.</Paragraph>
          <Link className="underline" href="/vendor/console">Run console</Link>
        </Panel>
      </div>
      <Panel>
        <h2 className="mb-3 text-lg font-semibold">Your systems</h2>
        {systems.length === 0 ? (
          <Paragraph>No systems yet. <Link href="/vendor/systems/new">Register one</Link>.</Paragraph>
        ) : (
          <Table data-testid="systems-table">
            <TableHead>
              <TableRow>
                <TableHeaderCell>System id</TableHeaderCell>
                <TableHeaderCell>Name</TableHeaderCell>
                <TableHeaderCell>Rights</TableHeaderCell>
                <TableHeaderCell>Visible</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {systems.slice(0, 10).map((s) => (
                <TableRow key={s.id}>
                  <TableCell><Link href={`/vendor/systems/${encodeURIComponent(s.id)}`}>{s.id}</Link></TableCell>
                  <TableCell>{s.name.en}</TableCell>
                  <TableCell>{s.rights.length + s.accessPackages.length}</TableCell>
                  <TableCell>{s.isVisible ? "Yes" : "No (vendor-driven only)"}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        {systems.length > 10 ? <Link className="mt-2 inline-block underline" href="/vendor/systems">All {systems.length} systems</Link> : null}
      </Panel>
      <Panel>
        <h2 className="mb-3 text-lg font-semibold">Newest requests</h2>
        {requests.length === 0 ? (
          <Paragraph>No requests yet.</Paragraph>
        ) : (
          <Table data-testid="recent-requests">
            <TableHead>
              <TableRow>
                <TableHeaderCell>Created</TableHeaderCell>
                <TableHeaderCell>System</TableHeaderCell>
                <TableHeaderCell>Customer</TableHeaderCell>
                <TableHeaderCell>External ref</TableHeaderCell>
                <TableHeaderCell>Status</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {requests.map((r) => (
                <TableRow key={r.id}>
                  <TableCell><Link href={`/vendor/requests/${r.id}`}>{r.created.slice(0, 16).replace("T", " ")}</Link></TableCell>
                  <TableCell>{r.systemId}{r.kind === "agent" ? " (agent)" : ""}</TableCell>
                  <TableCell>{r.partyOrgNo}</TableCell>
                  <TableCell className="break-all">{r.externalRef}</TableCell>
                  <TableCell><StatusTag status={r.status} /></TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Panel>
    </div>
  );
}
