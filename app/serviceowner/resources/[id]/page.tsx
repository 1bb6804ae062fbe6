// Service owner: edit one of the organisation's resources and its policy; another owner's is a 404.
import { getTranslations } from "next-intl/server";
import { pageTitle } from "@/lib/i18n/metadata";
import { localized } from "@/lib/i18n/locale";
import { currentLocale } from "@/lib/i18n/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Alert, Heading, Paragraph } from "@digdir/designsystemet-react";
import { requireArea } from "@/lib/auth/actor";
import { listAccessList } from "@/lib/resources/access-list";
import { formValuesOf } from "@/lib/resources/form";
import { POLICY_ACTIONS, policySubjectChoices } from "@/lib/resources/policy-input";
import { getPolicy } from "@/lib/resources/policy-store";
import { RESOURCE_TYPES } from "@/lib/resources/resource-input";
import { findOwnResource, resourceUsage } from "@/lib/resources/resources";
import { listOwnScopes } from "@/lib/scopes/scopes";
import { PageHeader, Panel } from "@/app/_components/ui";
import { AccessList } from "../../_components/access-list";
import { DeleteResource } from "../../_components/delete-resource";
import { ResourceForm } from "../../_components/resource-form";
import { addAccessListMember, removeAccessListMember, removeResource, saveResource } from "../actions";

export const dynamic = "force-dynamic";
export const generateMetadata = pageTitle("resource");

export default async function ResourcePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> }) {
  const { id } = await params;
  const actor = await requireArea("serviceOwner", `/serviceowner/resources/${encodeURIComponent(id)}`);
  const owner = { orgNo: actor.party.orgNo, audit: `person:${actor.pid}` } as const;
  const resource = await findOwnResource(owner, id);
  if (!resource) notFound();
  const [policy, scopes, usage, members] = await Promise.all([getPolicy(id), listOwnScopes(owner), resourceUsage(id), listAccessList(id)]);
  const saved = (await searchParams).saved === "1";
  const [t, locale] = [await getTranslations("ServiceOwner"), await currentLocale()];
  return (
    <div className="space-y-6" data-testid="area-serviceOwner">
      <PageHeader eyebrow={`${actor.party.name} · ${actor.party.orgNo}`} title={localized(resource.title, locale) || resource.identifier} lead={t("resourceLead", { id: resource.identifier, type: resource.resourceType })} />
      <p>
        <Link className="ds-link" href="/serviceowner" data-testid="serviceowner-back">{t("back")}</Link> · <a className="ds-link" href={`/resourceregistry/api/v1/resource/${encodeURIComponent(id)}`}>{t("asJson")}</a> ·{" "}
        <a className="ds-link" href={`/resourceregistry/api/v1/resource/${encodeURIComponent(id)}/policy`}>{t("policyAsJson")}</a>
      </p>
      {saved ? (
        <Alert data-color="success" data-testid="saved">
          {t("saved")}
        </Alert>
      ) : null}
      <Panel>
        <ResourceForm
          mode="edit"
          initial={formValuesOf(resource, policy.rules)}
          scopes={scopes.map((s) => s.name)}
          resourceTypes={RESOURCE_TYPES}
          subjects={policySubjectChoices()}
          actions={POLICY_ACTIONS}
          action={saveResource}
        />
      </Panel>
      <Panel className="space-y-3">
        <Heading level={2} data-size="xs">
          {t("accessList")}
        </Heading>
        <Paragraph data-size="sm">
          {t(resource.accessListMode === "Enabled" ? "accessListEnabled" : "accessListDisabled")}
        </Paragraph>
        <AccessList identifier={id} members={members} add={addAccessListMember} remove={removeAccessListMember} />
      </Panel>
      <Panel className="space-y-3">
        <Heading level={2} data-size="xs">
          {t("delete")}
        </Heading>
        <Paragraph>
          {usage.systems.length || usage.systemUsers
            ? t("inUse", { systems: usage.systems.length, names: usage.systems.join(", ") || "–", rights: usage.systemUsers })
            : t("unused")}
        </Paragraph>
        <DeleteResource identifier={id} action={removeResource} />
      </Panel>
    </div>
  );
}
