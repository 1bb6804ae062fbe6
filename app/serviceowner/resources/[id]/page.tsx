// Service owner: edit one of the organisation's resources and its policy; another owner's is a 404.
import Link from "next/link";
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

export default async function ResourcePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> }) {
  const { id } = await params;
  const actor = await requireArea("serviceOwner", `/serviceowner/resources/${encodeURIComponent(id)}`);
  const owner = { orgNo: actor.party.orgNo, audit: `person:${actor.pid}` } as const;
  const resource = await findOwnResource(owner, id);
  if (!resource) notFound();
  const [policy, scopes, usage, lists] = await Promise.all([getPolicyForEditor(id), listOwnScopes(owner), resourceUsage(id), listsConnectedTo(id)]);
  const saved = (await searchParams).saved === "1";
  return (
    <div className="space-y-6" data-testid="area-serviceOwner">
      <PageHeader eyebrow={`${actor.party.name} · ${actor.party.orgNo}`} title={resource.title.en || resource.identifier} lead={`Resource ${resource.identifier} · ${resource.resourceType}`} />
      <p>
        <Link className="ds-link" href="/serviceowner">← Back to resources</Link> · <a className="ds-link" href={`/resourceregistry/api/v1/resource/${encodeURIComponent(id)}`}>as JSON</a> ·{" "}
        {policy.xml !== null ? (
          <a className="ds-link" href={`/resourceregistry/api/v1/resource/${encodeURIComponent(id)}/policy`}>
            stored policy file (policy.xml)
          </a>
        ) : (
          "no policy file yet: save the form to write one"
        )}
      </p>
      {saved ? (
        <Alert data-color="success" data-testid="saved">
          Saved. The PDP uses the new policy from the next decision.
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
        <div className="space-y-3" data-testid="resource-access-lists">
        <Heading level={2} data-size="xs">
          Access lists
        </Heading>
        <Paragraph data-size="sm">
          {resource.accessListMode === "Enabled"
            ? "Access list mode is Enabled: the PDP answers Deny for a party that is not a member of a list connected here (for the action, where the connection filters actions), even where the policy permits."
            : "Access list mode is Disabled: connected lists are kept but not used. Enable it in the form above."}
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
          Delete
        </Heading>
        <Paragraph>
          {usage.systems.length || usage.systemUsers
            ? `In use: named by ${usage.systems.length} system(s) (${usage.systems.join(", ") || "none"}) and held by ${usage.systemUsers} live system-user right(s). It can be deleted once nothing uses it.`
            : "Nothing uses this resource: it can be deleted."}
        </Paragraph>
        <DeleteResource identifier={id} action={removeResource} />
      </Panel>
    </div>
  );
}
