// After login: straight to the person's role area for the chosen organisation, or the list of areas.
import Link from "@/app/_components/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Alert, Paragraph } from "@digdir/designsystemet-react";
import { requirePerson } from "@/lib/auth/actor";
import { pageTitle } from "@/lib/i18n/metadata";
import { loadRelation } from "@/lib/parties/relations";
import { AREA_INFO, allowedAreas } from "@/lib/parties/roles";
import { PageHeader, Panel } from "../_components/ui";

export const dynamic = "force-dynamic";
export const generateMetadata = pageTitle("start");

export default async function StartPage() {
  const person = await requirePerson("/start");
  if (!person.party) redirect("/velg-aktor?callbackUrl=%2Fstart");
  const areas = allowedAreas(await loadRelation(person.pid, person.party.orgNo));
  if (areas.length === 1) redirect(AREA_INFO[areas[0]!].path);
  const [t, shell] = [await getTranslations("Start"), await getTranslations("Shell")];
  return (
    <div className="space-y-6">
      <PageHeader title={t("welcome", { name: person.name })} lead={t("actingFor", { party: person.party.name, orgNo: person.party.orgNo })} />
      {areas.length === 0 ? (
        <Alert data-color="info">
          <Paragraph>{t("noArea", { party: person.party.name })}</Paragraph>
        </Alert>
      ) : (
        <Panel>
          <ul className="space-y-3">
            {areas.map((a) => (
              <li key={a}>
                <Link href={AREA_INFO[a].path} className="font-medium" data-testid={`start-area-${a}`}>
                  {shell(`area.${a}`)}
                </Link>
                <p className="text-sm">{shell(`areaSummary.${a}`)}</p>
              </li>
            ))}
          </ul>
        </Panel>
      )}
    </div>
  );
}
