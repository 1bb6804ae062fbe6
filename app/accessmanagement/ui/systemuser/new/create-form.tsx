"use client";
import Link from "@/app/_components/link";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ProblemAlert } from "../_components/problem-alert";
import { Button, Textfield } from "@digdir/designsystemet-react";
import { createAction, type CreateState } from "./actions";

export function CreateForm({ systemId, defaultTitle, disabled }: { systemId: string; defaultTitle: string; disabled: boolean }) {
  const t = useTranslations("NewSystemUser");
  const [state, action, pending] = useActionState<CreateState, FormData>(createAction, {});
  return (
    <form action={action} className="max-w-xl flex flex-col gap-4" noValidate>
      <input type="hidden" name="systemId" value={systemId} />
      <Textfield
        label={t("integrationLabel")}
        description={t("integrationHint")}
        data-testid="new-system-title"
        name="integrationTitle"
        defaultValue={state.integrationTitle ?? defaultTitle}
        error={state.fieldErrors?.integrationTitle}
      />
      <ProblemAlert error={state.error} testId="create-error" />
      <div className="flex gap-3">
        <Button type="submit" disabled={pending || disabled} data-testid="new-system-create">
          {t("title")}
        </Button>
        <Link href="/accessmanagement/ui/systemuser/new" className="ds-button" data-variant="secondary" data-testid="new-system-other">
          {t("chooseOther")}
        </Link>
      </div>
    </form>
  );
}
