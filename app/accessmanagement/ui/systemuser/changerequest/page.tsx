// The change request's confirmUrl: /accessmanagement/ui/systemuser/changerequest?id=<id>&DONTCHOOSEREPORTEE=true.
// Who asks, for which system user, what is added and what removed; approve or reject (no "send videre":
// Altinn's change-request API has only approve and reject).
import { forbidden, notFound } from "next/navigation";
import { Alert, Heading, Paragraph } from "@digdir/designsystemet-react";
import { PageHeader, Panel } from "@/app/_components/ui";
import { requirePerson } from "@/lib/auth/actor";
import { loadChange, type LoadedChange } from "@/lib/approval/change";
import { MissingAccessAlert, notAccessManagerText } from "../_components/missing-access";
import { Problem } from "@/lib/problems/problem";
import { actionLabel, type RightPair } from "@/lib/system-users/rights";
import { DecisionForm } from "../_components/decision-form";
import { formatDateTime } from "../_components/format";
import { StatusTag } from "@/app/_components/status-tag";
import { changeConfirmPath } from "@/lib/changerequests/mapping";
import { decideChange } from "./actions";

export const dynamic = "force-dynamic";

export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id: raw } = await searchParams;
  const id = typeof raw === "string" ? raw : "";
  const person = await requirePerson(changeConfirmPath(id));
  let loaded: LoadedChange;
  try {
    loaded = await loadChange(person.pid, id);
  } catch (e) {
    if (e instanceof Problem && e.status === 404) notFound();
    throw e;
  }
  if (!loaded.assessment.hasRelation) forbidden();
  const { view: c, assessment: a } = loaded;
  return (
    <div className="max-w-3xl flex flex-col gap-6" data-testid="changerequest-page">
      <PageHeader
        eyebrow={`${c.party.name} · org. no. ${c.party.orgNo}`}
        title="Approve changes to a system user"
        lead={`${c.vendor.name} asks to change what the system user "${c.systemUser.integrationTitle}" of ${c.party.name} may do for the system ${c.system.name}.`}
      />
      <Panel className="flex flex-col gap-4">
        <div className="flex items-center justify-between gap-4">
          <Heading level={2} data-size="sm">{c.systemUser.integrationTitle}</Heading>
          <StatusTag status={c.status} />
        </div>
        <dl className="grid grid-cols-[12rem_1fr] gap-x-4 gap-y-2 text-sm">
          <dt className="font-medium">Vendor</dt>
          <dd data-testid="vendor">{c.vendor.name} (org. no. {c.vendor.orgNo})</dd>
          <dt className="font-medium">System</dt>
          <dd>{c.system.name} ({c.system.id})</dd>
          <dt className="font-medium">System user</dt>
          <dd>{c.systemUser.id}</dd>
          <dt className="font-medium">Received</dt>
          <dd>{formatDateTime(c.created)}</dd>
        </dl>
        <Changes title="The system user will get" testId="added" rights={c.add.rights} packages={c.add.packages} />
        <Changes title="The system user will lose" testId="removed" rights={c.remove.rights} packages={c.remove.packages} />
      </Panel>
      {c.status === "New" ? (
        <Panel className="flex flex-col gap-4">
          {a.mayApprove ? (
            <Paragraph>When you approve, the system user&apos;s rights change as listed above. You are then logged out{c.redirectUrl ? ` and sent back to ${c.vendor.name}` : ""}.</Paragraph>
          ) : !a.isAccessManager ? (
            <Alert data-color="warning" data-testid="not-access-manager"><Paragraph>{notAccessManagerText(c.party.name)}</Paragraph></Alert>
          ) : c.system.isDeleted ? (
            <Alert data-color="warning" data-testid="system-deleted"><Paragraph>{c.vendor.name} has deleted the system: the change can no longer be approved.</Paragraph></Alert>
          ) : (
            <MissingAccessAlert missing={a.missing} titles={new Map()} footer="You can reject the change." />
          )}
          <DecisionForm requestId={c.id} mayApprove={a.mayApprove} mayReject={a.mayReject} mayEscalate={false} escalated={false} action={decideChange} />
        </Panel>
      ) : (
        <Alert data-color="info" data-testid="request-decided">This change request is {c.status}. There is nothing more to do.</Alert>
      )}
    </div>
  );
}

function Changes({ title, testId, rights, packages }: { title: string; testId: string; rights: RightPair[]; packages: { urn: string; name: string }[] }) {
  if (rights.length === 0 && packages.length === 0) return null;
  return (
    <div className="flex flex-col gap-2">
      <Heading level={3} data-size="xs">{title}</Heading>
      <ul className="list-disc pl-6 text-sm" data-testid={testId}>
        {rights.map((r) => <li key={`${r.resource}|${r.action}`}>{actionLabel(r.action)} on {r.resource}</li>)}
        {packages.map((p) => <li key={p.urn}>Access package: {p.name}</li>)}
      </ul>
    </div>
  );
}
