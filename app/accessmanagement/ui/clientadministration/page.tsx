// Client administrator: the role area's start page. Every page of the area checks the role itself.
import { requireArea } from "@/lib/auth/actor";
import { AREA_INFO } from "@/lib/parties/roles";
import { PageHeader, Panel } from "@/app/_components/ui";

export const dynamic = "force-dynamic";

export default async function Page() {
  const actor = await requireArea("clientAdmin", AREA_INFO.clientAdmin.path);
  return (
    <div className="space-y-6" data-testid="area-clientAdmin">
      <PageHeader eyebrow={`${actor.party.name} · ${actor.party.orgNo}`} title={AREA_INFO.clientAdmin.title} lead={AREA_INFO.clientAdmin.summary} />
      <Panel>
        <p>The firm's agent system users and their clients.</p>
      </Panel>
    </div>
  );
}
