// The audit log (issue 11): one log across the parties for the organisation the person acts for, with
// filters and the CSV/JSON exports of GET /simulator/api/audit. The rules are in lib/audit-log.
import Link from "@/app/_components/link";
import { forbidden, redirect } from "next/navigation";
import { Alert, Button, Field, Label, Paragraph, Select, SelectOption, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow, Tag, Textfield } from "@digdir/designsystemet-react";
import { PageHeader, Panel } from "@/app/_components/ui";
import { requirePerson } from "@/lib/auth/actor";
import { AUDIT_PARTIES, actionTitle, type AuditEntry } from "@/lib/audit-log/entry";
import { auditQueryString, type AuditQuery } from "@/lib/audit-log/query";
import { readAuditLogAs } from "@/lib/audit-log/service";
import { Problem } from "@/lib/problems/problem";
import { pageTitle } from "@/lib/i18n/metadata";
import { getTranslations } from "next-intl/server";
import { formatDateTime, norwayLocalInput, norwayLocalToIso } from "@/lib/i18n/format";
import { currentLocale } from "@/lib/i18n/server";
import { renderText, type Text } from "@/lib/i18n/text";
import { FacilitatorRelationships } from "@/app/_components/relationships";

export const dynamic = "force-dynamic";
export const generateMetadata = pageTitle("auditLog");

const PATH = "/simulator/audit";


// The form's times are Norway's, as the table's are (a datetime-local value has no zone; GET
// /simulator/api/audit reads such a value as UTC, so the page turns it into UTC before the query).
const inputTime = (d: Date | undefined) => (d ? norwayLocalInput(d) : "");

export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const person = await requirePerson(PATH);
  if (!person.party) redirect(`/velg-aktor?callbackUrl=${encodeURIComponent(PATH)}`);
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(await searchParams)) if (typeof v === "string") params.set(k, (k === "from" || k === "to" ? norwayLocalToIso(v.trim()) : null) ?? v);
  let log: Awaited<ReturnType<typeof readAuditLogAs>> | null = null;
  let invalid: Problem | null = null;
  try {
    log = await readAuditLogAs({ pid: person.pid, orgNo: person.party.orgNo }, params);
  } catch (e) {
    if (e instanceof Problem && e.status === 403) forbidden();
    if (!(e instanceof Problem && e.status === 400)) throw e;
    invalid = e;
  }
  const filter = log?.filter ?? {};
  const t = await getTranslations("AuditLog");
  return (
    <div className="space-y-6" data-testid="audit-log">
      <PageHeader eyebrow={`${person.party.name} · ${person.party.orgNo}`} title={t("title")} lead={t("lead")} />
      <Panel>
        <form method="get" action={PATH} className="grid gap-4 md:grid-cols-3" aria-label={t("filters")}>
          <Field>
            <Label>{t("party")}</Label>
            <Select name="party" defaultValue={filter.party ?? ""}>
              <SelectOption value="">{t("allParties")}</SelectOption>
              {Object.keys(AUDIT_PARTIES).map((k) => (
                <SelectOption key={k} value={k}>
                  {t(`parties.${k}`)}
                </SelectOption>
              ))}
            </Select>
          </Field>
          <Textfield label={t("org")} name="org" inputMode="numeric" defaultValue={params.get("org") ?? ""} />
          <Textfield label={t("systemUser")} name="systemUser" defaultValue={params.get("systemUser") ?? ""} />
          <Textfield label={t("from")} name="from" type="datetime-local" step={1} defaultValue={inputTime(filter.from)} />
          <Textfield label={t("to")} name="to" type="datetime-local" step={1} defaultValue={inputTime(filter.to)} />
          <div className="flex items-end gap-3">
            <Button type="submit">{t("apply")}</Button>
            <Link href={PATH} className="ds-link">
              {t("clear")}
            </Link>
          </div>
        </form>
      </Panel>
      {invalid ? (
        <Alert data-color="danger" data-testid="audit-invalid">
          {t("invalid")} {invalid.validationErrors?.map((v) => v.detail).join(" ")}
        </Alert>
      ) : null}
      {log ? <Results log={log} /> : null}
      <FacilitatorRelationships pid={person.pid} orgNo={person.party.orgNo} />
    </div>
  );
}

async function Results({ log }: { log: AuditQuery & { entries: AuditEntry[]; truncated: boolean } }) {
  const t = await getTranslations("AuditLog");
  // An action's title in the chosen language; an action without one keeps lib/audit-log's English title.
  const title = (action: string) => {
    const key = `actions.${action.replaceAll(".", "_")}`;
    return t.has(key) ? t(key) : actionTitle(action);
  };
  const locale = await currentLocale();
  const ta = await getTranslations("AuditText");
  const own = (x: Text) => renderText((key, values) => ta(key as never, values as never), x);
  const q = (format: string) => `/simulator/api/audit?${auditQueryString(log.filter, { format, limit: "5000" })}`;
  return (
    <Panel className="space-y-4">
      <div className="flex flex-wrap items-center gap-4">
        <Paragraph data-testid="audit-count">{t("count", { count: log.entries.length })}</Paragraph>
        <span className="ml-auto text-sm font-medium">{t("export")}:</span>
        <a href={q("csv")} className="ds-button" data-variant="secondary" data-size="sm" download data-testid="export-csv">
          {t("csv")}
        </a>
        <a href={q("json")} className="ds-button" data-variant="secondary" data-size="sm" download data-testid="export-json">
          {t("json")}
        </a>
      </div>
      {log.truncated ? <Alert data-color="info">{t("truncated")}</Alert> : null}
      {log.entries.length === 0 ? (
        <Paragraph data-testid="audit-empty">{t("none")}</Paragraph>
      ) : (
        <div className="overflow-x-auto">
          <Table className="w-full" data-size="sm">
            <caption className="sr-only">{t("caption")}</caption>
            <TableHead>
              <TableRow>
                <TableHeaderCell>{t("cols.at")}</TableHeaderCell>
                <TableHeaderCell>{t("cols.party")}</TableHeaderCell>
                <TableHeaderCell>{t("cols.event")}</TableHeaderCell>
                <TableHeaderCell>{t("cols.actor")}</TableHeaderCell>
                <TableHeaderCell>{t("cols.orgs")}</TableHeaderCell>
                <TableHeaderCell>{t("cols.systemUser")}</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {log.entries.map((e) => (
                <TableRow key={e.id} data-testid="audit-row" data-action={e.action}>
                  <TableCell className="whitespace-nowrap text-sm">
                    <time dateTime={e.at}>{formatDateTime(e.at, locale, { seconds: true })}</time>
                  </TableCell>
                  <TableCell>
                    <Tag data-size="sm" data-color="neutral">
                      {t(`parties.${e.party}`)}
                    </Tag>
                  </TableCell>
                  <TableCell>
                    <div className="font-medium">{title(e.action)}</div>
                    <div className="text-sm text-[var(--ds-color-neutral-text-subtle)] break-words">{e.i18n ? own(e.i18n.summary) : e.summary}</div>
                  </TableCell>
                  <TableCell className="text-sm">{e.i18n ? own(e.i18n.actor) : e.actorName}</TableCell>
                  <TableCell className="text-sm">{e.orgNos.join(", ")}</TableCell>
                  <TableCell className="text-sm break-all">{e.systemUserId ?? ""}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </Panel>
  );
}
