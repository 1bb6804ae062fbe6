"use client";
// Register or edit a system (reference §2): every field of the API's body, errors per field.
import { useActionState, useState } from "react";
import { Alert, Button, Checkbox, Fieldset, FieldsetDescription, FieldsetLegend, Textfield, ValidationMessage } from "@digdir/designsystemet-react";
import type { SystemFormState, SystemFormValues } from "@/lib/registry/form";
import type { RightOption } from "@/lib/registry/options";
import { clientIdHint, type VendorClientOption } from "@/lib/registry/client-hint";
import type { PackageOptionGroup } from "@/lib/parties/package-options";
import { PackagePicker } from "@/app/_components/package-picker";

type Action = (prev: SystemFormState, data: FormData) => Promise<SystemFormState>;
const LANGS = [["nb", "bokmål"], ["nn", "nynorsk"], ["en", "English"]] as const;

export function SystemForm(props: {
  vendorOrgNo: string;
  systemId?: string;
  initial: SystemFormValues;
  rightOptions: RightOption[];
  packageOptions: PackageOptionGroup[];
  clients: VendorClientOption[];
  action: Action;
}) {
  const [state, formAction, pending] = useActionState<SystemFormState, FormData>(props.action, { errors: {} });
  const v = state.values ?? props.initial;
  const e = state.errors;
  return (
    <form action={formAction} className="space-y-6" noValidate key={JSON.stringify(v)}>
      {props.systemId ? <input type="hidden" name="systemId" value={props.systemId} /> : null}
      {e.form ? <Alert data-color="danger" data-testid="form-error">{e.form}</Alert> : null}
      {Object.keys(e).length > 0 && !e.form ? <Alert data-color="danger" data-testid="form-error">The system was not saved: see the fields marked below.</Alert> : null}
      <Textfield
        label="System id"
        description={props.systemId ? "The id cannot be changed." : `Your organisation number, '_', and a name: letters, digits, '.', '_' or '-'. Becomes ${props.vendorOrgNo}_<name>.`}
        prefix={props.systemId ? undefined : `${props.vendorOrgNo}_`}
        name="idName"
        defaultValue={props.systemId ?? v.idName}
        readOnly={Boolean(props.systemId)}
        error={e.idName}
      />
      {(["name", "description"] as const).map((k) => (
        <div key={k} className="grid gap-4 md:grid-cols-3">
          {LANGS.map(([l, label]) => (
            <Textfield key={l} label={`${k === "name" ? "Name" : "Description"} (${label})`} name={`${k}.${l}`} defaultValue={v[k][l]} error={e[`${k}.${l}`] ?? e[k]} />
          ))}
        </div>
      ))}
      <Fieldset data-testid="rights" className="space-y-2">
        <FieldsetLegend>Rights (resources of the Resource Registry, by action)</FieldsetLegend>
        {props.rightOptions.map((o) => (
          <div key={o.resource} className="flex flex-wrap items-center gap-x-6 gap-y-1">
            <span className="w-full text-sm font-medium">{o.title} <code>{o.resource}</code> · {o.resourceType}</span>
            {o.actions.map((a) => (
              <Checkbox key={a} label={a} name="rights" value={`${o.resource}|${a}`} defaultChecked={v.rights.includes(`${o.resource}|${a}`)} />
            ))}
            <Checkbox label="every action" name="rights" value={`${o.resource}|`} defaultChecked={v.rights.includes(`${o.resource}|`)} />
          </div>
        ))}
        {e.rights ? <ValidationMessage>{e.rights}</ValidationMessage> : null}
      </Fieldset>
      <Fieldset data-testid="packages" className="space-y-2">
        <FieldsetLegend>Access packages</FieldsetLegend>
        <FieldsetDescription>Altinn&apos;s catalogue by area. Client packages (regnskapsfører, revisor, forretningsfører) are for agent systems, which are not visible to end users; packages marked &quot;not for agents&quot; cannot be asked for in an agent request.</FieldsetDescription>
        <ChosenPackages groups={props.packageOptions} initial={v.accessPackages} />
        {e.accessPackages ? <ValidationMessage>{e.accessPackages}</ValidationMessage> : null}
      </Fieldset>
      <Textfield
        label="Maskinporten client ids (one per line)"
        description={clientIdHint(props.clients, props.systemId)}
        name="clientId"
        multiline
        rows={3}
        defaultValue={v.clientId}
        error={e.clientId}
      />
      <Textfield
        label="Allowed redirect URLs (one per line)"
        description="Absolute https URLs; http only for localhost and 127.0.0.1. Where the customer returns after approving."
        name="allowedRedirectUrls"
        multiline
        rows={3}
        defaultValue={v.allowedRedirectUrls}
        error={e.allowedRedirectUrls}
      />
      <Checkbox label="Visible: end users can pick the system in Altinn (user-driven system users)" name="isVisible" defaultChecked={v.isVisible} />
      <Button type="submit" disabled={pending}>{props.systemId ? "Save system" : "Register system"}</Button>
    </form>
  );
}

function ChosenPackages(props: { groups: PackageOptionGroup[]; initial: string[] }) {
  const [selected, setSelected] = useState<string[]>(props.initial);
  return <PackagePicker groups={props.groups} selected={selected} onChange={setSelected} name="accessPackages" />;
}
