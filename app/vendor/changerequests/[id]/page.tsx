// System vendor: one change request: its status (polled while New), the confirmUrl to send the customer.
import { getTranslations } from "next-intl/server";
import { pageTitle } from "@/lib/i18n/metadata";
import { notFound } from "next/navigation";
import { Button, Paragraph, Textfield } from "@digdir/designsystemet-react";
import { requireArea } from "@/lib/auth/actor";
import { getChangeRequest } from "@/lib/changerequests/read";
import { BindingProblem, Problem } from "@/lib/problems/problem";
import { vendorFromPerson } from "@/lib/registry/actor";
import { PageHeader, Panel } from "@/app/_components/ui";
import { AutoRefresh } from "../../_components/auto-refresh";
import { CopyButton } from "../../_components/copy-button";
import { StatusTag } from "@/app/_components/status-tag";
import { VendorNav } from "../../_components/vendor-nav";
import { withdrawChangeRequest } from "../actions";

export const dynamic = "force-dynamic";
export const generateMetadata = pageTitle("vendorChangeRequest");

export default async function ChangeRequestPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireArea("vendor", `/vendor/changerequests/${encodeURIComponent(id)}`);
  const r = await getChangeRequest(vendorFromPerson(actor), id).catch((e) => {
    if (e instanceof Problem || e instanceof BindingProblem) notFound();
    throw e;
  });
  const [t, rt] = [await getTranslations("VendorChange"), await getTranslations("Requests")];
  return (
    <div className="space-y-6">
      <PageHeader eyebrow={`${actor.party.name} · ${t("eyebrow")}`} title={t("title", { id: r.systemUserId })} lead={rt("forLine", { party: r.partyOrgNo, system: r.systemId })} />
      <VendorNav />
      <Panel className="space-y-4">
        <div className="flex items-center gap-3">
          <span className="font-medium">{rt("status")}</span>
          <StatusTag status={r.status} />
        </div>
        <AutoRefresh active={r.status === "New"} />
        <div className="flex flex-wrap items-end gap-3">
          <div className="min-w-0 flex-1">
            <Textfield label={rt("confirmUrl")} name="confirmUrl" value={r.confirmUrl} readOnly data-testid="confirm-url" />
          </div>
          <CopyButton text={r.confirmUrl} label={rt("copyConfirmUrl")} />
        </div>
        <Paragraph data-size="sm">{t.rich("polls", { api: `GET /authentication/api/v1/systemuser/changerequest/vendor/${r.id}`, code: (c) => <code>{c}</code> })}</Paragraph>
      </Panel>
      <Panel>
        <h2 className="mb-3 text-lg font-semibold">{rt("answer")}</h2>
        <pre tabIndex={0} className="overflow-x-auto rounded bg-black/5 p-4 text-xs" data-testid="changerequest-json">{JSON.stringify(r, null, 2)}</pre>
      </Panel>
      <form action={withdrawChangeRequest}>
        <input type="hidden" name="id" value={r.id} />
        <Button type="submit" variant="tertiary" data-color="danger" data-testid="change-withdraw">{t("withdraw")}</Button>
      </form>
    </div>
  );
}
