// System vendor: edit a system (the same rules as PUT /systemregister/vendor/{systemId}).
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { currentLocale } from "@/lib/i18n/server";
import { requireArea } from "@/lib/auth/actor";
import { pageTitle } from "@/lib/i18n/metadata";
import { StatusAnswer } from "@/lib/problems/problem";
import { vendorFromPerson } from "@/lib/registry/actor";
import { listPackageOptions, listRightOptions, listVendorClients } from "@/lib/registry/options";
import { getSystem } from "@/lib/registry/systems";
import { PageHeader, Panel } from "@/app/_components/ui";
import { SystemForm } from "../../../_components/system-form";
import { VendorNav } from "../../../_components/vendor-nav";
import { saveSystem } from "../../actions";

export const dynamic = "force-dynamic";
export const generateMetadata = pageTitle("editSystem");

export default async function EditSystemPage({ params }: { params: Promise<{ systemId: string }> }) {
  const { systemId } = await params;
  const actor = await requireArea("vendor", `/vendor/systems/${encodeURIComponent(systemId)}/edit`);
  const system = await getSystem(vendorFromPerson(actor), systemId).catch((e) => {
    if (e instanceof StatusAnswer) notFound();
    throw e;
  });
  if (system.isDeleted) notFound();
  const locale = await currentLocale();
  const [rightOptions, clients] = await Promise.all([listRightOptions(locale), listVendorClients(actor.party.orgNo)]);
  const t = await getTranslations("Systems");
  return (
    <div className="space-y-6">
      <PageHeader eyebrow={`${actor.party.name} · ${t("register")}`} title={t("editTitle", { id: system.id })} />
      <VendorNav />
      <Panel>
        <SystemForm
          vendorOrgNo={actor.party.orgNo}
          systemId={system.id}
          initial={{
            idName: "",
            name: system.name,
            description: system.description,
            rights: system.rights.map((r) => `${r.resource[0]?.value ?? ""}|${r.action ?? ""}`),
            accessPackages: system.accessPackages.map((p) => p.urn),
            clientId: system.clientId.join("\n"),
            allowedRedirectUrls: system.allowedRedirectUrls.join("\n"),
            isVisible: system.isVisible,
          }}
          rightOptions={rightOptions}
          packageOptions={listPackageOptions(locale)}
          clients={clients}
          action={saveSystem}
        />
      </Panel>
    </div>
  );
}
