// The audit log (issue 11): one log across the parties for the organisation the person acts for, with
// filters and the CSV/JSON exports of GET /simulator/api/audit. The rules are in lib/audit-log.
import Link from "next/link";
import { forbidden, redirect } from "next/navigation";
import { Alert, Button, Field, Label, Paragraph, Select, SelectOption, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow, Tag, Textfield } from "@digdir/designsystemet-react";
import { PageHeader, Panel } from "@/app/_components/ui";
import { requirePerson } from "@/lib/auth/actor";
import { AUDIT_PARTIES, actionTitle, type AuditEntry } from "@/lib/audit-log/entry";
import { auditQueryString, type AuditQuery } from "@/lib/audit-log/query";
import { readAuditLogAs } from "@/lib/audit-log/service";
import { Problem } from "@/lib/problems/problem";
import { FacilitatorRelationships } from "@/app/_components/relationships";

export const dynamic = "force-dynamic";

const PATH = "/simulator/audit";

/** The page's words, together for the message files. */
const TEXT = {
  title: "Audit log",
  lead: "Every event of the chain that concerns the organisation you act for, newest first: requests, approvals, system users, clients, tokens and the PDP's decisions, whichever party recorded them. You see no other organisation's events.",
  filters: "Filters",
  party: "Party",
  allParties: "All parties",
  org: "Organisation (org. no.)",
  systemUser: "System user (id)",
  from: "From (UTC)",
  to: "To (UTC)",
  apply: "Filter",
  clear: "Clear filters",
  export: "Export",
  csv: "Download CSV",
  json: "Download JSON",
  count: (n: number) => `${n} event${n === 1 ? "" : "s"}`,
  truncated: "More events match than are shown: narrow the time window or use the export (up to 5000 events).",
  none: "No events match.",
  caption: "Audit events, newest first",
  cols: { at: "Time (UTC)", party: "Party", event: "Event", actor: "Who", orgs: "Organisations", systemUser: "System user" },
  invalid: "The filters are not valid:",
};

function utc(iso: string): string {
  return iso.replace("T", " ").replace(/\.\d+Z$/, " UTC");
}

const inputTime = (d: Date | undefined) => (d ? d.toISOString().slice(0, 19) : "");

export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const person = await requirePerson(PATH);
  if (!person.party) redirect(`/velg-aktor?callbackUrl=${encodeURIComponent(PATH)}`);
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(await searchParams)) if (typeof v === "string") params.set(k, v);
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
  return (
    <div className="space-y-6" data-testid="audit-log">
      <PageHeader eyebrow={`${person.party.name} · ${person.party.orgNo}`} title={TEXT.title} lead={TEXT.lead} />
      <Panel>
        <form method="get" action={PATH} className="grid gap-4 md:grid-cols-3" aria-label={TEXT.filters}>
          <Field>
            <Label>{TEXT.party}</Label>
            <Select name="party" defaultValue={filter.party ?? ""}>
              <SelectOption value="">{TEXT.allParties}</SelectOption>
              {Object.entries(AUDIT_PARTIES).map(([k, p]) => (
                <SelectOption key={k} value={k}>
                  {p.title}
                </SelectOption>
              ))}
            </Select>
          </Field>
          <Textfield label={TEXT.org} name="org" inputMode="numeric" defaultValue={params.get("org") ?? ""} />
          <Textfield label={TEXT.systemUser} name="systemUser" defaultValue={params.get("systemUser") ?? ""} />
          <Textfield label={TEXT.from} name="from" type="datetime-local" step={1} defaultValue={inputTime(filter.from)} />
          <Textfield label={TEXT.to} name="to" type="datetime-local" step={1} defaultValue={inputTime(filter.to)} />
          <div className="flex items-end gap-3">
            <Button type="submit">{TEXT.apply}</Button>
            <Link href={PATH} className="ds-link">
              {TEXT.clear}
            </Link>
          </div>
        </form>
      </Panel>
      {invalid ? (
        <Alert data-color="danger" data-testid="audit-invalid">
          {TEXT.invalid} {invalid.validationErrors?.map((v) => v.detail).join(" ")}
        </Alert>
      ) : null}
      {log ? <Results log={log} /> : null}
      <FacilitatorRelationships pid={person.pid} orgNo={person.party.orgNo} />
    </div>
  );
}

function Results({ log }: { log: AuditQuery & { entries: AuditEntry[]; truncated: boolean } }) {
  const q = (format: string) => `/simulator/api/audit?${auditQueryString(log.filter, { format, limit: "5000" })}`;
  return (
    <Panel className="space-y-4">
      <div className="flex flex-wrap items-center gap-4">
        <Paragraph data-testid="audit-count">{TEXT.count(log.entries.length)}</Paragraph>
        <span className="ml-auto text-sm font-medium">{TEXT.export}:</span>
        <a href={q("csv")} className="ds-button" data-variant="secondary" data-size="sm" download data-testid="export-csv">
          {TEXT.csv}
        </a>
        <a href={q("json")} className="ds-button" data-variant="secondary" data-size="sm" download data-testid="export-json">
          {TEXT.json}
        </a>
      </div>
      {log.truncated ? <Alert data-color="info">{TEXT.truncated}</Alert> : null}
      {log.entries.length === 0 ? (
        <Paragraph data-testid="audit-empty">{TEXT.none}</Paragraph>
      ) : (
        <div className="overflow-x-auto">
          <Table className="w-full" data-size="sm">
            <caption className="sr-only">{TEXT.caption}</caption>
            <TableHead>
              <TableRow>
                <TableHeaderCell>{TEXT.cols.at}</TableHeaderCell>
                <TableHeaderCell>{TEXT.cols.party}</TableHeaderCell>
                <TableHeaderCell>{TEXT.cols.event}</TableHeaderCell>
                <TableHeaderCell>{TEXT.cols.actor}</TableHeaderCell>
                <TableHeaderCell>{TEXT.cols.orgs}</TableHeaderCell>
                <TableHeaderCell>{TEXT.cols.systemUser}</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {log.entries.map((e) => (
                <TableRow key={e.id} data-testid="audit-row" data-action={e.action}>
                  <TableCell className="whitespace-nowrap text-sm">{utc(e.at)}</TableCell>
                  <TableCell>
                    <Tag data-size="sm" data-color="neutral">
                      {AUDIT_PARTIES[e.party].title}
                    </Tag>
                  </TableCell>
                  <TableCell>
                    <div className="font-medium">{actionTitle(e.action)}</div>
                    <div className="text-sm text-[var(--ds-color-neutral-text-subtle)] break-words">{e.summary}</div>
                  </TableCell>
                  <TableCell className="text-sm">{e.actorName}</TableCell>
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
