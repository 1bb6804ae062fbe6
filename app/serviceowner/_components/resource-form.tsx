"use client";
// Register or edit a resource and its policy. The server action validates with the API's parsers.
import { useActionState, useState } from "react";
import { Alert, Button, Checkbox, Field, Heading, Label, Select, SelectOption, Textfield, ValidationMessage } from "@digdir/designsystemet-react";
import type { ResourceFormState, ResourceFormValues } from "@/lib/resources/form";
import { RulesEditor } from "./rules-editor";
import type { PolicySubjectChoices } from "@/lib/resources/policy-input";
import { writePolicyXml } from "@/lib/resources/xacml-write";

type Action = (prev: ResourceFormState, data: FormData) => Promise<ResourceFormState>;

const LANG_LABEL = { nb: "bokmål", nn: "nynorsk", en: "English" } as const;
const TEXTS = [
  { key: "title", label: "Title" },
  { key: "description", label: "Description" },
  { key: "rightDescription", label: "Right description (what a delegation of it allows)" },
] as const;

export function ResourceForm(props: {
  mode: "new" | "edit";
  initial: ResourceFormValues;
  scopes: string[];
  resourceTypes: readonly string[];
  subjects: PolicySubjectChoices;
  actions: readonly string[];
  action: Action;
}) {
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
        label="Identifier"
        description="Lower-case letters, digits, '-' and '_'. Cannot be changed later."
        name="identifier"
        defaultValue={v.identifier}
        onChange={(ev) => setIdentifier(ev.target.value.trim())}
        readOnly={props.mode === "edit"}
        error={e.identifier}
      />
      {TEXTS.map((t) => (
        <div key={t.key} className="grid gap-4 md:grid-cols-3">
          {(["nb", "nn", "en"] as const).map((l) => (
            <Textfield key={l} label={`${t.label} (${LANG_LABEL[l]})`} name={`${t.key}.${l}`} defaultValue={v.texts[t.key][l]} error={e[`${t.key}.${l}`]} />
          ))}
        </div>
      ))}
      <div className="grid gap-4 md:grid-cols-2">
        <Field>
          <Label>Resource type</Label>
          <Select name="resourceType" defaultValue={v.resourceType}>
            {props.resourceTypes.map((t) => (
              <SelectOption key={t} value={t}>
                {t}
              </SelectOption>
            ))}
          </Select>
          {e.resourceType ? <ValidationMessage>{e.resourceType}</ValidationMessage> : null}
        </Field>
        <Field>
          <Label>Maskinporten scope the API is reached by</Label>
          <Select name="scope" defaultValue={v.scope}>
            <SelectOption value="">(none)</SelectOption>
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
        <Label>Access list mode</Label>
        <Select name="accessListMode" defaultValue={v.accessListMode}>
          <SelectOption value="Disabled">Disabled: the policy alone decides</SelectOption>
          <SelectOption value="Enabled">Enabled: only organisations on the access list are permitted</SelectOption>
        </Select>
        {e.accessListMode ? <ValidationMessage>{e.accessListMode}</ValidationMessage> : null}
      </Field>
      <div className="flex flex-wrap gap-6">
        <Checkbox label="Delegable (can be given to system users)" name="delegable" defaultChecked={v.delegable} />
        <Checkbox label="Visible in Altinn's resource list" name="visible" defaultChecked={v.visible} />
      </div>
      <div className="space-y-3">
        <Heading level={2} data-size="xs">
          Policy
        </Heading>
        <RulesEditor rules={rules} onChange={setRules} subjects={props.subjects} actions={props.actions} error={e.rules} />
        <PolicyXml identifier={identifier} rules={rules} />
      </div>
      <Button type="submit" disabled={pending}>
        {props.mode === "new" ? "Register resource" : "Save resource"}
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
