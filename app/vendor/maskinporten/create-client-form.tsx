"use client";
import { useTranslations } from "next-intl";
// New Maskinporten client: name, description and scopes chosen among those granted to the organisation.
import { useActionState } from "react";
import { Alert, Button, Checkbox, Fieldset, FieldsetDescription, FieldsetLegend, Textfield, ValidationMessage } from "@digdir/designsystemet-react";
import { createClientAction, type CreateClientState } from "./actions";

export function CreateClientForm({ scopes }: { scopes: { name: string; description: string }[] }) {
  const t = useTranslations("MaskinportenForms");
  const [state, action, pending] = useActionState<CreateClientState, FormData>(createClientAction, { errors: {} });
  const v = state.values;
  return (
    <form action={action} className="flex max-w-2xl flex-col gap-4" noValidate data-testid="create-client-form">
      {state.errors.form ? <Alert data-color="danger">{state.errors.form}</Alert> : null}
      <Textfield label={t("name")} data-testid="mp-create-name" name="name" defaultValue={v?.name ?? ""} error={state.errors.name} autoComplete="off" />
      <Textfield label={t("description")} data-testid="mp-create-description" name="description" defaultValue={v?.description ?? ""} error={state.errors.description} multiline rows={2} />
      <Fieldset>
        <FieldsetLegend>{t("scopes")}</FieldsetLegend>
        <FieldsetDescription>{t("scopesHint")}</FieldsetDescription>
        {scopes.map((s) => (
          <Checkbox key={s.name} name="scopes" value={s.name} label={s.name} description={s.description} defaultChecked={v?.scopes.includes(s.name)} />
        ))}
        {state.errors.scopes ? <ValidationMessage>{state.errors.scopes}</ValidationMessage> : null}
      </Fieldset>
      <Button type="submit" disabled={pending} className="self-start" data-testid="mp-create-submit">
        {t("create")}
      </Button>
    </form>
  );
}
