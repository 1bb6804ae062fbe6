"use client";
// The sequence diagram: one lane per party, one arrow per exchange, grouped into flows (newest first).
// Polls GET /simulator/api/exchanges?since= for new exchanges (a pause switch, WCAG 2.2.2); every arrow
// is a button that opens the exchange below its flow.
import Link from "@/app/_components/link";
import { useEffect, useMemo, useRef, useState } from "react";
import { Switch } from "@digdir/designsystemet-react";
import { useLocale, useTranslations } from "next-intl";
import { PARTIES, type PartyId } from "@/lib/exchanges/parties";
import type { ExchangePage, ExchangeView } from "@/lib/exchanges/view";
import { formatTime } from "@/lib/i18n/format";
import { isLocale } from "@/lib/i18n/locale";
import { ExchangeDetail, pathOf, usePartyName } from "./exchange-detail";

const MAX_KEPT = 1000;
const POLL_MS = 2000;

interface Flow {
  id: string;
  exchanges: ExchangeView[];
  latestSeq: number;
}

function groupFlows(exchanges: ExchangeView[]): Flow[] {
  const byFlow = new Map<string, ExchangeView[]>();
  for (const x of exchanges) byFlow.set(x.flowId, [...(byFlow.get(x.flowId) ?? []), x]);
  return [...byFlow.entries()]
    .map(([id, xs]) => ({ id, exchanges: xs.sort((a, b) => a.at.localeCompare(b.at) || a.seq - b.seq), latestSeq: Math.max(...xs.map((x) => x.seq)) }))
    .sort((a, b) => b.latestSeq - a.latestSeq);
}

const lane = (p: string) => Math.max(0, PARTIES.indexOf(p as PartyId));

function Arrow({ x, selected, onSelect }: { x: ExchangeView; selected: boolean; onSelect: () => void }) {
  const from = lane(x.from);
  const to = lane(x.to);
  const lo = Math.min(from, to);
  const span = Math.abs(to - from) + 1;
  const inset = `calc(100% / ${span} / 2)`;
  const t = useTranslations("Sequence");
  const ta = useTranslations("AuditLog");
  const partyName = usePartyName();
  const tone = x.status >= 400 ? "text-red-800" : "text-green-900";
  // a person's action in the pages (lib/exchanges/person-actions.ts) is named by what they did, as the audit log names it
  const actionKey = typeof x.notes.action === "string" ? `actions.${x.notes.action.replaceAll(".", "_")}` : null;
  const action = actionKey && ta.has(actionKey) ? ta(actionKey as never) : null;
  return (
    <li style={{ gridColumn: `${lo + 1} / span ${span}` }} className="relative">
      <button
        type="button"
        onClick={onSelect}
        aria-pressed={selected}
        aria-label={`${action ? `${action}: ` : ""}${t("arrow", { method: x.method, path: pathOf(x.url), from: partyName(x.from), to: partyName(x.to), status: x.status })}`}
        data-testid="arrow"
        data-from={x.from}
        data-to={x.to}
        data-status={x.status}
        className={`block w-full cursor-pointer rounded py-1 text-left focus-visible:outline-2 ${selected ? "bg-[var(--ds-color-accent-surface-tinted)]" : "hover:bg-black/5"}`}
      >
        <span className={`block truncate px-1 text-center text-xs ${tone}`} style={{ marginLeft: inset, marginRight: inset }}>
          {action ?? `${x.method} ${pathOf(x.url).split("?")[0]}`} · <strong>{x.status}</strong>
        </span>
        <span aria-hidden className="relative block h-3" style={{ marginLeft: inset, marginRight: inset }}>
          <span className={`absolute top-1/2 right-0 left-0 border-t-2 ${x.status >= 400 ? "border-red-700" : "border-neutral-700"}`} />
          <span
            className={`absolute top-0 h-0 w-0 border-y-[6px] border-y-transparent ${from <= to ? "right-0 border-l-[8px] border-l-neutral-700" : "left-0 border-r-[8px] border-r-neutral-700"}`}
          />
        </span>
      </button>
    </li>
  );
}

