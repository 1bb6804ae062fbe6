"use client";
import { useActionState } from "react";
import { Button, Textfield } from "@digdir/designsystemet-react";
import { login, type LoginState } from "../actions/session";

export function LoginForm({ callbackUrl, initialError }: { callbackUrl: string; initialError?: string }) {
  const [state, action, pending] = useActionState<LoginState, FormData>(login, { error: initialError });
  return (
    <form action={action} className="flex max-w-md flex-col gap-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Textfield
        label="National identity number (fødselsnummer)"
        description="11 digits. Synthetic test numbers add 80 to the month, e.g. 06857897380."
        name="pid"
        inputMode="numeric"
        autoComplete="off"
        defaultValue={state.pid ?? ""}
        error={state.error}
      />
      <Button type="submit" disabled={pending} className="self-start">
        Log in
      </Button>
    </form>
  );
}
