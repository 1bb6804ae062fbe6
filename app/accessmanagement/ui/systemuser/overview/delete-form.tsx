"use client";
// The confirm step of deleting a system user.
import Link from "next/link";
import { useActionState } from "react";
import { Alert, Button, Paragraph } from "@digdir/designsystemet-react";
import { deleteAction, type DeleteState } from "./actions";

export function DeleteForm({ systemUserId, title, clients }: { systemUserId: string; title: string; clients: { orgNo: string; name: string }[] }) {
  const [state, action, pending] = useActionState<DeleteState, FormData>(deleteAction, {});
  return (
    <form action={action} className="flex flex-col gap-3" data-testid="delete-confirm">
      <input type="hidden" name="systemUserId" value={systemUserId} />
      <Paragraph>
        Delete the system user <strong>{title}</strong>? Its rights are revoked at once and the system can no longer act
        for the organisation. This cannot be undone.
      </Paragraph>
      {clients.length > 0 ? (
        <Alert data-color="warning" data-testid="delete-clients">
          <Paragraph>
            {clients.length === 1 ? "Its client goes with it: the delegation is removed." : `Its ${clients.length} clients go with it: the delegation of each is removed.`}
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
      {state.error ? (
        <Alert data-color="danger" data-testid="delete-error">
          {state.error.title} ({state.error.code})
        </Alert>
      ) : null}
      <div className="flex gap-3">
        <Button type="submit" data-color="danger" disabled={pending}>
          Delete system user
        </Button>
        <Link href="/accessmanagement/ui/systemuser/overview" className="ds-button" data-variant="secondary">
          Cancel
        </Link>
      </div>
    </form>
  );
}
