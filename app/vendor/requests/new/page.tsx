// System vendor: ask a customer for a system user of one of the vendor's systems.
import { Button, Field, Label, Paragraph, Select, SelectOption } from "@digdir/designsystemet-react";
import { requireArea } from "@/lib/auth/actor";
import { accessPackageName, isAssignable, isClientPackage, isDelegable } from "@/lib/parties/access-packages";
import { vendorFromPerson } from "@/lib/registry/actor";
import { listSystems } from "@/lib/registry/systems";
import { PageHeader, Panel } from "@/app/_components/ui";
import { RequestForm } from "../../_components/request-form";
import { VendorNav } from "../../_components/vendor-nav";
import { submitRequest } from "../actions";

export const dynamic = "force-dynamic";

export default async function NewRequestPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const sp = await searchParams;
  const actor = await requireArea("vendor", `/vendor/requests/new${sp.systemId ? `?systemId=${encodeURIComponent(sp.systemId)}` : ""}`);
  const systems = await listSystems(vendorFromPerson(actor));
  const system = systems.find((s) => s.id === sp.systemId) ?? (systems.length === 1 ? systems[0] : undefined);
  return (
    <div className="space-y-6">
      <PageHeader eyebrow={`${actor.party.name} · System-user requests`} title="Ask a customer for a system user" lead="Altinn answers with a confirmUrl: send it to the customer, who approves in Altinn. The request's status tells you when." />
      <VendorNav />
      <Panel>
        <form method="get" className="flex flex-wrap items-end gap-3">
          <Field>
            <Label>System</Label>
            <Select name="systemId" defaultValue={system?.id ?? ""}>
              {system ? null : <SelectOption value="">Choose a system</SelectOption>}
              {systems.map((s) => <SelectOption key={s.id} value={s.id}>{s.name.en} ({s.id})</SelectOption>)}
            </Select>
          </Field>
          <Button type="submit" variant="secondary">Choose</Button>
        </form>
        {systems.length === 0 ? <Paragraph className="mt-4">Register a system first.</Paragraph> : null}
      </Panel>
      {system ? (
        <Panel>
          <RequestForm
            key={system.id}
            systemId={system.id}
            rights={system.rights.map((r) => ({ value: `${r.resource[0]?.value ?? ""}|${r.action ?? ""}`, label: `${r.resource[0]?.value}${r.action ? ` · ${r.action}` : " · every action"}` }))}
            packages={system.accessPackages.map((p) => ({ urn: p.urn, name: accessPackageName(p.urn), client: isClientPackage(p.urn), assignable: isAssignable(p.urn), delegable: isDelegable(p.urn) }))}
            redirectUrls={system.allowedRedirectUrls}
            action={submitRequest}
          />
        </Panel>
      ) : null}
    </div>
  );
}
