// "Velg aktør": the person chooses which organisation to act for, as in Altinn.
import { getTranslations } from "next-intl/server";
import { Alert, Button } from "@digdir/designsystemet-react";
import { requirePerson } from "@/lib/auth/actor";
import { safeReturnPath } from "@/lib/auth/return-path";
import { pageTitle } from "@/lib/i18n/metadata";
import { listParties } from "@/lib/parties/relations";
import { chooseParty } from "../actions/session";
import { PageHeader, Panel } from "../_components/ui";

export const dynamic = "force-dynamic";
export const generateMetadata = pageTitle("chooseParty");

export default async function ChoosePartyPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const sp = await searchParams;
  const callbackUrl = safeReturnPath(sp.callbackUrl);
  const person = await requirePerson(`/velg-aktor?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  const [parties, t] = [await listParties(person.pid), await getTranslations("ChooseParty")];
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} lead={t("lead", { name: person.name })} />
      {sp.error === "not-related" ? <Alert data-color="danger">{t("notRelated")}</Alert> : null}
      <Panel>
        {parties.length === 0 ? (
          <p>{t("none")}</p>
        ) : (
          <ul className="space-y-3">
            {parties.map((p) => (
              <li key={p.orgNo}>
                <form action={chooseParty} className="flex items-center gap-4">
                  <input type="hidden" name="orgNo" value={p.orgNo} />
                  <input type="hidden" name="callbackUrl" value={callbackUrl} />
                  <Button type="submit" variant={person.party?.orgNo === p.orgNo ? "primary" : "secondary"} data-testid={`choose-party-${p.orgNo}`}>
                    {p.name}
                  </Button>
                  <span className="text-sm text-[var(--ds-color-neutral-text-subtle)]">{t("orgNo", { orgNo: p.orgNo })}</span>
                </form>
              </li>
            ))}
          </ul>
        )}
      </Panel>
    </div>
  );
}
