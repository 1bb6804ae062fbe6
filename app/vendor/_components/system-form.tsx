"use client";
// Register or edit a system (reference §2): every field of the API's body, errors per field.
import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { Alert, Button, Checkbox, Fieldset, FieldsetDescription, FieldsetLegend, Textfield, ValidationMessage } from "@digdir/designsystemet-react";
import type { SystemFormState, SystemFormValues } from "@/lib/registry/form";
import type { RightOption } from "@/lib/registry/options";
import { clientIdHint, type VendorClientOption } from "@/lib/registry/client-hint";
import type { PackageOptionGroup } from "@/lib/parties/package-options";
import { PackagePicker } from "@/app/_components/package-picker";

type Action = (prev: SystemFormState, data: FormData) => Promise<SystemFormState>;
const LANGS = ["nb", "nn", "en"] as const;

export function SystemForm(props: {
  vendorOrgNo: string;
  systemId?: string;
  initial: SystemFormValues;
  rightOptions: RightOption[];
  packageOptions: PackageOptionGroup[];
  clients: VendorClientOption[];
  action: Action;
}) {
  const t = useTranslations("SystemForm");
  const [state, formAction, pending] = useActionState<SystemFormState, FormData>(props.action, { errors: {} });
  const v = state.values ?? props.initial;
  const e = state.errors;
  return (
    <form action={formAction} className="space-y-6" noValidate key={JSON.stringify(v)}>
      {props.systemId ? <input type="hidden" name="systemId" value={props.systemId} /> : null}
      {e.form ? <Alert data-color="danger" data-testid="form-error">{e.form}</Alert> : null}
      {Object.keys(e).length > 0 && !e.form ? <Alert data-color="danger" data-testid="form-error">{t("notSaved")}</Alert> : null}
      <Textfield
        label={t("systemId")}
        description={props.systemId ? t("idFixed") : t("idHint", { orgNo: props.vendorOrgNo })}
        data-testid="system-form-id"
        prefix={props.systemId ? undefined : `${props.vendorOrgNo}_`}
        name="idName"
        defaultValue={props.systemId ?? v.idName}
        readOnly={Boolean(props.systemId)}
        error={e.idName}
      />
      {(["name", "description"] as const).map((k) => (
        <div key={k} className="grid gap-4 md:grid-cols-3">
          {LANGS.map((l) => (
            <Textfield key={l} label={t(k === "name" ? "nameIn" : "descriptionIn", { lang: t(`lang.${l}`) })} data-testid={`system-form-${k}-${l}`} name={`${k}.${l}`} defaultValue={v[k][l]} error={e[`${k}.${l}`] ?? e[k]} />
          ))}
        </div>
      ))}
      <Fieldset data-testid="rights" className="space-y-2">
        <FieldsetLegend>{t("rights")}</FieldsetLegend>
        {props.rightOptions.map((o) => (
          <div key={o.resource} className="flex flex-wrap items-center gap-x-6 gap-y-1">
            <span className="w-full text-sm font-medium">{o.title} <code>{o.resource}</code> · {o.resourceType}</span>
            {o.actions.map((a) => (
              <Checkbox key={a} label={a} name="rights" value={`${o.resource}|${a}`} defaultChecked={v.rights.includes(`${o.resource}|${a}`)} />
            ))}
            <Checkbox label={t("everyAction")} name="rights" value={`${o.resource}|`} defaultChecked={v.rights.includes(`${o.resource}|`)} />
          </div>
        ))}
        {e.rights ? <ValidationMessage>{e.rights}</ValidationMessage> : null}
      </Fieldset>
      <Fieldset data-testid="packages" className="space-y-2">
        <FieldsetLegend>{t("packages")}</FieldsetLegend>
        <FieldsetDescription>{t("packagesHint")}</FieldsetDescription>
        <ChosenPackages groups={props.packageOptions} initial={v.accessPackages} />
        {e.accessPackages ? <ValidationMessage>{e.accessPackages}</ValidationMessage> : null}
      </Fieldset>
      <Textfield
        label={t("clientIds")}
        description={clientIdHint(props.clients, props.systemId, t)}
        data-testid="system-form-client-ids"
        name="clientId"
        multiline
        rows={3}
        defaultValue={v.clientId}
        error={e.clientId}
      />
      <Textfield
        label={t("redirectUrls")}
        description={t("redirectHint")}
        data-testid="system-form-redirect-urls"
        name="allowedRedirectUrls"
        multiline
        rows={3}
        defaultValue={v.allowedRedirectUrls}
        error={e.allowedRedirectUrls}
      />
      <Checkbox label={t("visible")} name="isVisible" defaultChecked={v.isVisible} data-testid="system-form-visible" />
      <Button type="submit" disabled={pending} data-testid="system-form-submit">{props.systemId ? t("save") : t("register")}</Button>
    </form>
  );
}

function ChosenPackages(props: { groups: PackageOptionGroup[]; initial: string[] }) {
  const [selected, setSelected] = useState<string[]>(props.initial);
  return <PackagePicker groups={props.groups} selected={selected} onChange={setSelected} name="accessPackages" />;
}
