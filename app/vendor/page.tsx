// System vendor: the role area's start page. Every page of the area checks the role itself.
import { requireArea } from "@/lib/auth/actor";
import { AREA_INFO } from "@/lib/parties/roles";
import { PageHeader, Panel } from "@/app/_components/ui";

export const dynamic = "force-dynamic";

export default async function Page() {
  const actor = await requireArea("vendor", AREA_INFO.vendor.path);
  return (
    <div className="space-y-6" data-testid="area-vendor">
      <PageHeader eyebrow={`${actor.party.name} · ${actor.party.orgNo}`} title={AREA_INFO.vendor.title} lead={AREA_INFO.vendor.summary} />
      <Panel>
        <p>Maskinporten clients, systems and system-user requests of the vendor.</p>
      </Panel>
    </div>
  );
}
