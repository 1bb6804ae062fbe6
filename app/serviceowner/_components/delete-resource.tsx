"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Alert, Button } from "@digdir/designsystemet-react";
import type { DeleteState } from "../resources/actions";

export function DeleteResource({ identifier, action }: { identifier: string; action: (p: DeleteState, d: FormData) => Promise<DeleteState> }) {
  const t = useTranslations("ResourceForm");
  const [state, formAction, pending] = useActionState<DeleteState, FormData>(action, {});
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="identifier" value={identifier} />
      {state.error ? <Alert data-color="danger" data-testid="delete-error">{state.error}</Alert> : null}
      <Button type="submit" variant="secondary" data-color="danger" disabled={pending} data-testid="resource-delete">
        {t("deleteResource")}
      </Button>
    </form>
  );
}
