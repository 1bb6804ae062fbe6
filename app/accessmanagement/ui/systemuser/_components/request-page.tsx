// The confirm page of a system-user request (vendor-driven, reference §3), shared by the standard and
// the agent page. The party comes from the request (DONTCHOOSEREPORTEE), not from the session.
import { forbidden, notFound } from "next/navigation";
import { Alert, Heading, Paragraph } from "@digdir/designsystemet-react";
import { PageHeader, Panel } from "@/app/_components/ui";
import { requirePerson } from "@/lib/auth/actor";
import { loadRequest, type LoadedRequest } from "@/lib/approval/load";
import type { RequestKind } from "@/lib/approval/rules";
import { MissingAccessAlert, notAccessManagerText } from "./missing-access";
import { Problem } from "@/lib/problems/problem";
import { confirmPath, type DecisionState } from "./decide";
import { DecisionForm } from "./decision-form";
import { formatDateTime } from "./format";
import { RightsList } from "./rights-list";
import { StatusTag } from "@/app/_components/status-tag";

type Action = (prev: DecisionState, form: FormData) => Promise<DecisionState>;

export async function RequestPage({ kind, id, action }: { kind: RequestKind; id: string; action: Action }) {
  const person = await requirePerson(confirmPath(kind, id));
  let loaded: LoadedRequest;
  try {
    loaded = await loadRequest(person.pid, id, kind);
  } catch (e) {
    if (e instanceof Problem && e.status === 404) notFound();
    throw e;
  }
  // Nothing of the request is shown to a person without a relation to its party.
  if (!loaded.assessment.hasRelation) forbidden();
  const { view: r, assessment: a } = loaded;
  const isNew = r.status === "New";
  return (
    <div className="max-w-3xl flex flex-col gap-6" data-testid="request-page">
      <PageHeader
        eyebrow={`${r.party.name} · org. no. ${r.party.orgNo}`}
        title={kind === "agent" ? "Approve agent system user" : "Approve system user"}
        lead={
          kind === "agent"
            ? `${r.vendor.name} asks for an agent system user for ${r.party.name}, so that the system ${r.system.name} can act for the firm's clients.`
            : `${r.vendor.name} asks for a system user for ${r.party.name}, so that the system ${r.system.name} can act on the organisation's behalf.`
        }
      />
      <Panel className="flex flex-col gap-4">
        <div className="flex items-center justify-between gap-4">
          <Heading level={2} data-size="sm" data-testid="integration-title">
            {r.integrationTitle}
          </Heading>
          <StatusTag status={r.status} />
        </div>
        <dl className="grid grid-cols-[12rem_1fr] gap-x-4 gap-y-2 text-sm">
          <dt className="font-medium">Vendor</dt>
          <dd data-testid="vendor">{r.vendor.name} (org. no. {r.vendor.orgNo})</dd>
          <dt className="font-medium">System</dt>
          <dd data-testid="system">
            {r.system.name} <span className="text-[var(--ds-color-neutral-text-subtle)]">({r.system.id})</span>
          </dd>
          <dt className="font-medium">{kind === "agent" ? "Facilitator" : "For organisation"}</dt>
          <dd data-testid="party">{r.party.name} (org. no. {r.party.orgNo})</dd>
          {r.externalRef !== r.party.orgNo ? (
            <>
              <dt className="font-medium">External reference</dt>
              <dd>{r.externalRef}</dd>
            </>
          ) : null}
          <dt className="font-medium">Received</dt>
          <dd>{formatDateTime(r.created)}</dd>
        </dl>
        {r.system.description ? <Paragraph data-size="sm">{r.system.description}</Paragraph> : null}
        <Heading level={3} data-size="xs">
          {kind === "agent" ? "Access packages the firm's clients can delegate to it" : "The system user will get these rights"}
        </Heading>
        <RightsList rights={r.rights} packages={r.accessPackages} />
        {kind === "agent" ? (
          <Paragraph data-size="sm">
            An agent system user gets no rights of {r.party.name} itself: after approval, the client administrator adds
            clients, and each client gives these packages.
          </Paragraph>
        ) : null}
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
          This request is {r.status}. There is nothing more to do.
        </Alert>
      )}
    </div>
  );
}

function Guidance({ loaded }: { loaded: LoadedRequest }) {
  const { view: r, assessment: a } = loaded;
  if (r.system.isDeleted) {
    return (
      <Alert data-color="warning" data-testid="system-deleted">
        <Paragraph>{r.vendor.name} has deleted the system {r.system.name}: the request can no longer be approved.</Paragraph>
      </Alert>
    );
  }
  if (a.mayApprove) {
    const what =
      r.kind === "agent"
        ? `an agent system user is created for ${r.party.name}; clients can then be added to it in the client administration.`
        : `a system user is created and the rights above are delegated to it from ${r.party.name}.`;
    return (
      <Paragraph>
        When you approve, {what} You are then logged out{r.redirectUrl ? ` and sent back to ${r.vendor.name}` : ""}.
        {r.escalated ? " The request was sent to the access managers by a colleague." : ""}
      </Paragraph>
    );
  }
  if (!a.isAccessManager) {
    return (
      <Alert data-color="warning" data-testid="not-access-manager">
        <Paragraph>
          {notAccessManagerText(r.party.name)}{" "}
          {r.escalated ? "It has been sent to the access managers." : "You can send it to the organisation's access managers."}
        </Paragraph>
      </Alert>
    );
  }
  return <MissingAccessAlert missing={a.missing} titles={new Map(r.rights.map((x) => [x.resource, x.title]))} />;
}
