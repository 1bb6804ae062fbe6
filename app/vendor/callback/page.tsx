// SmartCloud's "back from Altinn" page: where the seeded redirect URL lands after the customer's decision.
// It stands for the vendor's own website, not Altinn: the customer arrives logged out of Altinn, so it
// asks for no login and shows nothing but the query it received (rendered as text).
import { getTranslations } from "next-intl/server";
import { pageTitle } from "@/lib/i18n/metadata";
import Link from "@/app/_components/link";
import { Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@digdir/designsystemet-react";
import { PageHeader, Panel } from "@/app/_components/ui";

export const dynamic = "force-dynamic";
export const generateMetadata = pageTitle("callback");

export default async function CallbackPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const sp = await searchParams;
  const t = await getTranslations("Callback");
  const entries = Object.entries(sp).flatMap(([k, v]) => (Array.isArray(v) ? v.map((x) => [k, x] as const) : v === undefined ? [] : [[k, v] as const]));
  return (
    <div className="space-y-6" data-testid="vendor-callback">
      <PageHeader eyebrow="SmartCloud AS" title={t("title")} lead={t("lead")} />
      <Panel>
        {entries.length === 0 ? (
          <Paragraph>{t("noQuery")}</Paragraph>
        ) : (
          <Table data-testid="callback-query">
            <TableHead><TableRow><TableHeaderCell>{t("parameter")}</TableHeaderCell><TableHeaderCell>{t("value")}</TableHeaderCell></TableRow></TableHead>
            <TableBody>
              {entries.map(([k, v], i) => (
                <TableRow key={i}><TableCell>{k}</TableCell><TableCell className="break-all">{v}</TableCell></TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        <Paragraph className="mt-4" data-size="sm">{t.rich("developers", { link: (c) => <Link href="/vendor">{c}</Link> })}</Paragraph>
      </Panel>
    </div>
  );
}
