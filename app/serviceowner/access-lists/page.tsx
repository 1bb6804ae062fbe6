// Service owner: the organisation's access lists (the Resource Registry's named lists of parties).
import Link from "@/app/_components/link";
import { Alert, Heading, Paragraph } from "@digdir/designsystemet-react";
import { listsOfOwner, ownOwner } from "@/lib/access-lists/overview";
import { requireArea } from "@/lib/auth/actor";
import { PageHeader, Panel } from "@/app/_components/ui";
import { createListAction } from "./actions";
import { CreateListForm } from "./forms";
import { getTranslations } from "next-intl/server";
import { pageTitle } from "@/lib/i18n/metadata";

export const dynamic = "force-dynamic";
export const generateMetadata = pageTitle("accessLists");

export default async function AccessListsPage({ searchParams }: { searchParams: Promise<{ deleted?: string }> }) {
  const person = await requireArea("serviceOwner", "/serviceowner/access-lists");
  const actor = { orgNo: person.party.orgNo, admin: false, audit: `person:${person.pid}` } as const;
  const owner = await ownOwner(actor);
  const lists = owner ? await listsOfOwner(actor, owner) : [];
  const deleted = (await searchParams).deleted;
  const t = await getTranslations("AccessLists");
  return (
    <div className="space-y-6" data-testid="area-serviceOwner">
      <PageHeader
        eyebrow={`${person.party.name} · ${person.party.orgNo}`}
        title={t("title")}
        lead={t.rich("lead", { path: `/resourceregistry/api/v1/access-lists/${owner ?? ""}`, code: (c) => <code>{c}</code> })}
      />
      <p>
        <Link className="ds-link" href="/serviceowner">{t("back")}</Link>
      </p>
      {deleted ? <Alert data-color="success" data-testid="list-deleted">{t("deleted", { identifier: deleted })}</Alert> : null}
      <Panel className="space-y-3">
        <Heading level={2} data-size="xs">{t("yours")}</Heading>
        {lists.length === 0 ? <Paragraph data-size="sm">{t("none")}</Paragraph> : null}
        <ul className="space-y-1" data-testid="access-lists">
          {lists.map((l) => (
            <li key={l.identifier}>
              <Link className="ds-link" href={`/serviceowner/access-lists/${encodeURIComponent(l.identifier)}`}>{l.name}</Link> ({l.identifier}) · {t("counts", { members: l.members, resources: l.resources })}
            </li>
          ))}
        </ul>
      </Panel>
      <Panel className="space-y-3">
        <Heading level={2} data-size="xs">{t("new")}</Heading>
        <CreateListForm action={createListAction} />
      </Panel>
    </div>
  );
}
