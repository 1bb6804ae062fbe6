"use client";
// Registering a client key: paste a public JWK, or delete one. (Generating in the browser: generate-key.tsx.)
import { useActionState, useState } from "react";
import { Alert, Button, Textfield } from "@digdir/designsystemet-react";
import { addKeyAction, deleteKeyAction, type ClientFormState } from "./actions";

/** `demoJwk`: SmartCloud's demo public key, offered so that the console and the CLI can sign for the client. */
export function PasteKeyForm({ clientId, demoJwk }: { clientId: string; demoJwk: string }) {
  const [state, action, pending] = useActionState<ClientFormState, FormData>(addKeyAction, { errors: {} });
  const [demo, setDemo] = useState<string | null>(null);
  return (
    <form action={action} className="flex flex-col gap-3" noValidate data-testid="paste-key-form">
      <input type="hidden" name="clientId" value={clientId} />
      {state.message ? <Alert data-color="success">{state.message}</Alert> : null}
      {state.errors.form ? <Alert data-color="danger">{state.errors.form}</Alert> : null}
      <Textfield
        label="Public key (JWK)"
        description='An RSA public key of at least 2048 bits with a kid: {"kty":"RSA","kid":"...","n":"...","e":"AQAB"}. Never paste a private key.'
        name="jwk"
        multiline
        rows={5}
        defaultValue={demo ?? (state.message ? "" : (state.jwk ?? ""))}
        key={demo ? `demo-${state.message ?? ""}` : (state.message ?? "draft")}
        error={state.errors.jwk}
      />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending}>
          Register key
        </Button>
        <Button type="button" variant="secondary" onClick={() => setDemo(demoJwk)} data-testid="use-demo-key">
          Fill in the demo public key
        </Button>
      </div>
      <p className="text-sm">
        The demo key&apos;s private half is committed in <code>prisma/fixtures/demo-keys/smartcloud.private.jwk.json</code>:
        with it on a client, the portal&apos;s console and <code>npm run vendor</code> can sign grants for that client. For
        anything but this simulator, generate your own key.
      </p>
    </form>
  );
}

export function DeleteKeyButton({ clientId, kid }: { clientId: string; kid: string }) {
  const [state, action, pending] = useActionState<ClientFormState, FormData>(deleteKeyAction, { errors: {} });
  return (
    <form action={action} className="flex items-center gap-2">
      <input type="hidden" name="clientId" value={clientId} />
      <input type="hidden" name="kid" value={kid} />
      <Button type="submit" variant="tertiary" data-color="danger" data-size="sm" disabled={pending} aria-label={`Delete key ${kid}`}>
        Delete
      </Button>
      {state.errors.form ? <span className="text-sm text-[var(--ds-color-danger-text-default)]">{state.errors.form}</span> : null}
    </form>
  );
}
