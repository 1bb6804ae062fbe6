// Service owner: the role area's start page. Every page of the area checks the role itself.
import { requireArea } from "@/lib/auth/actor";
import { AREA_INFO } from "@/lib/parties/roles";
import { PageHeader, Panel } from "@/app/_components/ui";

export const dynamic = "force-dynamic";

export default async function Page() {
  const actor = await requireArea("serviceOwner", AREA_INFO.serviceOwner.path);
  return (
    <div className="space-y-6" data-testid="area-serviceOwner">
      <PageHeader eyebrow={`${actor.party.name} · ${actor.party.orgNo}`} title={AREA_INFO.serviceOwner.title} lead={AREA_INFO.serviceOwner.summary} />
      <Panel>
        <p>Resources, scopes and policies of the service owner.</p>
      </Panel>
    </div>
  );
}
