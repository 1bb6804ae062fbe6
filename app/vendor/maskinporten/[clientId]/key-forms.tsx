"use client";
import { useTranslations } from "next-intl";
// Registering a client key: paste a public JWK, or delete one. (Generating in the browser: generate-key.tsx.)
import { useActionState } from "react";
import { Alert, Button, Textfield } from "@digdir/designsystemet-react";
import { addKeyAction, deleteKeyAction, type ClientFormState } from "./actions";

export function PasteKeyForm({ clientId }: { clientId: string }) {
  const t = useTranslations("MaskinportenForms");
  const [state, action, pending] = useActionState<ClientFormState, FormData>(addKeyAction, { errors: {} });
  return (
    <form action={action} className="flex flex-col gap-3" noValidate data-testid="paste-key-form">
      <input type="hidden" name="clientId" value={clientId} />
      {state.message ? <Alert data-color="success">{state.message}</Alert> : null}
      {state.errors.form ? <Alert data-color="danger">{state.errors.form}</Alert> : null}
      <Textfield
        label={t("jwk")}
        description={t("jwkHint", { example: '{"kty":"RSA","kid":"...","n":"...","e":"AQAB"}' })}
        data-testid="mp-key-jwk"
        name="jwk"
        multiline
        rows={5}
        defaultValue={state.message ? "" : (state.jwk ?? "")}
        key={state.message ?? "draft"}
        error={state.errors.jwk}
      />
      <Button type="submit" disabled={pending} className="self-start" data-testid="mp-key-register">
        {t("registerKey")}
      </Button>
    </form>
  );
}

export function DeleteKeyButton({ clientId, kid }: { clientId: string; kid: string }) {
  const t = useTranslations("MaskinportenForms");
  const [state, action, pending] = useActionState<ClientFormState, FormData>(deleteKeyAction, { errors: {} });
  return (
    <form action={action} className="flex items-center gap-2">
      <input type="hidden" name="clientId" value={clientId} />
      <input type="hidden" name="kid" value={kid} />
      <Button type="submit" variant="tertiary" data-color="danger" data-size="sm" disabled={pending} aria-label={t("deleteKey", { kid })} data-testid="mp-key-delete">
        {t("delete")}
      </Button>
      {state.errors.form ? <span className="text-sm text-[var(--ds-color-danger-text-default)]">{state.errors.form}</span> : null}
    </form>
  );
}
