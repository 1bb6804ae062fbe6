// After login: straight to the person's role area for the chosen organisation, or the list of areas.
import Link from "next/link";
import { redirect } from "next/navigation";
import { Alert, Paragraph } from "@digdir/designsystemet-react";
import { requirePerson } from "@/lib/auth/actor";
import { loadRelation } from "@/lib/parties/relations";
import { AREA_INFO, allowedAreas } from "@/lib/parties/roles";
import { PageHeader, Panel } from "../_components/ui";

export const dynamic = "force-dynamic";

export default async function StartPage() {
  const person = await requirePerson("/start");
  if (!person.party) redirect("/velg-aktor?callbackUrl=%2Fstart");
  const areas = allowedAreas(await loadRelation(person.pid, person.party.orgNo));
  if (areas.length === 1) redirect(AREA_INFO[areas[0]!].path);
  return (
    <div className="space-y-6">
      <PageHeader title={`Welcome, ${person.name}`} lead={`Acting for ${person.party.name} (${person.party.orgNo}).`} />
      {areas.length === 0 ? (
        <Alert data-color="info">
          <Paragraph>
            You have no role area for {person.party.name}: you are neither an access manager, a client administrator,
            a vendor developer nor a resource administrator there. You can still open a system-user request sent to
            you (its confirm link) and send it on to your organisation&apos;s access managers.
          </Paragraph>
        </Alert>
      ) : (
        <Panel>
          <ul className="space-y-3">
            {areas.map((a) => (
              <li key={a}>
                <Link href={AREA_INFO[a].path} className="font-medium">
                  {AREA_INFO[a].title}
                </Link>
                <p className="text-sm">{AREA_INFO[a].summary}</p>
              </li>
            ))}
          </ul>
        </Panel>
      )}
    </div>
  );
}
