// System vendor: register a system (the same rules as POST /systemregister/vendor).
import { getTranslations } from "next-intl/server";
import { currentLocale } from "@/lib/i18n/server";
import { requireArea } from "@/lib/auth/actor";
import { pageTitle } from "@/lib/i18n/metadata";
import { listPackageOptions, listRightOptions, listVendorClients } from "@/lib/registry/options";
import { PageHeader, Panel } from "@/app/_components/ui";
import { SystemForm } from "../../_components/system-form";
import { VendorNav } from "../../_components/vendor-nav";
import { saveSystem } from "../actions";

export const dynamic = "force-dynamic";
export const generateMetadata = pageTitle("newSystem");

export default async function NewSystemPage() {
  const actor = await requireArea("vendor", "/vendor/systems/new");
  const locale = await currentLocale();
  const [rightOptions, clients] = await Promise.all([listRightOptions(locale), listVendorClients(actor.party.orgNo)]);
  const empty = { nb: "", nn: "", en: "" };
  const t = await getTranslations("Systems");
  return (
    <div className="space-y-6">
      <PageHeader eyebrow={`${actor.party.name} · ${t("register")}`} title={t("newTitle")} />
      <VendorNav />
      <Panel>
        <SystemForm
          vendorOrgNo={actor.party.orgNo}
          initial={{ idName: "", name: empty, description: empty, rights: [], accessPackages: [], clientId: "", allowedRedirectUrls: "", isVisible: true }}
          rightOptions={rightOptions}
          packageOptions={listPackageOptions(locale)}
          clients={clients}
          action={saveSystem}
        />
      </Panel>
    </div>
  );
}
