"use client";
// Register or edit a resource and its policy. The server action validates with the API's parsers.
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Alert, Button, Checkbox, Field, Heading, Label, Select, SelectOption, Textfield, ValidationMessage } from "@digdir/designsystemet-react";
import type { ResourceFormState, ResourceFormValues } from "@/lib/resources/form";
import { RulesEditor } from "./rules-editor";
import type { PolicySubjectChoices } from "@/lib/resources/policy-input";
import { writePolicyXml } from "@/lib/resources/xacml-write";

type Action = (prev: ResourceFormState, data: FormData) => Promise<ResourceFormState>;

const TEXTS = ["title", "description", "rightDescription"] as const;

export function ResourceForm(props: {
  mode: "new" | "edit";
  initial: ResourceFormValues;
  scopes: string[];
  resourceTypes: readonly string[];
  subjects: PolicySubjectChoices;
  actions: readonly string[];
  action: Action;
}) {
  const t = useTranslations("ResourceForm");
  const [state, formAction, pending] = useActionState<ResourceFormState, FormData>(props.action, { errors: {} });
  const v = state.values ?? props.initial;
  const [rules, setRules] = useState(props.initial.rules);
  const [identifier, setIdentifier] = useState(v.identifier);
  const e = state.errors;
  return (
    <form action={formAction} className="space-y-6" noValidate>
      <input type="hidden" name="mode" value={props.mode} />
      <input type="hidden" name="status" value={v.status} />
      {state.message || e.form ? (
        <Alert data-color="danger" data-testid="form-error">
          {state.message ?? e.form}
        </Alert>
      ) : null}
      <Textfield
        label={t("identifier")}
        description={t("identifierHint")}
        data-testid="resource-form-identifier"
        name="identifier"
        defaultValue={v.identifier}
        onChange={(ev) => setIdentifier(ev.target.value.trim())}
        readOnly={props.mode === "edit"}
        error={e.identifier}
      />
      {TEXTS.map((key) => (
        <div key={key} className="grid gap-4 md:grid-cols-3">
          {(["nb", "nn", "en"] as const).map((l) => (
            <Textfield key={l} label={t(`text.${key}`, { lang: t(`lang.${l}`) })} data-testid={`resource-form-${key}-${l}`} name={`${key}.${l}`} defaultValue={v.texts[key][l]} error={e[`${key}.${l}`]} />
          ))}
        </div>
      ))}
      <div className="grid gap-4 md:grid-cols-2">
        <Field>
          <Label>{t("resourceType")}</Label>
          <Select name="resourceType" defaultValue={v.resourceType} data-testid="resource-form-type">
            {props.resourceTypes.map((type) => (
              <SelectOption key={type} value={type}>
                {type}
              </SelectOption>
            ))}
          </Select>
          {e.resourceType ? <ValidationMessage>{e.resourceType}</ValidationMessage> : null}
        </Field>
        <Field>
          <Label>{t("scope")}</Label>
          <Select name="scope" defaultValue={v.scope} data-testid="resource-form-scope">
            <SelectOption value="">{t("none")}</SelectOption>
            {props.scopes.map((s) => (
              <SelectOption key={s} value={s}>
                {s}
              </SelectOption>
            ))}
          </Select>
          {e.scope ? <ValidationMessage>{e.scope}</ValidationMessage> : null}
        </Field>
      </div>
      <Field>
        <Label>{t("accessListMode")}</Label>
        <Select name="accessListMode" defaultValue={v.accessListMode} data-testid="resource-form-access-list-mode">
          <SelectOption value="Disabled">{t("accessListDisabled")}</SelectOption>
          <SelectOption value="Enabled">{t("accessListEnabled")}</SelectOption>
        </Select>
        {e.accessListMode ? <ValidationMessage>{e.accessListMode}</ValidationMessage> : null}
      </Field>
      <div className="flex flex-wrap gap-6">
        <Checkbox label={t("delegable")} name="delegable" defaultChecked={v.delegable} data-testid="resource-form-delegable" />
        <Checkbox label={t("visible")} name="visible" defaultChecked={v.visible} data-testid="resource-form-visible" />
      </div>
      <div className="space-y-3">
        <Heading level={2} data-size="xs">
          {t("policy")}
        </Heading>
        <RulesEditor rules={rules} onChange={setRules} subjects={props.subjects} actions={props.actions} error={e.rules} />
        <PolicyXml identifier={identifier} rules={rules} />
      </div>
      <Button type="submit" disabled={pending} data-testid="resource-form-submit">
        {props.mode === "new" ? t("register") : t("save")}
      </Button>
    </form>
  );
}

/** The XACML 3.0 file the rules are saved as: the same file GET .../policy then serves. */
function PolicyXml({ identifier, rules }: { identifier: string; rules: ResourceFormValues["rules"] }) {
  let xml: string;
  try {
    xml = writePolicyXml(identifier || "<identifier>", rules);
  } catch {
    xml = "(a rule names a subject the policy file cannot hold)";
  }
  return (
    <details className="rounded-md border border-[var(--ds-color-neutral-border-subtle)] p-3">
      <summary className="cursor-pointer font-medium">The policy file these rules are saved as (XACML 3.0)</summary>
      <pre data-testid="policy-xml" className="mt-3 max-h-96 overflow-auto text-xs">
        {xml}
      </pre>
    </details>
  );
}
