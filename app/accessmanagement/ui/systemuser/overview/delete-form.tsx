"use client";
// The confirm step of deleting a system user.
import Link from "@/app/_components/link";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert, Button, Paragraph } from "@digdir/designsystemet-react";
import { ProblemAlert } from "../_components/problem-alert";
import { deleteAction, type DeleteState } from "./actions";

export function DeleteForm({ systemUserId, title, clients }: { systemUserId: string; title: string; clients: { orgNo: string; name: string }[] }) {
  const t = useTranslations("Overview");
  const [state, action, pending] = useActionState<DeleteState, FormData>(deleteAction, {});
  return (
    <form action={action} className="flex flex-col gap-3" data-testid="delete-confirm">
      <input type="hidden" name="systemUserId" value={systemUserId} />
      <Paragraph>{t.rich("deleteConfirm", { title, strong: (c) => <strong>{c}</strong> })}</Paragraph>
      {clients.length > 0 ? (
        <Alert data-color="warning" data-testid="delete-clients">
          <Paragraph>
            {t("deleteClients", { count: clients.length })}
          </Paragraph>
          <ul className="list-disc pl-6">
            {clients.map((c) => (
              <li key={c.orgNo} data-testid="delete-client">
                {c.name} ({c.orgNo})
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
      <ProblemAlert error={state.error} testId="delete-error" />
      <div className="flex gap-3">
        <Button type="submit" data-color="danger" disabled={pending} data-testid="overview-delete-confirm">
          {t("deleteSubmit")}
        </Button>
        <Link href="/accessmanagement/ui/systemuser/overview" className="ds-button" data-variant="secondary" data-testid="overview-delete-cancel">
          {t("cancel")}
        </Link>
      </div>
    </form>
  );
}
