"use client";
import { useTranslations } from "next-intl";
// Registering a client key: paste a public JWK, or delete one. (Generating in the browser: generate-key.tsx.)
import { useActionState, useState } from "react";
import { Alert, Button, Textfield } from "@digdir/designsystemet-react";
import { addKeyAction, deleteKeyAction, type ClientFormState } from "./actions";

/** `demoJwk`: SmartCloud's demo public key, offered so that the console and the CLI can sign for the client. */
export function PasteKeyForm({ clientId, demoJwk }: { clientId: string; demoJwk: string }) {
  const t = useTranslations("MaskinportenForms");
  const [state, action, pending] = useActionState<ClientFormState, FormData>(addKeyAction, { errors: {} });
  const [demo, setDemo] = useState<string | null>(null);
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
        defaultValue={demo ?? (state.message ? "" : (state.jwk ?? ""))}
        key={demo ? `demo-${state.message ?? ""}` : (state.message ?? "draft")}
        error={state.errors.jwk}
      />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending} data-testid="mp-key-register">
          {t("registerKey")}
        </Button>
        <Button type="button" variant="secondary" onClick={() => setDemo(demoJwk)} data-testid="use-demo-key">
          {t("fillDemoKey")}
        </Button>
      </div>
      <p className="text-sm">
        {t.rich("demoKeyNote", {
          file: () => <code>prisma/fixtures/demo-keys/smartcloud.private.jwk.json</code>,
          cli: () => <code>npm run vendor</code>,
        })}
      </p>
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
