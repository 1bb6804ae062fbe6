"use client";
// The console's form: system user and party; the recorded steps render below (step-list.tsx).
import { useActionState, useEffect, useState } from "react";
import { Alert, Button, Field, Label, Paragraph, Select, SelectOption, Textfield, ValidationMessage } from "@digdir/designsystemet-react";
import Link from "next/link";
import { Why } from "@/app/simulator/_components/why";
import type { ConsoleTarget } from "@/lib/vendor-client/console";
import { runConsole, type ConsoleState } from "./actions";
import { KravTable, StepList } from "./step-list";

function targetLabel(t: ConsoleTarget): string {
  const title = t.integrationTitle || t.systemName;
  return `${t.userType === "agent" ? "Agent" : "Standard"} · ${t.ownerName} (${t.ownerOrgNo}) · ${title} · externalRef ${t.externalRef}${t.isDeleted ? " · deleted" : ""}`;
}

function cliCommand(t: ConsoleTarget, baseUrl: string, party: string): string {
  const parts = ["npm run vendor -- call", `--base-url ${baseUrl}`, `--systemuser-org ${t.ownerOrgNo}`, `--external-ref '${t.externalRef}'`];
  if (party && party !== t.ownerOrgNo) parts.push(`--party ${party}`);
  parts.push(...t.cliCredentialFlags);
  return parts.join(" \\\n    ");
}

export function ConsoleForm({ targets, baseUrl }: { targets: ConsoleTarget[]; baseUrl: string }) {
  const [state, action, pending] = useActionState<ConsoleState, FormData>(runConsole, { steps: [] });
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
      <Alert data-color="info">
        Your organisation has no live system users yet. Create a request for a customer and have them approve it; the
        system user then shows up here.
      </Alert>
    );
  }
  return (
    <div className="space-y-6">
      <form action={action} className="flex max-w-3xl flex-col gap-4" noValidate>
        <Field>
          <Label>System user</Label>
          <Select
            name="systemUserId"
            value={selectedId}
            onChange={(e) => {
              setSelectedId(e.target.value);
              setParty(defaultParty(targets.find((t) => t.systemUserId === e.target.value)));
            }}
          >
            {targets.map((t) => (
              <SelectOption key={t.systemUserId} value={t.systemUserId}>
                {targetLabel(t)}
              </SelectOption>
            ))}
          </Select>
          {state.fieldErrors?.systemUserId ? <ValidationMessage>{state.fieldErrors.systemUserId}</ValidationMessage> : null}
        </Field>
        <Textfield
          label="Party: whose claims to read (organisation number)"
          description={
            target?.userType === "agent"
              ? "Agent system user: one of the facilitator's clients. The token names the facilitator; the client is named only in the API call."
              : "Standard system user: its owner. Try another organisation to see the PDP deny the call."
          }
          name="partyOrgNo"
          inputMode="numeric"
          value={party}
          onChange={(e) => setParty(e.target.value)}
          error={state.fieldErrors?.partyOrgNo}
        />
        {target?.userType === "agent" ? (
          <div className="flex flex-wrap gap-2" aria-label="Pick one of the clients as the party">
            {target.clients.length === 0 ? (
              <Paragraph data-size="sm">No clients have been added to this agent system user yet: every call will be denied.</Paragraph>
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
            Its owner deleted this system user. Your machine does not know that: run it to see Maskinporten refuse the
            token with invalid_altinn_customer_configuration (MP-303).
          </Alert>
        ) : null}
        {target && !target.demoClientId ? (
          <Alert data-color="warning">
            The portal holds no private key for this system&apos;s Maskinporten clients, so it cannot act as your machine.
            It signs only with the committed demo keys (prisma/fixtures/demo-keys), and none is registered on a client of
            your organisation on this system; a key you generated stays with you. Run the same steps with the CLI and
            your key instead:
          </Alert>
        ) : null}
        <Button type="submit" disabled={pending || !target?.demoClientId} className="self-start">
          {pending ? "Running…" : "Run as the vendor's machine"}
        </Button>
      </form>
      {target ? (
        <div>
          <Paragraph data-size="sm">The same call from a terminal:</Paragraph>
          <pre className="mt-1 overflow-x-auto rounded bg-neutral-900 p-3 text-xs text-neutral-100" data-testid="cli-command">
            {cliCommand(target, baseUrl, party)}
          </pre>
        </div>
      ) : null}
      {state.error ? <Alert data-color="danger">{state.error}</Alert> : null}
      {state.steps.length > 0 ? (
        <div className="space-y-4" data-testid="console-result">
          {state.ok && state.result ? <KravTable result={state.result} /> : null}
          {state.ok === false ? <Alert data-color="danger">The run stopped at the step marked failed; its response is shown below.</Alert> : null}
          {state.why ? <Why why={state.why} /> : null}
          {state.flowId ? (
            <Paragraph data-size="sm">
              <Link href={`/simulator/sequence?flow=${state.flowId}`} data-testid="console-sequence-link">
                See this run in the sequence view
              </Link>{" "}
              — every party&apos;s side of it: Maskinporten&apos;s lookup, Skatteetaten&apos;s token and its question to the PDP.
            </Paragraph>
          ) : null}
          <StepList steps={state.steps} />
        </div>
      ) : null}
    </div>
  );
}
