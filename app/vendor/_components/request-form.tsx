"use client";
// Ask a customer for a system user (reference §3): the fields of POST /vendor, or /vendor/agent for a
// facilitator when the system carries client packages.
import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { Alert, Button, Checkbox, Field, Fieldset, FieldsetDescription, FieldsetLegend, Label, Radio, Select, SelectOption, Textfield, ValidationMessage } from "@digdir/designsystemet-react";
import type { RequestFormState, RequestFormValues } from "@/lib/requests/form";

type Action = (prev: RequestFormState, data: FormData) => Promise<RequestFormState>;

export function RequestForm(props: {
  systemId: string;
  rights: { value: string; label: string }[];
  /** The system's packages with Altinn's flags: a standard request takes assignable ones (AUTH-00064),
   *  an agent request delegable ones (AUTH-00065). */
  packages: { urn: string; name: string; client: boolean; assignable: boolean; delegable: boolean }[];
  redirectUrls: string[];
  action: Action;
}) {
  const t = useTranslations("Requests");
  const [state, formAction, pending] = useActionState<RequestFormState, FormData>(props.action, { errors: {} });
  const hasClientPackages = props.packages.some((p) => p.client);
  // A system with client packages and no rights is an agent system: its form starts on the agent kind.
  const initialKind = hasClientPackages && props.rights.length === 0 ? "agent" : "standard";
  const initial: RequestFormValues = { kind: initialKind, partyOrgNo: "", externalRef: "", integrationTitle: "", rights: props.rights.map((r) => r.value), accessPackages: [], redirectUrl: "" };
  const v = state.values ?? initial;
  const [kind, setKind] = useState(v.kind);
  const e = state.errors;
  const offered = props.packages.filter((p) => (kind === "agent" ? p.delegable : p.assignable));
  // As with rights, a new form asks for everything the system offers; after a refusal, what was sent.
  const ticked = state.values ? v.accessPackages : offered.map((p) => p.urn);
  return (
    <form action={formAction} className="space-y-6" noValidate key={JSON.stringify(v)}>
      <input type="hidden" name="systemId" value={props.systemId} />
      {e.form ? <Alert data-color="danger" data-testid="form-error">{e.form}</Alert> : null}
      {hasClientPackages ? (
        <Fieldset>
          <FieldsetLegend>{t("kind")}</FieldsetLegend>
          <Radio label={t("kindStandard")} data-testid="request-kind-standard" name="kind" value="standard" checked={kind === "standard"} onChange={() => setKind("standard")} />
          <Radio label={t("kindAgent")} data-testid="request-kind-agent" name="kind" value="agent" checked={kind === "agent"} onChange={() => setKind("agent")} />
        </Fieldset>
      ) : <input type="hidden" name="kind" value="standard" />}
      <Textfield
        label={kind === "agent" ? t("facilitatorOrgNo") : t("customerOrgNo")}
        description={kind === "agent" ? t("orgNoHintAgent") : t("orgNoHintStandard")}
        data-testid="request-party"
        name="partyOrgNo"
        inputMode="numeric"
        defaultValue={v.partyOrgNo}
        error={e.partyOrgNo}
      />
      <div className="grid gap-4 md:grid-cols-2">
        <Textfield label={t("externalRef")} description={t("externalRefHint")} data-testid="request-external-ref" name="externalRef" defaultValue={v.externalRef} error={e.externalRef} />
        <Textfield label={t("integrationTitle")} description={t("integrationTitleHint")} data-testid="request-title" name="integrationTitle" defaultValue={v.integrationTitle} error={e.integrationTitle} />
      </div>
      {kind === "standard" ? (
        <Fieldset data-testid="request-rights">
          <FieldsetLegend>{t("rightsLegend")}</FieldsetLegend>
          <FieldsetDescription>{t("rightsHint")}</FieldsetDescription>
          {props.rights.map((r) => <Checkbox key={r.value} label={r.label} name="rights" value={r.value} defaultChecked={v.rights.includes(r.value)} />)}
          {props.rights.length === 0 ? <p className="text-sm">{t("noRights")}</p> : null}
          {e.rights ? <ValidationMessage>{e.rights}</ValidationMessage> : null}
        </Fieldset>
      ) : null}
      <Fieldset data-testid="request-packages">
        <FieldsetLegend>{t("packagesLegend")}</FieldsetLegend>
        {offered.map((p) => <Checkbox key={p.urn} label={p.name} name="accessPackages" value={p.urn} defaultChecked={ticked.includes(p.urn)} />)}
        {offered.length === 0 ? <p className="text-sm">{t("noPackages")}</p> : null}
        {e.accessPackages ? <ValidationMessage>{e.accessPackages}</ValidationMessage> : null}
      </Fieldset>
      <Field>
        <Label>{t("redirect")}</Label>
        <Select name="redirectUrl" defaultValue={v.redirectUrl} data-testid="request-redirect">
          <SelectOption value="">{t("noRedirect")}</SelectOption>
          {props.redirectUrls.map((u) => <SelectOption key={u} value={u}>{u}</SelectOption>)}
        </Select>
        {e.redirectUrl ? <ValidationMessage>{e.redirectUrl}</ValidationMessage> : null}
      </Field>
      <Button type="submit" disabled={pending} data-testid="request-submit">{t("create")}</Button>
    </form>
  );
}
