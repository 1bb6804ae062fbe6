// System vendor: ask the owner of a standard system user to change its rights (a change request).
import { getTranslations } from "next-intl/server";
import { pageTitle } from "@/lib/i18n/metadata";
import { Alert, Button, Textfield } from "@digdir/designsystemet-react";
import { requireArea } from "@/lib/auth/actor";
import { PageHeader, Panel } from "@/app/_components/ui";
import { VendorNav } from "../../_components/vendor-nav";
import { submitChangeRequest } from "../actions";

export const dynamic = "force-dynamic";
export const generateMetadata = pageTitle("newChangeRequest");

export default async function NewChangeRequestPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const sp = await searchParams;
  const systemUser = sp.systemUser ?? "";
  const actor = await requireArea("vendor", `/vendor/changerequests/new?systemUser=${encodeURIComponent(systemUser)}`);
  const t = await getTranslations("VendorChange");
  return (
    <div className="space-y-6">
      <PageHeader eyebrow={actor.party.name} title={t("newTitle")} lead={t("newLead")} />
      <VendorNav />
      {sp.error ? <Alert data-color="warning" data-testid="changerequest-error">{sp.error}</Alert> : null}
      <Panel>
        <form action={submitChangeRequest} className="space-y-4">
          <Textfield label={t("systemUserId")} name="systemUserId" defaultValue={systemUser} required data-testid="change-system-user" />
          <Textfield label={t("addRights")} name="add-rights" data-testid="change-add-rights" />
          <Textfield label={t("removeRights")} name="remove-rights" data-testid="change-remove-rights" />
          <Textfield label={t("addPackages")} name="add-packages" data-testid="change-add-packages" />
          <Textfield label={t("removePackages")} name="remove-packages" data-testid="change-remove-packages" />
          <Button type="submit" data-testid="change-submit">{t("create")}</Button>
        </form>
      </Panel>
    </div>
  );
}
