// End user: the role area's start page. Every page of the area checks the role itself.
import { requireArea } from "@/lib/auth/actor";
import { AREA_INFO } from "@/lib/parties/roles";
import { PageHeader, Panel } from "@/app/_components/ui";

export const dynamic = "force-dynamic";

export default async function Page() {
  const actor = await requireArea("endUser", AREA_INFO.endUser.path);
  return (
    <div className="space-y-6" data-testid="area-endUser">
      <PageHeader eyebrow={`${actor.party.name} · ${actor.party.orgNo}`} title={AREA_INFO.endUser.title} lead={AREA_INFO.endUser.summary} />
      <Panel>
        <p>The organisation's system users and pending requests.</p>
      </Panel>
    </div>
  );
}