function FlowDiagram({ flow, selectedId, onSelect }: { flow: Flow; selectedId: string | null; onSelect: (id: string | null) => void }) {
  const selected = flow.exchanges.find((x) => x.id === selectedId);
  const first = flow.exchanges[0]!;
  const t = useTranslations("Sequence");
  const locale = useLocale();
  return (
    <section className="space-y-2 rounded-lg bg-white p-4 shadow-sm ring-1 ring-black/5" aria-label={t("flow", { count: flow.exchanges.length })} data-testid="flow" data-flow={flow.id}>
      <div className="flex flex-wrap items-baseline gap-3 text-sm">
        <strong>{t("flow", { count: flow.exchanges.length })}</strong>
        <span>{formatTime(first.at, isLocale(locale) ? locale : "nb")}</span>
        <code className="text-xs">{flow.id.slice(0, 8)}</code>
        <Link href={`/simulator/sequence?flow=${flow.id}`} className="ds-link ml-auto">
          {t("flowLink")}
        </Link>
      </div>
      <div className="relative">
        <div aria-hidden className="pointer-events-none absolute inset-0 grid grid-cols-7">
          {PARTIES.map((p) => (
            <div key={p} className="mx-auto h-full w-px bg-neutral-300" />
          ))}
        </div>
        <ol className="relative grid grid-cols-7 gap-y-1">
          {flow.exchanges.map((x) => (
            <Arrow key={x.id} x={x} selected={x.id === selectedId} onSelect={() => onSelect(x.id === selectedId ? null : x.id)} />
          ))}
        </ol>
      </div>
      {selected ? <ExchangeDetail x={selected} onClose={() => onSelect(null)} /> : null}
    </section>
  );
}

export function SequenceView({ initial, query }: { initial: ExchangePage; query: string }) {
  const t = useTranslations("Sequence");
  const partyName = usePartyName();
  const [exchanges, setExchanges] = useState(initial.exchanges);
  const [latest, setLatest] = useState(initial.latest);
  const [live, setLive] = useState(true);
  const [announce, setAnnounce] = useState("");
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const latestRef = useRef(latest);
  latestRef.current = latest;

  useEffect(() => {
    if (!live) return;
    let stopped = false;
    const poll = async () => {
      try {
        const res = await fetch(`/simulator/api/exchanges?${query}${query ? "&" : ""}since=${latestRef.current}&limit=500`, { cache: "no-store" });
        if (!res.ok || stopped) return;
        const page = (await res.json()) as ExchangePage;
        if (page.exchanges.length) {
          setExchanges((old) => [...page.exchanges, ...old.filter((o) => !page.exchanges.some((n) => n.id === o.id))].slice(0, MAX_KEPT));
          setAnnounce(t("newExchanges", { count: page.exchanges.length }));
        }
        setLatest(page.latest);
      } catch {
        setAnnounce(t("failed"));
      }
    };
    const timer = setInterval(poll, POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [live, query]);

  useEffect(() => {
    if (selectedId) document.getElementById(`detail-${selectedId}`)?.focus();
  }, [selectedId]);

  const flows = useMemo(() => groupFlows(exchanges), [exchanges]);
  return (
    <div className="space-y-4" data-testid="sequence-view" data-latest={latest}>
      <div className="flex flex-wrap items-center gap-4">
        <Switch label={t("live")} checked={live} onChange={(e) => setLive(e.target.checked)} data-testid="live-switch" />
        <p aria-live="polite" className="text-sm text-neutral-700">
          {announce}
        </p>
      </div>
      <div className="sticky top-0 z-10 grid grid-cols-7 rounded bg-[var(--ds-color-neutral-background-tinted)] py-2 text-center text-xs font-semibold" role="list" aria-label={t("lanes")}>
        {PARTIES.map((p) => (
          <span key={p} role="listitem" data-testid={`lane-${p}`}>
            {partyName(p)}
          </span>
        ))}
      </div>
      {flows.length === 0 ? <p>{t("empty")}</p> : null}
      {flows.map((f) => (
        <FlowDiagram key={f.id} flow={f} selectedId={selectedId} onSelect={setSelectedId} />
      ))}
    </div>
  );
}
