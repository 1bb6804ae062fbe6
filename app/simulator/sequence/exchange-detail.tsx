// One exchange in full: method, URL, status, headers, bodies, JWTs decoded with every claim labelled, and
// the simulator's explanation when it has one.
import { Heading, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@digdir/designsystemet-react";
import { claimLabelKey, flattenClaims } from "@/lib/exchanges/claims";
import type { DecodedToken } from "@/lib/exchanges/mask";
import { useLocale, useTranslations } from "next-intl";
import { isParty } from "@/lib/exchanges/parties";
import { formatTime } from "@/lib/i18n/format";
import { isLocale } from "@/lib/i18n/locale";
import { explanationsOf, type ExchangeView } from "@/lib/exchanges/view";
import { Why } from "../_components/why";

export const pathOf = (url: string) => {
  try {
    const u = new URL(url);
    return `${u.pathname}${u.search}`;
  } catch {
    return url;
  }
};
/** A party's name in the chosen language (lanes, arrows, the detail's summary); an unknown id as it is. */
export function usePartyName() {
  const t = useTranslations("Parties");
  return (p: string) => (isParty(p) ? t(p) : p);
}
const json = (v: unknown) => (typeof v === "string" ? v : JSON.stringify(v, null, 2));

function Pre({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="space-y-1">
      <p className="text-xs font-semibold uppercase tracking-wide text-neutral-700">{label}</p>
      <pre tabIndex={0} className="max-h-96 overflow-auto whitespace-pre-wrap break-all rounded bg-neutral-100 p-3 text-xs">{children}</pre>
    </div>
  );
}

function Claims({ title, values }: { title: string; values: Record<string, unknown> }) {
  const t = useTranslations("ExchangeDetail");
  const tc = useTranslations("Claims");
  const label = (path: string) => {
    const key = claimLabelKey(path);
    return key ? tc(key as never) : "";
  };
  return (
    <Table data-size="sm" className="w-full text-xs">
      <caption className="text-left text-xs font-semibold">{title}</caption>
      <TableHead>
        <TableRow>
          <TableHeaderCell>{t("claim")}</TableHeaderCell>
          <TableHeaderCell>{t("value")}</TableHeaderCell>
          <TableHeaderCell>{t("meaning")}</TableHeaderCell>
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
            <TableCell>{label(c.path)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function Token({ token }: { token: DecodedToken }) {
  const t = useTranslations("ExchangeDetail");
  return (
    <div className="space-y-2 rounded p-3 ring-1 ring-black/10" data-testid="exchange-jwt">
      <p className="text-sm font-semibold">{token.where}</p>
      <Claims title={t("header")} values={token.header} />
      <Claims title={t("payload")} values={token.payload} />
    </div>
  );
}

const headerText = (h: Record<string, string>) =>
  Object.entries(h)
    .map(([k, v]) => `${k}: ${v}`)
    .join("\n");

export function ExchangeDetail({ x, onClose }: { x: ExchangeView; onClose: () => void }) {
  const t = useTranslations("ExchangeDetail");
  const partyName = usePartyName();
  const locale = useLocale();
  const at = formatTime(x.at, isLocale(locale) ? locale : "nb");
  return (
    <section aria-labelledby={`detail-${x.id}`} className="space-y-4 rounded-lg bg-white p-4 ring-2 ring-[var(--ds-color-accent-border-default)]" data-testid="exchange-detail">
      <div className="flex flex-wrap items-start gap-3">
        <Heading level={3} data-size="xs" id={`detail-${x.id}`} tabIndex={-1} className="break-all">
          {`${x.method} ${pathOf(x.url)}`}
        </Heading>
        <button type="button" onClick={onClose} className="ml-auto cursor-pointer rounded px-2 py-1 text-sm ring-1 ring-black/20">
          {t("close")}
        </button>
      </div>
      <p className="text-sm">{`${partyName(x.from)} → ${partyName(x.to)} · ${x.status} · ${at} · ${x.durationMs} ms`}</p>
      <Why why={explanationsOf([x])} />
      <Pre label={t("url")}>{`${x.method} ${x.url}`}</Pre>
      <div className="grid gap-4 lg:grid-cols-2">
        <div className="space-y-2">
          <Heading level={4} data-size="2xs">
            {t("request")}
          </Heading>
          <Pre label={t("headers")}>{headerText(x.request.headers)}</Pre>
          <Pre label={t("body")}>{x.request.body == null ? t("noBody") : json(x.request.body)}</Pre>
        </div>
        <div className="space-y-2">
          <Heading level={4} data-size="2xs">
            {t("response")} {x.status}
          </Heading>
          <Pre label={t("headers")}>{headerText(x.response.headers)}</Pre>
          <Pre label={t("body")}>{x.response.body == null ? t("noBody") : json(x.response.body)}</Pre>
        </div>
      </div>
      {x.jwts.length ? (
        <div className="space-y-2">
          <Heading level={4} data-size="2xs">
            {t("tokens")}
          </Heading>
          {x.jwts.map((jwt, i) => (
            <Token key={`${i}-${jwt.where}`} token={jwt} />
          ))}
        </div>
      ) : null}
    </section>
  );
}
