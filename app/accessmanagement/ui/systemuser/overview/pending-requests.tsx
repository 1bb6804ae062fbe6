// Requests waiting for the organisation's access managers (escalated ones marked).
import Link from "@/app/_components/link";
import { Heading, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow, Tag } from "@digdir/designsystemet-react";
import { useTranslations } from "next-intl";
import type { PendingRequest } from "@/lib/approval/pending";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locale";

export function PendingRequests({ requests, locale }: { requests: (PendingRequest & { href: string })[]; locale: Locale }) {
  const t = useTranslations("Overview");
  return (
    <div className="flex flex-col gap-3" data-testid="pending-requests">
      <Heading level={2} data-size="sm">
        {t("pendingHeading", { count: requests.length })}
      </Heading>
      <Table data-size="sm" className="w-full">
        <TableHead>
          <TableRow>
            <TableHeaderCell>{t("integration")}</TableHeaderCell>
            <TableHeaderCell>{t("system")}</TableHeaderCell>
            <TableHeaderCell>{t("vendor")}</TableHeaderCell>
            <TableHeaderCell>{t("received")}</TableHeaderCell>
            <TableHeaderCell>
              <span className="sr-only">{t("open")}</span>
            </TableHeaderCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {requests.map((r) => (
            <TableRow key={r.id} data-testid="pending-request" data-id={r.id}>
              <TableCell>
                {r.integrationTitle}{" "}
                {r.kind === "agent" ? <Tag data-color="warning" data-size="sm">{t("agent")}</Tag> : null}{" "}
                {r.escalated ? <Tag data-color="info" data-size="sm" data-testid="escalated">{t("escalated")}</Tag> : null}
              </TableCell>
              <TableCell>{r.systemName}</TableCell>
              <TableCell>{r.vendorName}</TableCell>
              <TableCell>{formatDate(r.created, locale)}</TableCell>
              <TableCell>
                <Link href={r.href} className="ds-link" data-testid="pending-open">
                  {t("openRequest")}
                </Link>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
