"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button, Textfield } from "@digdir/designsystemet-react";
import type { LoginErrorCode } from "@/lib/auth/login-errors";
import { login, type LoginState } from "../actions/session";

export function LoginForm({ callbackUrl, initialError }: { callbackUrl: string; initialError?: LoginErrorCode }) {
  const t = useTranslations("Login");
  const [state, action, pending] = useActionState<LoginState, FormData>(login, { error: initialError });
  return (
    <form action={action} className="flex max-w-md flex-col gap-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Textfield
        label={t("pidLabel")}
        description={t("pidHint")}
        name="pid"
        inputMode="numeric"
        autoComplete="off"
        defaultValue={state.pid ?? ""}
        error={state.error ? t(`errors.${state.error}`) : undefined}
        data-testid="login-pid"
      />
      <Button type="submit" disabled={pending} className="self-start" data-testid="login-submit">
        {t("submit")}
      </Button>
    </form>
  );
}
