// Requests waiting for the organisation's access managers (escalated ones marked).
import Link from "next/link";
import { Heading, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow, Tag } from "@digdir/designsystemet-react";
import type { PendingRequest } from "@/lib/approval/pending";
import { formatDate } from "../_components/format";

export function PendingRequests({ requests }: { requests: (PendingRequest & { href: string })[] }) {
  return (
    <div className="flex flex-col gap-3" data-testid="pending-requests">
      <Heading level={2} data-size="sm">
        Requests waiting for approval ({requests.length})
      </Heading>
      <Table data-size="sm" className="w-full">
        <TableHead>
          <TableRow>
            <TableHeaderCell>Integration</TableHeaderCell>
            <TableHeaderCell>System</TableHeaderCell>
            <TableHeaderCell>Vendor</TableHeaderCell>
            <TableHeaderCell>Received</TableHeaderCell>
            <TableHeaderCell>
              <span className="sr-only">Open</span>
            </TableHeaderCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {requests.map((r) => (
            <TableRow key={r.id} data-testid="pending-request" data-id={r.id}>
              <TableCell>
                {r.integrationTitle}{" "}
                {r.kind === "agent" ? <Tag data-color="warning" data-size="sm">Agent</Tag> : null}{" "}
                {r.escalated ? <Tag data-color="info" data-size="sm" data-testid="escalated">Sent to access managers</Tag> : null}
              </TableCell>
              <TableCell>{r.systemName}</TableCell>
              <TableCell>{r.vendorName}</TableCell>
              <TableCell>{formatDate(r.created)}</TableCell>
              <TableCell>
                <Link href={r.href} className="ds-link">
                  Open request
                </Link>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
