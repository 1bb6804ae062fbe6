// /simulator/sequence: the recorded exchanges between the parties as a sequence diagram (the simulator's
// own training view, open to everyone like the rest of /simulator: secrets are masked when recorded,
// lib/exchanges/mask.ts). Filters by flow, party, system user and organisation.
import Link from "next/link";
import { Alert, Button, Paragraph } from "@digdir/designsystemet-react";
import { PageHeader } from "@/app/_components/ui";
import { exchangeQuery, listExchanges } from "@/lib/exchanges/read";
import { PARTIES, PARTY_NAMES } from "@/lib/exchanges/parties";
import { SequenceView } from "./sequence-view";

export const dynamic = "force-dynamic";

// English strings of this page, together for the message files (next-intl).
export const PAGE_TEXT = {
  title: "Sequence view: every exchange between the parties",
  lead:
    "Each HTTP exchange between the vendor's machine, Maskinporten, Altinn and Skatteetaten's API, and what people do in the pages, as it happens. One run (a console run, a CLI call, one API call and the calls it makes in turn) is one flow. Select an arrow to see the exchange: headers, bodies, and every JWT decoded with its claims explained. Tokens are stored without their signatures and secrets are masked.",
  filters: "Filters",
  party: "Party",
  anyParty: "Any party",
  systemUser: "System user id",
  org: "Organisation number",
  apply: "Filter",
  showAll: "Show all flows",
  onlyFlow: (id: string) => `Showing one flow: ${id}.`,
  badQuery: "These filters cannot be used:",
  json: "The same as JSON",
};

type Search = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

export default async function Page({ searchParams }: { searchParams: Promise<Search> }) {
  const sp = await searchParams;
  const raw = { flow: first(sp.flow), party: first(sp.party), systemUser: first(sp.systemUser), org: first(sp.org) };
  const parsed = exchangeQuery.safeParse({ ...raw, limit: 300 });
  const filters = new URLSearchParams(Object.entries(raw).filter((e): e is [string, string] => !!e[1]));
  const page = parsed.success ? await listExchanges(parsed.data) : null;
  return (
    <div className="space-y-6" data-testid="sequence-page">
      <PageHeader eyebrow="Simulator" title={PAGE_TEXT.title} lead={PAGE_TEXT.lead} />
      <form method="get" className="flex flex-wrap items-end gap-4" aria-label={PAGE_TEXT.filters}>
        {raw.flow ? <input type="hidden" name="flow" value={raw.flow} /> : null}
        <label className="flex flex-col gap-1 text-sm font-medium">
          {PAGE_TEXT.party}
          <select name="party" defaultValue={raw.party ?? ""} className="rounded border border-neutral-400 bg-white px-2 py-2 font-normal">
            <option value="">{PAGE_TEXT.anyParty}</option>
            {PARTIES.map((p) => (
              <option key={p} value={p}>
                {PARTY_NAMES[p]}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">
          {PAGE_TEXT.systemUser}
          <input name="systemUser" defaultValue={raw.systemUser ?? ""} className="w-80 rounded border border-neutral-400 px-2 py-2 font-normal" />
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">
          {PAGE_TEXT.org}
          <input name="org" inputMode="numeric" defaultValue={raw.org ?? ""} className="w-40 rounded border border-neutral-400 px-2 py-2 font-normal" />
        </label>
        <Button type="submit" variant="secondary">
          {PAGE_TEXT.apply}
        </Button>
        <Link href={`/simulator/api/exchanges?${filters}`} className="text-sm">
          {PAGE_TEXT.json}
        </Link>
      </form>
      {raw.flow ? (
        <Paragraph data-size="sm">
          {PAGE_TEXT.onlyFlow(raw.flow)} <Link href="/simulator/sequence">{PAGE_TEXT.showAll}</Link>
        </Paragraph>
      ) : null}
      {parsed.success && page ? (
        <SequenceView initial={page} query={filters.toString()} />
      ) : (
        <Alert data-color="danger">
          {PAGE_TEXT.badQuery} {parsed.error?.issues.map((i) => i.message).join("; ")}
        </Alert>
      )}
    </div>
  );
}
