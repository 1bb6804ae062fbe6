// One exchange in full: method, URL, status, headers, bodies, JWTs decoded with every claim labelled, and
// the simulator's explanation when it has one.
import { Heading, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@digdir/designsystemet-react";
import { claimLabel, flattenClaims } from "@/lib/exchanges/claims";
import type { DecodedToken } from "@/lib/exchanges/mask";
import { PARTY_NAMES, isParty } from "@/lib/exchanges/parties";
import { explanationsOf, type ExchangeView } from "@/lib/exchanges/view";
import { Why } from "../_components/why";

// English strings of this component, together for the message files (next-intl).
export const DETAIL_TEXT = {
  heading: (x: ExchangeView) => `${x.method} ${pathOf(x.url)}`,
  summary: (x: ExchangeView, from: string, to: string) => `${from} → ${to} · ${x.status} · ${new Date(x.at).toLocaleTimeString("en-GB")} · ${x.durationMs} ms`,
  url: "URL",
  request: "Request",
  response: "Response",
  headers: "Headers",
  body: "Body",
  noBody: "(no body)",
  tokens: "Tokens in this exchange (decoded; signatures are never stored)",
  claim: "Claim",
  value: "Value",
  meaning: "Meaning",
  header: "Header",
  payload: "Claims",
  close: "Close",
};

export const pathOf = (url: string) => {
  try {
    const u = new URL(url);
    return `${u.pathname}${u.search}`;
  } catch {
    return url;
  }
};
export const partyName = (p: string) => (isParty(p) ? PARTY_NAMES[p] : p);
const json = (v: unknown) => (typeof v === "string" ? v : JSON.stringify(v, null, 2));

function Pre({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="space-y-1">
      <p className="text-xs font-semibold uppercase tracking-wide text-neutral-700">{label}</p>
      <pre className="max-h-96 overflow-auto whitespace-pre-wrap break-all rounded bg-neutral-100 p-3 text-xs">{children}</pre>
    </div>
  );
}

function Claims({ title, values }: { title: string; values: Record<string, unknown> }) {
  return (
    <Table data-size="sm" className="w-full text-xs">
      <caption className="text-left text-xs font-semibold">{title}</caption>
      <TableHead>
        <TableRow>
          <TableHeaderCell>{DETAIL_TEXT.claim}</TableHeaderCell>
          <TableHeaderCell>{DETAIL_TEXT.value}</TableHeaderCell>
          <TableHeaderCell>{DETAIL_TEXT.meaning}</TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {flattenClaims(values).map((c) => (
          <TableRow key={c.path}>
            <TableCell>
              <code>{c.path}</code>
            </TableCell>
            <TableCell className="break-all">
              <code>{c.value}</code>
            </TableCell>
            <TableCell>{claimLabel(c.path) ?? ""}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function Token({ t }: { t: DecodedToken }) {
  return (
    <div className="space-y-2 rounded p-3 ring-1 ring-black/10" data-testid="exchange-jwt">
      <p className="text-sm font-semibold">{t.where}</p>
      <Claims title={DETAIL_TEXT.header} values={t.header} />
      <Claims title={DETAIL_TEXT.payload} values={t.payload} />
    </div>
  );
}

const headerText = (h: Record<string, string>) =>
  Object.entries(h)
    .map(([k, v]) => `${k}: ${v}`)
    .join("\n");

export function ExchangeDetail({ x, onClose }: { x: ExchangeView; onClose: () => void }) {
  return (
    <section aria-labelledby={`detail-${x.id}`} className="space-y-4 rounded-lg bg-white p-4 ring-2 ring-[var(--ds-color-accent-border-default)]" data-testid="exchange-detail">
      <div className="flex flex-wrap items-start gap-3">
        <Heading level={3} data-size="xs" id={`detail-${x.id}`} tabIndex={-1} className="break-all">
          {DETAIL_TEXT.heading(x)}
        </Heading>
        <button type="button" onClick={onClose} className="ml-auto cursor-pointer rounded px-2 py-1 text-sm ring-1 ring-black/20">
          {DETAIL_TEXT.close}
        </button>
      </div>
      <p className="text-sm">{DETAIL_TEXT.summary(x, partyName(x.from), partyName(x.to))}</p>
      <Why why={explanationsOf([x])} />
      <Pre label={DETAIL_TEXT.url}>{`${x.method} ${x.url}`}</Pre>
      <div className="grid gap-4 lg:grid-cols-2">
        <div className="space-y-2">
          <Heading level={4} data-size="2xs">
            {DETAIL_TEXT.request}
          </Heading>
          <Pre label={DETAIL_TEXT.headers}>{headerText(x.request.headers)}</Pre>
          <Pre label={DETAIL_TEXT.body}>{x.request.body == null ? DETAIL_TEXT.noBody : json(x.request.body)}</Pre>
        </div>
        <div className="space-y-2">
          <Heading level={4} data-size="2xs">
            {DETAIL_TEXT.response} {x.status}
          </Heading>
          <Pre label={DETAIL_TEXT.headers}>{headerText(x.response.headers)}</Pre>
          <Pre label={DETAIL_TEXT.body}>{x.response.body == null ? DETAIL_TEXT.noBody : json(x.response.body)}</Pre>
        </div>
      </div>
      {x.jwts.length ? (
        <div className="space-y-2">
          <Heading level={4} data-size="2xs">
            {DETAIL_TEXT.tokens}
          </Heading>
          {x.jwts.map((t, i) => (
            <Token key={`${i}-${t.where}`} t={t} />
          ))}
        </div>
      ) : null}
    </section>
  );
}
