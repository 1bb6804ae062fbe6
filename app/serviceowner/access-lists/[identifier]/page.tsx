// Service owner: one access list — its name, members and resource connections (with action filters).
import Link from "@/app/_components/link";
import { notFound } from "next/navigation";
import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { ownResources } from "@/lib/access-lists/connections";
import { listDetail, ownOwner } from "@/lib/access-lists/overview";
import { requireArea } from "@/lib/auth/actor";
import { PageHeader, Panel } from "@/app/_components/ui";
import { addMemberAction, connectAction, deleteListAction, disconnectAction, removeMemberAction, saveListAction } from "../actions";
import { getTranslations } from "next-intl/server";
import { pageTitle } from "@/lib/i18n/metadata";
import { AddMemberForm, ConnectForm, DeleteListForm, DisconnectButton, EditListForm, RemoveMemberButton } from "../forms";

export const dynamic = "force-dynamic";
export const generateMetadata = pageTitle("accessList");

/** The actions a connection usually filters on (any action name is accepted through the API). */
const FILTER_ACTIONS = ["read", "write", "sign", "delete", "confirm", "reject"] as const;

export default async function AccessListPage({ params }: { params: Promise<{ identifier: string }> }) {
  const { identifier } = await params;
  const person = await requireArea("serviceOwner", `/serviceowner/access-lists/${encodeURIComponent(identifier)}`);
  const actor = { orgNo: person.party.orgNo, admin: false, audit: `person:${person.pid}` } as const;
  const owner = await ownOwner(actor);
  const list = owner ? await listDetail(actor, owner, identifier) : null;
  if (!list) notFound();
  const resources = await ownResources(actor.orgNo);
  const t = await getTranslations("AccessLists");
  return (
    <div className="space-y-6" data-testid="area-serviceOwner">
      <PageHeader eyebrow={`${person.party.name} · ${person.party.orgNo}`} title={list.name} lead={t("listLead", { urn: `urn:altinn:access-list:${list.owner}:${list.identifier}`, version: list.version })} />
      <p>
        <Link className="ds-link" href="/serviceowner/access-lists">{t("backToLists")}</Link>
      </p>
      <Panel className="space-y-3">
        <Heading level={2} data-size="xs">{t("nameAndDescription")}</Heading>
        <EditListForm action={saveListAction} identifier={list.identifier} name={list.name} description={list.description} />
      </Panel>
      <Panel className="space-y-3">
        <div className="space-y-3" data-testid="members">
          <Heading level={2} data-size="xs">{t("members")}</Heading>
          {list.memberList.length === 0 ? <Paragraph data-size="sm">{t("noMembers")}</Paragraph> : null}
          <ul className="space-y-1">
            {list.memberList.map((m) => (
              <li key={m.partyUuid} className="flex items-center gap-3">
                <span>{m.name} · {m.orgNo ?? m.partyUuid}</span>
                <RemoveMemberButton action={removeMemberAction} identifier={list.identifier} partyUuid={m.partyUuid} label={m.name} />
              </li>
            ))}
          </ul>
          <AddMemberForm action={addMemberAction} identifier={list.identifier} />
        </div>
      </Panel>
      <Panel className="space-y-3">
        <div className="space-y-3" data-testid="connections">
          <Heading level={2} data-size="xs">{t("resources")}</Heading>
          {list.connections.length === 0 ? <Paragraph data-size="sm">{t("noConnections")}</Paragraph> : null}
          <ul className="space-y-1">
            {list.connections.map((c) => {
              const r = resources.find((x) => x.identifier === c.resourceId);
              return (
                <li key={c.resourceId} className="flex items-center gap-3">
                  <span>
                    <Link className="ds-link" href={`/serviceowner/resources/${encodeURIComponent(c.resourceId)}`}>{c.resourceId}</Link> ·{" "}
                    {c.actionFilters.length ? t("actionsFiltered", { actions: c.actionFilters.join(", ") }) : t("everyAction")} · {t("mode", { mode: r?.accessListMode ?? "?" })}
                  </span>
                  <DisconnectButton action={disconnectAction} identifier={list.identifier} resource={c.resourceId} />
                </li>
              );
            })}
          </ul>
          <ConnectForm action={connectAction} identifier={list.identifier} resources={resources} actions={FILTER_ACTIONS} />
        </div>
      </Panel>
      <Panel className="space-y-3">
        <Heading level={2} data-size="xs">{t("delete")}</Heading>
        <Paragraph data-size="sm">{t("deleteLead")}</Paragraph>
        <DeleteListForm action={deleteListAction} identifier={list.identifier} />
      </Panel>
    </div>
  );
}
