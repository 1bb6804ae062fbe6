// System vendor: one request: its status (polled while New), the confirmUrl to send the customer.
import Link from "next/link";
import { notFound } from "next/navigation";
import { Alert, Button, Paragraph, Textfield } from "@digdir/designsystemet-react";
import { requireArea } from "@/lib/auth/actor";
import { Problem } from "@/lib/problems/problem";
import { vendorFromPerson } from "@/lib/registry/actor";
import { getVendorRequest } from "@/lib/requests/read";
import { PageHeader, Panel } from "@/app/_components/ui";
import { AutoRefresh } from "../../_components/auto-refresh";
import { CopyButton } from "../../_components/copy-button";
import { StatusTag } from "@/app/_components/status-tag";
import { VendorNav } from "../../_components/vendor-nav";
import { withdrawRequest } from "../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ requestId: string }>; searchParams: Promise<Record<string, string | undefined>> };

export default async function RequestPage({ params, searchParams }: Props) {
  const { requestId } = await params;
  const sp = await searchParams;
  const actor = await requireArea("vendor", `/vendor/requests/${encodeURIComponent(requestId)}`);
  const r = await getVendorRequest(vendorFromPerson(actor), requestId).catch((e) => {
    if (e instanceof Problem) notFound();
    throw e;
  });
  const api = `/authentication/api/v1/systemuser/request/vendor/${r.kind === "agent" ? "agent/" : ""}${r.id}`;
  return (
    <div className="space-y-6">
      <PageHeader eyebrow={`${actor.party.name} · ${r.kind === "agent" ? "Agent request" : "Request"}`} title={r.integrationTitle} lead={`For ${r.partyOrgNo}, system ${r.systemId}.`} />
      <VendorNav />
      {sp.existing ? <Alert data-color="info" data-testid="existing-request">A request with the same system, customer and external reference already exists: Altinn answers with that one (200), whatever its status, until you withdraw (delete) it.</Alert> : null}
      <Panel className="space-y-4">
        <div className="flex items-center gap-3">
          <span className="font-medium">Status</span>
          <StatusTag status={r.status} />
          {r.escalated ? <span className="text-sm">(escalated to the customer&apos;s access managers)</span> : null}
          {r.timedOut ? <span className="text-sm">(timed out: older than 180 days)</span> : null}
        </div>
        <AutoRefresh active={r.status === "New" && !r.timedOut} />
        <div className="flex flex-wrap items-end gap-3">
          <div className="min-w-0 flex-1">
            <Textfield label="confirmUrl: send this to the customer" name="confirmUrl" value={r.confirmUrl} readOnly data-testid="confirm-url" />
          </div>
          <CopyButton text={r.confirmUrl} label="Copy confirmUrl" />
        </div>
        <Paragraph data-size="sm">
          The customer logs in to Altinn, approves or rejects, and is sent to {r.redirectUrl ? <code>{r.redirectUrl}</code> : "a neutral page"}. Your integration polls <code>GET {api}</code>.
        </Paragraph>
      </Panel>
      <Panel>
        <h2 className="mb-3 text-lg font-semibold">What Altinn answers</h2>
        <pre className="overflow-x-auto rounded bg-black/5 p-4 text-xs" data-testid="request-json">{JSON.stringify((({ kind: _k, ...dto }) => dto)(r), null, 2)}</pre>
      </Panel>
      <div className="flex gap-3">
        <Button asChild variant="secondary"><Link href={`/vendor/systems/${encodeURIComponent(r.systemId)}`}>Back to the system</Link></Button>
        <form action={withdrawRequest}>
          <input type="hidden" name="requestId" value={r.id} />
          <Button type="submit" variant="tertiary" data-color="danger">Withdraw request</Button>
        </form>
      </div>
    </div>
  );
}
