"use client";
import { useTranslations } from "next-intl";
// The client's scopes, chosen among those granted to the organisation.
import { useActionState } from "react";
import { Alert, Button, Checkbox, Fieldset, FieldsetLegend, ValidationMessage } from "@digdir/designsystemet-react";
import { updateScopesAction, type ClientFormState } from "./actions";

export function ScopesForm({ clientId, granted, current }: { clientId: string; granted: { name: string; description: string }[]; current: string[] }) {
  const t = useTranslations("MaskinportenForms");
  const [state, action, pending] = useActionState<ClientFormState, FormData>(updateScopesAction, { errors: {} });
  return (
    <form action={action} className="flex flex-col gap-3" noValidate data-testid="scopes-form">
      <input type="hidden" name="clientId" value={clientId} />
      {state.message ? <Alert data-color="success">{state.message}</Alert> : null}
      {state.errors.form ? <Alert data-color="danger">{state.errors.form}</Alert> : null}
      <Fieldset>
        <FieldsetLegend>{t("clientScopes")}</FieldsetLegend>
        {granted.map((s) => (
          <Checkbox key={s.name} name="scopes" value={s.name} label={s.name} description={s.description} defaultChecked={current.includes(s.name)} />
        ))}
        {state.errors.scopes ? <ValidationMessage>{state.errors.scopes}</ValidationMessage> : null}
      </Fieldset>
      <Button type="submit" variant="secondary" disabled={pending} className="self-start" data-testid="mp-scopes-save">
        {t("saveScopes")}
      </Button>
    </form>
  );
}
