"use client";
// Small forms of the scopes page, each showing its own result.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button, Textfield, ValidationMessage } from "@digdir/designsystemet-react";
import type { ScopeFormState } from "./actions";

type Action = (p: ScopeFormState, d: FormData) => Promise<ScopeFormState>;

function Result({ state }: { state: ScopeFormState }) {
  if (state.error) return <ValidationMessage data-testid="scope-error">{state.error}</ValidationMessage>;
  if (state.ok) return <p className="text-sm" data-testid="scope-ok" role="status">{state.ok}</p>;
  return null;
}

export function CreateScopeForm({ action, prefixes }: { action: Action; prefixes: string[] }) {
  const t = useTranslations("ScopeForms");
  const [state, formAction, pending] = useActionState<ScopeFormState, FormData>(action, {});
  return (
    <form action={formAction} className="grid gap-4 md:grid-cols-[1fr_1fr_auto] md:items-end" noValidate>
      <p className="text-sm md:col-span-3">
        {t.rich("naming", { pattern: "<prefix>:<name>", prefixes: prefixes.map((p) => `${p}:`).join(", "), code: (c) => <code>{c}</code> })}
      </p>
      <Textfield label={t("name")} name="name" autoComplete="off" data-testid="scope-create-name" />
      <Textfield label={t("description")} name="description" autoComplete="off" data-testid="scope-create-description" />
      <Button type="submit" disabled={pending} data-testid="scope-create-submit">
        {t("create")}
      </Button>
      <div className="md:col-span-3">
        <Result state={state} />
      </div>
    </form>
  );
}

export function GrantForm({ action, scope }: { action: Action; scope: string }) {
  const t = useTranslations("ScopeForms");
  const [state, formAction, pending] = useActionState<ScopeFormState, FormData>(action, {});
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-3" noValidate>
      <input type="hidden" name="scope" value={scope} />
      <Textfield label={t("grantLabel", { scope })} data-testid="scope-grant-org-no" name="orgNo" inputMode="numeric" autoComplete="off" data-size="sm" />
      <Button type="submit" data-size="sm" disabled={pending} data-testid="scope-grant-submit">
        {t("grant")}
      </Button>
      <div className="w-full">
        <Result state={state} />
      </div>
    </form>
  );
}

export function RevokeButton({ action, scope, orgNo, orgName }: { action: Action; scope: string; orgNo: string; orgName: string }) {
  const t = useTranslations("ScopeForms");
  const [state, formAction, pending] = useActionState<ScopeFormState, FormData>(action, {});
  return (
    <form action={formAction}>
      <input type="hidden" name="scope" value={scope} />
      <input type="hidden" name="orgNo" value={orgNo} />
      <Button type="submit" variant="tertiary" data-size="sm" disabled={pending} aria-label={t("revokeLabel", { scope, org: orgName })} data-testid="scope-revoke">
        {t("revoke")}
      </Button>
      {state.error ? <ValidationMessage>{state.error}</ValidationMessage> : null}
    </form>
  );
}
