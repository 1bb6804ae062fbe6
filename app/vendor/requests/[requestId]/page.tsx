// System vendor: one request: its status (polled while New), the confirmUrl to send the customer.
import Link from "@/app/_components/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Alert, Button, Paragraph, Textfield } from "@digdir/designsystemet-react";
import { requireArea } from "@/lib/auth/actor";
import { pageTitle } from "@/lib/i18n/metadata";
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
export const generateMetadata = pageTitle("vendorRequest");

type Props = { params: Promise<{ requestId: string }>; searchParams: Promise<Record<string, string | undefined>> };

export default async function RequestPage({ params, searchParams }: Props) {
  const { requestId } = await params;
  const sp = await searchParams;
  const actor = await requireArea("vendor", `/vendor/requests/${encodeURIComponent(requestId)}`);
  const r = await getVendorRequest(vendorFromPerson(actor), requestId).catch((e) => {
    if (e instanceof Problem) notFound();
    throw e;
  });
  const t = await getTranslations("Requests");
  const api = `/authentication/api/v1/systemuser/request/vendor/${r.kind === "agent" ? "agent/" : ""}${r.id}`;
  return (
    <div className="space-y-6">
      <PageHeader eyebrow={`${actor.party.name} · ${t(r.kind === "agent" ? "agentRequest" : "request")}`} title={r.integrationTitle} lead={t("forLine", { party: r.partyOrgNo, system: r.systemId })} />
      <VendorNav />
      {sp.existing ? <Alert data-color="info" data-testid="existing-request">{t("existing")}</Alert> : null}
      <Panel className="space-y-4">
        <div className="flex items-center gap-3">
          <span className="font-medium">{t("status")}</span>
          <StatusTag status={r.status} />
          {r.escalated ? <span className="text-sm">{t("escalated")}</span> : null}
          {r.timedOut ? <span className="text-sm">{t("timedOut")}</span> : null}
        </div>
        <AutoRefresh active={r.status === "New" && !r.timedOut} />
        <div className="flex flex-wrap items-end gap-3">
          <div className="min-w-0 flex-1">
            <Textfield label={t("confirmUrl")} name="confirmUrl" value={r.confirmUrl} readOnly data-testid="confirm-url" />
          </div>
          <CopyButton text={r.confirmUrl} label={t("copyConfirmUrl")} />
        </div>
        <Paragraph data-size="sm">
          {t.rich("afterwards", { target: r.redirectUrl ?? t("neutralPage"), api: `GET ${api}`, code: (c) => <code>{c}</code> })}
        </Paragraph>
      </Panel>
      <Panel>
        <h2 className="mb-3 text-lg font-semibold">{t("answer")}</h2>
        <pre tabIndex={0} className="overflow-x-auto rounded bg-black/5 p-4 text-xs" data-testid="request-json">{JSON.stringify((({ kind: _k, ...dto }) => dto)(r), null, 2)}</pre>
      </Panel>
      <div className="flex gap-3">
        <Button asChild variant="secondary"><Link href={`/vendor/systems/${encodeURIComponent(r.systemId)}`} data-testid="request-back">{t("back")}</Link></Button>
        <form action={withdrawRequest}>
          <input type="hidden" name="requestId" value={r.id} />
          <Button type="submit" variant="tertiary" data-color="danger" data-testid="request-withdraw">{t("withdraw")}</Button>
        </form>
      </div>
    </div>
  );
}
