// System vendor: ask a customer for a system user of one of the vendor's systems.
import { getTranslations } from "next-intl/server";
import { Button, Field, Label, Paragraph, Select, SelectOption } from "@digdir/designsystemet-react";
import { requireArea } from "@/lib/auth/actor";
import { localized } from "@/lib/i18n/locale";
import { pageTitle } from "@/lib/i18n/metadata";
import { currentLocale } from "@/lib/i18n/server";
import { accessPackageName, isAssignable, isClientPackage, isDelegable } from "@/lib/parties/access-packages";
import { vendorFromPerson } from "@/lib/registry/actor";
import { listSystems } from "@/lib/registry/systems";
import { PageHeader, Panel } from "@/app/_components/ui";
import { RequestForm } from "../../_components/request-form";
import { VendorNav } from "../../_components/vendor-nav";
import { submitRequest } from "../actions";

export const dynamic = "force-dynamic";
export const generateMetadata = pageTitle("newRequest");

export default async function NewRequestPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const sp = await searchParams;
  const actor = await requireArea("vendor", `/vendor/requests/new${sp.systemId ? `?systemId=${encodeURIComponent(sp.systemId)}` : ""}`);
  const systems = await listSystems(vendorFromPerson(actor));
  const [t, locale] = [await getTranslations("Requests"), await currentLocale()];
  const system = systems.find((s) => s.id === sp.systemId) ?? (systems.length === 1 ? systems[0] : undefined);
  return (
    <div className="space-y-6">
      <PageHeader eyebrow={`${actor.party.name} · ${t("eyebrow")}`} title={t("newTitle")} lead={t("newLead")} />
      <VendorNav />
      <Panel>
        <form method="get" className="flex flex-wrap items-end gap-3">
          <Field>
            <Label>{t("system")}</Label>
            <Select name="systemId" defaultValue={system?.id ?? ""} data-testid="request-system">
              {system ? null : <SelectOption value="">{t("chooseSystem")}</SelectOption>}
              {systems.map((s) => <SelectOption key={s.id} value={s.id}>{localized(s.name, locale)} ({s.id})</SelectOption>)}
            </Select>
          </Field>
          <Button type="submit" variant="secondary" data-testid="request-system-choose">{t("choose")}</Button>
        </form>
        {systems.length === 0 ? <Paragraph className="mt-4">{t("registerFirst")}</Paragraph> : null}
      </Panel>
      {system ? (
        <Panel>
          <RequestForm
            key={system.id}
            systemId={system.id}
            rights={system.rights.map((r) => ({ value: `${r.resource[0]?.value ?? ""}|${r.action ?? ""}`, label: `${r.resource[0]?.value}${r.action ? ` · ${r.action}` : ` · ${t("everyAction")}`}` }))}
            packages={system.accessPackages.map((p) => ({ urn: p.urn, name: accessPackageName(p.urn, locale), client: isClientPackage(p.urn), assignable: isAssignable(p.urn), delegable: isDelegable(p.urn) }))}
            redirectUrls={system.allowedRedirectUrls}
            action={submitRequest}
          />
        </Panel>
      ) : null}
    </div>
  );
}
