// The confirm page of a system-user request (vendor-driven, reference §3), shared by the standard and
// the agent page. The party comes from the request (DONTCHOOSEREPORTEE), not from the session.
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Alert, Heading, Paragraph } from "@digdir/designsystemet-react";
import { PageHeader, Panel } from "@/app/_components/ui";
import { requirePerson } from "@/lib/auth/actor";
import { loadRequest, type LoadedRequest } from "@/lib/approval/load";
import type { RequestKind } from "@/lib/approval/rules";
import { MissingAccessAlert, notAccessManagerText } from "./missing-access";
import { formatDateTime } from "@/lib/i18n/format";
import { currentLocale } from "@/lib/i18n/server";

import { Problem } from "@/lib/problems/problem";
import { confirmPath, type DecisionState } from "./decide";
import { DecisionForm } from "./decision-form";
import { describeMissingAccess } from "./missing";
import { RightsList } from "./rights-list";
import { StatusTag } from "@/app/_components/status-tag";

type Action = (prev: DecisionState, form: FormData) => Promise<DecisionState>;

export async function RequestPage({ kind, id, action }: { kind: RequestKind; id: string; action: Action }) {
  const person = await requirePerson(confirmPath(kind, id));
  const [t, locale] = [await getTranslations("Request"), await currentLocale()];
  let loaded: LoadedRequest;
  try {
    loaded = await loadRequest(person.pid, id, kind, new Date(), locale);
  } catch (e) {
    if (e instanceof Problem && e.status === 404) notFound();
    throw e;
  }
  // Nothing of the request is shown to a person without a relation to its party.
  if (!loaded.assessment.hasRelation) forbidden();
  const { view: r, assessment: a } = loaded;
  const isNew = r.status === "New";
  const names = { vendor: r.vendor.name, party: r.party.name, system: r.system.name };
  return (
    <div className="max-w-3xl flex flex-col gap-6" data-testid="request-page">
      <PageHeader
        eyebrow={`${r.party.name} · ${t("orgNo", { orgNo: r.party.orgNo })}`}
        title={t(kind === "agent" ? "titleAgent" : "title")}
        lead={t(kind === "agent" ? "leadAgent" : "lead", names)}
      />
      <Panel className="flex flex-col gap-4">
        <div className="flex items-center justify-between gap-4">
          <Heading level={2} data-size="sm" data-testid="integration-title">
            {r.integrationTitle}
          </Heading>
          <StatusTag status={r.status} />
        </div>
        <dl className="grid grid-cols-[12rem_1fr] gap-x-4 gap-y-2 text-sm">
          <dt className="font-medium">{t("vendor")}</dt>
          <dd data-testid="vendor">{r.vendor.name} ({t("orgNo", { orgNo: r.vendor.orgNo })})</dd>
          <dt className="font-medium">{t("system")}</dt>
          <dd data-testid="system">
            {r.system.name} <span className="text-[var(--ds-color-neutral-text-subtle)]">({r.system.id})</span>
          </dd>
          <dt className="font-medium">{t(kind === "agent" ? "facilitator" : "forOrganisation")}</dt>
          <dd data-testid="party">{r.party.name} ({t("orgNo", { orgNo: r.party.orgNo })})</dd>
          {r.externalRef !== r.party.orgNo ? (
            <>
              <dt className="font-medium">{t("externalRef")}</dt>
              <dd>{r.externalRef}</dd>
            </>
          ) : null}
          <dt className="font-medium">{t("received")}</dt>
          <dd>{formatDateTime(r.created, locale)}</dd>
        </dl>
        {r.system.description ? <Paragraph data-size="sm">{r.system.description}</Paragraph> : null}
        <Heading level={3} data-size="xs">
          {t(kind === "agent" ? "rightsHeadingAgent" : "rightsHeading")}
        </Heading>
        <RightsList rights={r.rights} packages={r.accessPackages} />
        {kind === "agent" ? <Paragraph data-size="sm">{t("agentNote", names)}</Paragraph> : null}
      </Panel>
      {isNew ? (
        <Panel className="flex flex-col gap-4">
          <Guidance loaded={loaded} />
          <DecisionForm
            requestId={r.id}
            mayApprove={a.mayApprove}
            mayReject={a.mayReject}
            mayEscalate={a.mayEscalate}
            escalated={r.escalated}
            action={action}
          />
        </Panel>
      ) : (
        <Alert data-color="info" data-testid="request-decided">
          {t("decided", { status: t.has(`status.${r.status}`) ? t(`status.${r.status}`) : r.status })}
        </Alert>
      )}
    </div>
  );
}

async function Guidance({ loaded }: { loaded: LoadedRequest }) {
  const [t, locale] = [await getTranslations("Request"), await currentLocale()];
  const { view: r, assessment: a } = loaded;
  const names = { vendor: r.vendor.name, party: r.party.name, system: r.system.name };
  if (r.system.isDeleted) {
    return (
      <Alert data-color="warning" data-testid="system-deleted">
        <Paragraph>{t("systemDeleted", names)}</Paragraph>
      </Alert>
    );
  }
  if (a.mayApprove) {
    return (
      <Paragraph>
        {t(r.kind === "agent" ? "whenApproveAgent" : "whenApprove", names)} {t(r.redirectUrl ? "thenLoggedOutBack" : "thenLoggedOut", names)}
        {r.escalated ? ` ${t("escalatedByColleague")}` : ""}
      </Paragraph>
    );
  }
  if (!a.isAccessManager) {
    return (
      <Alert data-color="warning" data-testid="not-access-manager">
        <Paragraph>
          {await notAccessManagerText(r.party.name)} {t(r.escalated ? "alreadyEscalated" : "mayEscalate")}
        </Paragraph>
      </Alert>
    );
  }
  return <MissingAccessAlert missing={a.missing} titles={new Map(r.rights.map((x) => [x.resource, x.title]))} />;
}
