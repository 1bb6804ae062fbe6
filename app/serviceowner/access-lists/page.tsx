// Service owner: the organisation's access lists (the Resource Registry's named lists of parties).
import Link from "next/link";
import { Alert, Heading, Paragraph } from "@digdir/designsystemet-react";
import { listsOfOwner, ownOwner } from "@/lib/access-lists/overview";
import { requireArea } from "@/lib/auth/actor";
import { PageHeader, Panel } from "@/app/_components/ui";
import { createListAction } from "./actions";
import { CreateListForm } from "./forms";

export const dynamic = "force-dynamic";

export default async function AccessListsPage({ searchParams }: { searchParams: Promise<{ deleted?: string }> }) {
  const person = await requireArea("serviceOwner", "/serviceowner/access-lists");
  const actor = { orgNo: person.party.orgNo, admin: false, audit: `person:${person.pid}` } as const;
  const owner = await ownOwner(actor);
  const lists = owner ? await listsOfOwner(actor, owner) : [];
  const deleted = (await searchParams).deleted;
  return (
    <div className="space-y-6" data-testid="area-serviceOwner">
      <PageHeader
        eyebrow={`${person.party.name} · ${person.party.orgNo}`}
        title="Access lists"
        lead={
          <>
            Named lists of organisations, connected to your resources. For a resource whose access list mode is Enabled, the PDP answers Deny for a party that is
            no member of a connected list (for the action, where the connection filters actions). The same lists through the API:{" "}
            <code>/resourceregistry/api/v1/access-lists/{owner}</code>.
          </>
        }
      />
      <p>
        <Link className="ds-link" href="/serviceowner">← Back to resources</Link>
      </p>
      {deleted ? <Alert data-color="success" data-testid="list-deleted">Access list {deleted} was deleted.</Alert> : null}
      <Panel className="space-y-3">
        <Heading level={2} data-size="xs">Your access lists</Heading>
        {lists.length === 0 ? <Paragraph data-size="sm">No access lists yet.</Paragraph> : null}
        <ul className="space-y-1" data-testid="access-lists">
          {lists.map((l) => (
            <li key={l.identifier}>
              <Link className="ds-link" href={`/serviceowner/access-lists/${encodeURIComponent(l.identifier)}`}>{l.name}</Link> ({l.identifier}) · {l.members} member(s) · {l.resources} resource(s)
            </li>
          ))}
        </ul>
      </Panel>
      <Panel className="space-y-3">
        <Heading level={2} data-size="xs">New access list</Heading>
        <CreateListForm action={createListAction} />
      </Panel>
    </div>
  );
}
