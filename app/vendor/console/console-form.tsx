"use client";
// The console's form: system user and party; the recorded steps render below (step-list.tsx).
import { useActionState, useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Alert, Button, Field, Label, Paragraph, Select, SelectOption, Textfield, ValidationMessage } from "@digdir/designsystemet-react";
import Link from "@/app/_components/link";
import { Why } from "@/app/simulator/_components/why";
import type { ConsoleTarget } from "@/lib/vendor-client/console";
import { runConsole, type ConsoleState } from "./actions";
import { KravTable, StepList } from "./step-list";

function targetLabel(t: ConsoleTarget, kind: string, deleted: string): string {
  const title = t.integrationTitle || t.systemName;
  return `${kind} · ${t.ownerName} (${t.ownerOrgNo}) · ${title} · externalRef ${t.externalRef}${t.isDeleted ? ` · ${deleted}` : ""}`;
}

function cliCommand(t: ConsoleTarget, baseUrl: string, party: string): string {
  const parts = ["npm run vendor -- call", `--base-url ${baseUrl}`, `--systemuser-org ${t.ownerOrgNo}`, `--external-ref '${t.externalRef}'`];
  if (party && party !== t.ownerOrgNo) parts.push(`--party ${party}`);
  parts.push(...t.cliCredentialFlags);
  return parts.join(" \\\n    ");
}

export function ConsoleForm({ targets, baseUrl }: { targets: ConsoleTarget[]; baseUrl: string }) {
  const tr = useTranslations("Console");
  const [state, action, pending] = useActionState<ConsoleState, FormData>(runConsole, { steps: [] });
  // After "Run", focus goes to the result (WCAG 2.4.3): a keyboard or screen-reader user lands on what happened.
  const result = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.steps.length > 0 || state.error) result.current?.focus();
  }, [state]);
  const [selectedId, setSelectedId] = useState(targets[0]?.systemUserId ?? "");
  const target = targets.find((t) => t.systemUserId === selectedId);
  const defaultParty = (t?: ConsoleTarget) => (t ? (t.userType === "agent" ? (t.clients[0]?.orgNo ?? "") : t.ownerOrgNo) : "");
  const [party, setParty] = useState(defaultParty(target));
  // After a refresh the chosen system user may be gone from the list: choose the first one again, so the
  // hint, the CLI command and the run follow what the select shows.
  useEffect(() => {
    if (targets.length && !targets.some((t) => t.systemUserId === selectedId)) {
      setSelectedId(targets[0]!.systemUserId);
      setParty(defaultParty(targets[0]));
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [targets]);

  if (targets.length === 0) {
    return (
      <Alert data-color="info">{tr("noTargets")}</Alert>
    );
  }
  return (
    <div className="space-y-6">
      <form action={action} className="flex max-w-3xl flex-col gap-4" noValidate>
        <Field>
          <Label>{tr("systemUser")}</Label>
          <Select
            name="systemUserId"
            data-testid="console-system-user"
            value={selectedId}
            onChange={(e) => {
              setSelectedId(e.target.value);
              setParty(defaultParty(targets.find((t) => t.systemUserId === e.target.value)));
            }}
          >
            {targets.map((t) => (
              <SelectOption key={t.systemUserId} value={t.systemUserId}>
                {targetLabel(t, tr(t.userType === "agent" ? "agent" : "standard"), tr("deletedSuffix"))}
              </SelectOption>
            ))}
          </Select>
          {state.fieldErrors?.systemUserId ? <ValidationMessage>{state.fieldErrors.systemUserId}</ValidationMessage> : null}
        </Field>
        <Textfield
          label={tr("party")}
          description={tr(target?.userType === "agent" ? "partyAgentHint" : "partyStandardHint")}
          data-testid="console-party"
          name="partyOrgNo"
          inputMode="numeric"
          value={party}
          onChange={(e) => setParty(e.target.value)}
          error={state.fieldErrors?.partyOrgNo}
        />
        {target?.userType === "agent" ? (
          <div className="flex flex-wrap gap-2" role="group" aria-label={tr("pickClient")}>
            {target.clients.length === 0 ? (
              <Paragraph data-size="sm">{tr("noClients")}</Paragraph>
            ) : (
              target.clients.map((c) => (
                <Button key={c.orgNo} type="button" variant="secondary" data-size="sm" onClick={() => setParty(c.orgNo)}>
                  {c.name} ({c.orgNo})
                </Button>
              ))
            )}
          </div>
        ) : null}
        {target?.isDeleted ? (
          <Alert data-color="info" data-testid="deleted-target">
            {tr("deletedTarget")}
          </Alert>
        ) : null}
        {target && !target.demoClientId ? (
          <Alert data-color="warning">{tr("noKey")}</Alert>
        ) : null}
        <Button type="submit" disabled={pending || !target?.demoClientId} className="self-start" data-testid="console-run">
          {pending ? tr("running") : tr("run")}
        </Button>
      </form>
      {target ? (
        <div>
          <Paragraph data-size="sm">{tr("terminal")}</Paragraph>
          <pre tabIndex={0} className="mt-1 overflow-x-auto rounded bg-neutral-900 p-3 text-xs text-neutral-100" data-testid="cli-command">
            {cliCommand(target, baseUrl, party)}
          </pre>
        </div>
      ) : null}
      <div ref={result} tabIndex={-1} className="space-y-4 outline-none" data-testid="console-feedback">
      {state.error ? <Alert data-color="danger">{state.error}</Alert> : null}
      {state.steps.length > 0 ? (
        <div className="space-y-4" data-testid="console-result">
          {state.ok && state.result ? <KravTable result={state.result} /> : null}
          {state.ok === false ? <Alert data-color="danger">{tr("stopped")}</Alert> : null}
          {state.why ? <Why why={state.why} /> : null}
          {state.flowId ? (
            <Paragraph data-size="sm">
              <Link href={`/simulator/sequence?flow=${state.flowId}`} data-testid="console-sequence-link">
                {tr("sequenceLink")}
              </Link>{" "}
              — {tr("sequenceLinkNote")}
            </Paragraph>
          ) : null}
          <StepList steps={state.steps} />
        </div>
      ) : null}
      </div>
    </div>
  );
}
