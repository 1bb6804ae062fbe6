// Service owner: register a resource with its policy (the same validation as POST /resourceregistry/api/v1/resource).
import Link from "next/link";
import { requireArea } from "@/lib/auth/actor";
import { emptyResourceForm } from "@/lib/resources/form";
import { POLICY_ACTIONS, policySubjectChoices } from "@/lib/resources/policy-input";
import { RESOURCE_TYPES } from "@/lib/resources/resource-input";
import { listOwnScopes } from "@/lib/scopes/scopes";
import { PageHeader, Panel } from "@/app/_components/ui";
import { ResourceForm } from "../../_components/resource-form";
import { saveResource } from "../actions";

export const dynamic = "force-dynamic";

export default async function NewResourcePage() {
  const actor = await requireArea("serviceOwner", "/serviceowner/resources/new");
  const scopes = await listOwnScopes({ orgNo: actor.party.orgNo, audit: `person:${actor.pid}` });
  return (
    <div className="space-y-6" data-testid="area-serviceOwner">
      <PageHeader
        eyebrow={`${actor.party.name} · ${actor.party.orgNo}`}
        title="Register a resource"
        lead="A resource in the Resource Registry stands for your API. Its policy says which roles and access packages may do what; system users get rights to it from their owners."
      />
      <p>
        <Link className="ds-link" href="/serviceowner">← Back to resources</Link>
      </p>
      <Panel>
        <ResourceForm
          mode="new"
          initial={emptyResourceForm()}
          scopes={scopes.map((s) => s.name)}
          resourceTypes={RESOURCE_TYPES}
          subjects={policySubjectChoices()}
          actions={POLICY_ACTIONS}
          action={saveResource}
        />
      </Panel>
    </div>
  );
}
