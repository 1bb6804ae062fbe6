// Service owner: register a resource with its policy (the same validation as POST /resourceregistry/api/v1/resource).
import { getTranslations } from "next-intl/server";
import { currentLocale } from "@/lib/i18n/server";
import { pageTitle } from "@/lib/i18n/metadata";
import Link from "@/app/_components/link";
import { requireArea } from "@/lib/auth/actor";
import { emptyResourceForm } from "@/lib/resources/form";
import { POLICY_ACTIONS, policySubjectChoices } from "@/lib/resources/policy-input";
import { RESOURCE_TYPES } from "@/lib/resources/resource-input";
import { listOwnScopes } from "@/lib/scopes/scopes";
import { PageHeader, Panel } from "@/app/_components/ui";
import { ResourceForm } from "../../_components/resource-form";
import { saveResource } from "../actions";

export const dynamic = "force-dynamic";
export const generateMetadata = pageTitle("newResource");

export default async function NewResourcePage() {
  const actor = await requireArea("serviceOwner", "/serviceowner/resources/new");
  const [t, locale] = [await getTranslations("ServiceOwner"), await currentLocale()];
  const scopes = await listOwnScopes({ orgNo: actor.party.orgNo, audit: `person:${actor.pid}` });
  return (
    <div className="space-y-6" data-testid="area-serviceOwner">
      <PageHeader
        eyebrow={`${actor.party.name} · ${actor.party.orgNo}`}
        title={t("registerResource")}
        lead={t("newLead")}
      />
      <p>
        <Link className="ds-link" href="/serviceowner" data-testid="serviceowner-back">{t("back")}</Link>
      </p>
      <Panel>
        <ResourceForm
          mode="new"
          initial={emptyResourceForm()}
          scopes={scopes.map((s) => s.name)}
          resourceTypes={RESOURCE_TYPES}
          subjects={policySubjectChoices(locale)}
          actions={POLICY_ACTIONS}
          action={saveResource}
        />
      </Panel>
    </div>
  );
}
