// System vendor: the vendor's systems in the System Register.
import Link from "next/link";
import { Button, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@digdir/designsystemet-react";
import { requireArea } from "@/lib/auth/actor";
import { vendorFromPerson } from "@/lib/registry/actor";
import { listSystems } from "@/lib/registry/systems";
import { PageHeader, Panel } from "@/app/_components/ui";
import { VendorNav } from "../_components/vendor-nav";

export const dynamic = "force-dynamic";

export default async function SystemsPage() {
  const actor = await requireArea("vendor", "/vendor/systems");
  const systems = await listSystems(vendorFromPerson(actor));
  return (
    <div className="space-y-6">
      <PageHeader eyebrow={`${actor.party.name} · System Register`} title="Systems" lead="A system names the rights it needs and the Maskinporten clients it runs as. Customers give it a system user." />
      <VendorNav />
      <Panel className="space-y-4">
        <Button asChild><Link href="/vendor/systems/new">Register a system</Link></Button>
        {systems.length === 0 ? (
          <Paragraph>No systems registered.</Paragraph>
        ) : (
          <Table data-testid="systems-table">
            <TableHead>
              <TableRow>
                <TableHeaderCell>System id</TableHeaderCell>
                <TableHeaderCell>Name</TableHeaderCell>
                <TableHeaderCell>Rights</TableHeaderCell>
                <TableHeaderCell>Access packages</TableHeaderCell>
                <TableHeaderCell>Client ids</TableHeaderCell>
                <TableHeaderCell>Visible</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {systems.map((s) => (
                <TableRow key={s.id}>
                  <TableCell><Link href={`/vendor/systems/${encodeURIComponent(s.id)}`}>{s.id}</Link></TableCell>
                  <TableCell>{s.name.en}</TableCell>
                  <TableCell>{s.rights.map((r) => `${r.resource[0]?.value}${r.action ? ` (${r.action})` : ""}`).join(", ") || "–"}</TableCell>
                  <TableCell>{s.accessPackages.map((p) => p.urn.replace("urn:altinn:accesspackage:", "")).join(", ") || "–"}</TableCell>
                  <TableCell>{s.clientId.length}</TableCell>
                  <TableCell>{s.isVisible ? "Yes" : "No"}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Panel>
    </div>
  );
}
