// /simulator/sequence: the recorded exchanges between the parties as a sequence diagram (the simulator's
// own training view, open to everyone like the rest of /simulator: secrets are masked when recorded,
// lib/exchanges/mask.ts). Filters by flow, party, system user and organisation.
import Link from "@/app/_components/link";
import { Alert, Button, Paragraph } from "@digdir/designsystemet-react";
import { PageHeader } from "@/app/_components/ui";
import { exchangeQuery, listExchanges } from "@/lib/exchanges/read";
import { getTranslations } from "next-intl/server";
import { PARTIES } from "@/lib/exchanges/parties";
import { pageTitle } from "@/lib/i18n/metadata";
import { SequenceView } from "./sequence-view";

export const dynamic = "force-dynamic";

export const generateMetadata = pageTitle("sequence");

type Search = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

export default async function Page({ searchParams }: { searchParams: Promise<Search> }) {
  const sp = await searchParams;
  const t = await getTranslations("Sequence");
  const tp = await getTranslations("Parties");
  const raw = { flow: first(sp.flow), party: first(sp.party), systemUser: first(sp.systemUser), org: first(sp.org) };
  const parsed = exchangeQuery.safeParse({ ...raw, limit: 300 });
  const filters = new URLSearchParams(Object.entries(raw).filter((e): e is [string, string] => !!e[1]));
  const page = parsed.success ? await listExchanges(parsed.data) : null;
  return (
    <div className="space-y-6" data-testid="sequence-page">
      <PageHeader eyebrow={t("eyebrow")} title={t("title")} lead={t("lead")} />
      <form method="get" className="flex flex-wrap items-end gap-4" aria-label={t("filters")}>
        {raw.flow ? <input type="hidden" name="flow" value={raw.flow} /> : null}
        <label className="flex flex-col gap-1 text-sm font-medium">
          {t("party")}
          <select name="party" defaultValue={raw.party ?? ""} className="rounded border border-neutral-400 bg-white px-2 py-2 font-normal">
            <option value="">{t("anyParty")}</option>
            {PARTIES.map((p) => (
              <option key={p} value={p}>
                {tp(p)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">
          {t("systemUser")}
          <input name="systemUser" defaultValue={raw.systemUser ?? ""} className="w-80 rounded border border-neutral-400 px-2 py-2 font-normal" />
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">
          {t("org")}
          <input name="org" inputMode="numeric" defaultValue={raw.org ?? ""} className="w-40 rounded border border-neutral-400 px-2 py-2 font-normal" />
        </label>
        <Button type="submit" variant="secondary">
          {t("apply")}
        </Button>
        <Link href={`/simulator/api/exchanges?${filters}`} className="ds-link text-sm">
          {t("json")}
        </Link>
      </form>
      {raw.flow ? (
        <Paragraph data-size="sm">
          {t("onlyFlow", { id: raw.flow })} <Link href="/simulator/sequence" className="ds-link">
            {t("showAll")}
          </Link>
        </Paragraph>
      ) : null}
      {parsed.success && page ? (
        // keyed by the filters: a link to a flow navigates on the client, and the view's state must restart
        <SequenceView key={filters.toString()} initial={page} query={filters.toString()} />
      ) : (
        <Alert data-color="danger">
          {t("badQuery")} {parsed.error?.issues.map((i) => i.message).join("; ")}
        </Alert>
      )}
    </div>
  );
}
