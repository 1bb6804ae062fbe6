// The change request's confirmUrl: /accessmanagement/ui/systemuser/changerequest?id=<id>&DONTCHOOSEREPORTEE=true.
// Who asks, for which system user, what is added and what removed; approve or reject (no "send videre":
// Altinn's change-request API has only approve and reject).
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Alert, Heading, Paragraph } from "@digdir/designsystemet-react";
import { PageHeader, Panel } from "@/app/_components/ui";
import { requirePerson } from "@/lib/auth/actor";
import { loadChange, type LoadedChange } from "@/lib/approval/change";
import { MissingAccessAlert, notAccessManagerText } from "../_components/missing-access";
import { Problem } from "@/lib/problems/problem";
import type { RightPair } from "@/lib/system-users/rights";
import { formatDateTime } from "@/lib/i18n/format";
import { pageTitle } from "@/lib/i18n/metadata";
import { currentLocale } from "@/lib/i18n/server";
import { describeMissingAccess } from "../_components/missing";
import { DecisionForm } from "../_components/decision-form";
import { StatusTag } from "@/app/_components/status-tag";
import { changeConfirmPath } from "@/lib/changerequests/mapping";
import { decideChange } from "./actions";

export const dynamic = "force-dynamic";
export const generateMetadata = pageTitle("changeRequest");

export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id: raw } = await searchParams;
  const id = typeof raw === "string" ? raw : "";
  const person = await requirePerson(changeConfirmPath(id));
  const [t, r, locale] = [await getTranslations("Change"), await getTranslations("Request"), await currentLocale()];
  let loaded: LoadedChange;
  try {
    loaded = await loadChange(person.pid, id, new Date(), locale);
  } catch (e) {
    if (e instanceof Problem && e.status === 404) notFound();
    throw e;
  }
  if (!loaded.assessment.hasRelation) forbidden();
  const { view: c, assessment: a } = loaded;
  return (
    <div className="max-w-3xl flex flex-col gap-6" data-testid="changerequest-page">
      <PageHeader
        eyebrow={`${c.party.name} · ${r("orgNo", { orgNo: c.party.orgNo })}`}
        title={t("title")}
        lead={t("lead", { vendor: c.vendor.name, title: c.systemUser.integrationTitle, party: c.party.name, system: c.system.name })}
      />
      <Panel className="flex flex-col gap-4">
        <div className="flex items-center justify-between gap-4">
          <Heading level={2} data-size="sm">{c.systemUser.integrationTitle}</Heading>
          <StatusTag status={c.status} />
        </div>
        <dl className="grid grid-cols-[12rem_1fr] gap-x-4 gap-y-2 text-sm">
          <dt className="font-medium">{r("vendor")}</dt>
          <dd data-testid="vendor">{c.vendor.name} ({r("orgNo", { orgNo: c.vendor.orgNo })})</dd>
          <dt className="font-medium">{r("system")}</dt>
          <dd>{c.system.name} ({c.system.id})</dd>
          <dt className="font-medium">{t("systemUser")}</dt>
          <dd>{c.systemUser.id}</dd>
          <dt className="font-medium">{r("received")}</dt>
          <dd>{formatDateTime(c.created, locale)}</dd>
        </dl>
        <Changes title={t("willGet")} testId="added" rights={c.add.rights} packages={c.add.packages} />
        <Changes title={t("willLose")} testId="removed" rights={c.remove.rights} packages={c.remove.packages} />
      </Panel>
      {c.status === "New" ? (
        <Panel className="flex flex-col gap-4">
          {a.mayApprove ? (
            <Paragraph>{t("whenApprove")} {r(c.redirectUrl ? "thenLoggedOutBack" : "thenLoggedOut", { vendor: c.vendor.name })}</Paragraph>
          ) : !a.isAccessManager ? (
            <Alert data-color="warning" data-testid="not-access-manager"><Paragraph>{await notAccessManagerText(c.party.name)}</Paragraph></Alert>
          ) : c.system.isDeleted ? (
            <Alert data-color="warning" data-testid="system-deleted"><Paragraph>{t("systemDeleted", { vendor: c.vendor.name })}</Paragraph></Alert>
          ) : (
            <MissingAccessAlert missing={a.missing} titles={new Map()} footer="orReject" />
          )}
          <DecisionForm requestId={c.id} mayApprove={a.mayApprove} mayReject={a.mayReject} mayEscalate={false} escalated={false} action={decideChange} />
        </Panel>
      ) : (
        <Alert data-color="info" data-testid="request-decided">{t("decided", { status: r.has(`status.${c.status}`) ? r(`status.${c.status}`) : c.status })}</Alert>
      )}
    </div>
  );
}

async function Changes({ title, testId, rights, packages }: { title: string; testId: string; rights: RightPair[]; packages: { urn: string; name: string }[] }) {
  const t = await getTranslations("Change");
  const rt = await getTranslations("Rights");
  if (rights.length === 0 && packages.length === 0) return null;
  return (
    <div className="flex flex-col gap-2">
      <Heading level={3} data-size="xs">{title}</Heading>
      <ul className="list-disc pl-6 text-sm" data-testid={testId}>
        {rights.map((r) => <li key={`${r.resource}|${r.action}`}>{t("rightOn", { action: rt.has(`action.${r.action}`) ? rt(`action.${r.action}`) : r.action, resource: r.resource })}</li>)}
        {packages.map((p) => <li key={p.urn}>{t("packageLine", { name: p.name })}</li>)}
      </ul>
    </div>
  );
}
