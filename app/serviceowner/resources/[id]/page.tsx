// Service owner: edit one of the organisation's resources and its policy; another owner's is a 404.
import { getTranslations } from "next-intl/server";
import { pageTitle } from "@/lib/i18n/metadata";
import { localized } from "@/lib/i18n/locale";
import { currentLocale } from "@/lib/i18n/server";
import Link from "@/app/_components/link";
import { notFound } from "next/navigation";
import { Alert, Heading, Paragraph } from "@digdir/designsystemet-react";
import { requireArea } from "@/lib/auth/actor";
import { listsConnectedTo } from "@/lib/access-lists/overview";
import { formValuesOf } from "@/lib/resources/form";
import { POLICY_ACTIONS, policySubjectChoices } from "@/lib/resources/policy-input";
import { getPolicyForEditor } from "@/lib/resources/policy-store";
import { RESOURCE_TYPES } from "@/lib/resources/resource-input";
import { findOwnResource, resourceUsage } from "@/lib/resources/resources";
import { listOwnScopes } from "@/lib/scopes/scopes";
import { PageHeader, Panel } from "@/app/_components/ui";
import { DeleteResource } from "../../_components/delete-resource";
import { ResourceForm } from "../../_components/resource-form";
import { removeResource, saveResource } from "../actions";

export const dynamic = "force-dynamic";
export const generateMetadata = pageTitle("resource");

export default async function ResourcePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> }) {
  const { id } = await params;
  const actor = await requireArea("serviceOwner", `/serviceowner/resources/${encodeURIComponent(id)}`);
  const owner = { orgNo: actor.party.orgNo, audit: `person:${actor.pid}` } as const;
  const resource = await findOwnResource(owner, id);
  if (!resource) notFound();
  const [policy, scopes, usage, lists] = await Promise.all([getPolicyForEditor(id), listOwnScopes(owner), resourceUsage(id), listsConnectedTo(id)]);
  const saved = (await searchParams).saved === "1";
  const [t, locale] = [await getTranslations("ServiceOwner"), await currentLocale()];
  return (
    <div className="space-y-6" data-testid="area-serviceOwner">
      <PageHeader eyebrow={`${actor.party.name} · ${actor.party.orgNo}`} title={localized(resource.title, locale) || resource.identifier} lead={t("resourceLead", { id: resource.identifier, type: resource.resourceType })} />
      <p>
        <Link className="ds-link" href="/serviceowner" data-testid="serviceowner-back">{t("back")}</Link> · <a className="ds-link" href={`/resourceregistry/api/v1/resource/${encodeURIComponent(id)}`}>{t("asJson")}</a> ·{" "}
        {policy.xml !== null ? (
          <a className="ds-link" href={`/resourceregistry/api/v1/resource/${encodeURIComponent(id)}/policy`}>
            {t("policyFile")}
          </a>
        ) : (
          t("noPolicyFile")
        )}
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
          subjects={policySubjectChoices(locale)}
          actions={POLICY_ACTIONS}
          action={saveResource}
        />
      </Panel>
      <Panel className="space-y-3">
        <div className="space-y-3" data-testid="resource-access-lists">
        <Heading level={2} data-size="xs">
          {t("accessLists")}
        </Heading>
        <Paragraph data-size="sm">
          {t(resource.accessListMode === "Enabled" ? "accessListEnabled" : "accessListDisabled")}
        </Paragraph>
        {lists.length === 0 ? <Paragraph data-size="sm">No access list is connected to this resource.</Paragraph> : null}
        <ul className="list-disc pl-6">
          {lists.map((l) => (
            <li key={l.identifier}>
              <Link className="ds-link" href={`/serviceowner/access-lists/${encodeURIComponent(l.identifier)}`}>{l.name}</Link> ({l.identifier}) · {l.members} member(s) ·{" "}
              {l.actionFilters.length ? `actions: ${l.actionFilters.join(", ")}` : "every action"}
            </li>
          ))}
        </ul>
        <Paragraph data-size="sm">
          <Link className="ds-link" href="/serviceowner/access-lists">Manage access lists</Link>
        </Paragraph>
        </div>
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
