"use client";
// Recorded steps of a console run: each request and response, collapsible, JWTs decoded.
import { useFormatter, useTranslations } from "next-intl";
import { Heading, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow, Tag } from "@digdir/designsystemet-react";
import type { KravResponse } from "@/lib/vendor-client/skatteetaten";
import type { Text } from "@/lib/i18n/text";
import type { StepRecord } from "@/lib/vendor-client/types";

const json = (v: unknown) => (typeof v === "string" ? v : JSON.stringify(v, null, 2));

function Block({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="space-y-1">
      <p className="text-xs font-semibold uppercase tracking-wide text-neutral-600">{title}</p>
      <pre tabIndex={0} className="overflow-x-auto whitespace-pre-wrap break-all rounded bg-neutral-100 p-3 text-xs">{children}</pre>
    </div>
  );
}

function headers(h: Record<string, string>): string {
  return Object.entries(h).map(([k, v]) => `${k}: ${v}`).join("\n");
}

export function StepList({ steps }: { steps: StepRecord[] }) {
  const t = useTranslations("Console");
  const ts = useTranslations("Steps");
  const own = (x: Text | undefined, english: string) => (x?.key ? ts(x.key as never, x.values as never) : english);
  return (
    <ol className="space-y-3">
      {steps.map((s, i) => (
        <li key={`${i}-${s.title}`} data-testid={`step-${i + 1}`}>
          <details open={!s.ok || i === steps.length - 1} className="group rounded-lg ring-1 ring-black/10">
            <summary className="flex cursor-pointer list-none flex-wrap items-center gap-3 p-3">
              <span aria-hidden className="inline-block transition-transform group-open:rotate-90">▸</span>
              <span className="font-semibold">
                {i + 1}. {own(s.i18n?.title, s.title)}
              </span>
              <Tag data-color={s.ok ? "success" : "danger"} data-testid="step-status">
                {s.response ? `${s.response.status} ${s.response.statusText}` : t("noResponse")}
              </Tag>
              <code className="text-xs text-neutral-600">
                {s.request.method} {s.request.url}
              </code>
            </summary>
            <div className="space-y-3 border-t border-black/10 p-3">
              <Block title={t("request")}>
                {`${s.request.method} ${s.request.url}\n${headers(s.request.headers)}`}
                {s.request.body !== undefined ? `\n\n${json(s.request.body)}` : ""}
              </Block>
              {s.jwts.map((j) => (
                <Block key={j.label} title={t("decoded", { label: own(j.i18n, j.label) })}>
                  {`header:  ${JSON.stringify(j.header)}\npayload: ${json(j.payload)}`}
                </Block>
              ))}
              {s.response ? (
                <Block title={t("response")}>
                  {`${s.response.status} ${s.response.statusText}\n${headers(s.response.headers)}\n\n${json(s.response.body)}`}
                </Block>
              ) : null}
              {s.note ? <p className="text-sm text-red-800">{own(s.i18n?.note, s.note)}</p> : null}
            </div>
          </details>
        </li>
      ))}
    </ol>
  );
}

export function KravTable({ result }: { result: KravResponse }) {
  const t = useTranslations("Console");
  const format = useFormatter();
  // Amounts in kroner, written as the chosen language writes them.
  const nok = (n: number) => format.number(n, { style: "currency", currency: "NOK" });
  return (
    <div className="space-y-2" data-testid="krav-result">
      <Heading level={2} data-size="xs">
        {t("claimsOf", { org: result.organisasjonsnummer, count: result.krav.length, sum: nok(result.sumGjenstaaende) })}
      </Heading>
      <Table data-size="sm">
        <TableHead>
          <TableRow>
            <TableHeaderCell>{t("claimId")}</TableHeaderCell>
            <TableHeaderCell>{t("type")}</TableHeaderCell>
            <TableHeaderCell>{t("description")}</TableHeaderCell>
            <TableHeaderCell>{t("due")}</TableHeaderCell>
            <TableHeaderCell>KID</TableHeaderCell>
            <TableHeaderCell>{t("outstanding")}</TableHeaderCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {result.krav.map((k) => (
            <TableRow key={k.kravid}>
              <TableCell>{k.kravid}</TableCell>
              <TableCell>{k.kravtype}</TableCell>
              <TableCell>{k.beskrivelse}</TableCell>
              <TableCell>{format.dateTime(new Date(k.forfallsdato), { day: "numeric", month: "short", year: "numeric" })}</TableCell>
              <TableCell>{k.kid}</TableCell>
              <TableCell>{nok(k.gjenstaaendeBeloep)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
