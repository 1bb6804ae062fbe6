"use client";
// The clients delegated to the agent system user, each with a remove button.
import { useActionState } from "react";
import { Alert, Button, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@digdir/designsystemet-react";
import type { DelegatedClientView } from "@/lib/clients/service";
import { removeClientAction, type RemoveState } from "./actions";

export function DelegatedClients({ agentId, clients }: { agentId: string; clients: DelegatedClientView[] }) {
  const [state, action, pending] = useActionState<RemoveState, FormData>(removeClientAction, {});
  return (
    <form action={action} className="space-y-4" data-testid="delegated-clients">
      <input type="hidden" name="agent" value={agentId} />
      {state.error ? <Alert data-color="danger">{state.error}</Alert> : null}
      {state.removed ? <Alert data-color="success">{state.removed} was removed from the system user.</Alert> : null}
      {clients.length === 0 ? (
        <Paragraph>No clients are delegated to this system user yet.</Paragraph>
      ) : (
        <Table className="w-full">
          <TableHead>
            <TableRow>
              <TableHeaderCell>Client</TableHeaderCell>
              <TableHeaderCell>Relation</TableHeaderCell>
              <TableHeaderCell>Delegated</TableHeaderCell>
              <TableHeaderCell>
                <span className="sr-only">Remove</span>
              </TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {clients.map((c) => (
              <TableRow key={c.clientId} data-testid={`delegated-${c.clientId}`}>
                <TableCell>
                  <div className="font-medium">{c.clientOrganizationName}</div>
                  <div className="text-sm text-[var(--ds-color-neutral-text-subtle)]">Org. no. {c.clientOrganizationNumber}</div>
                </TableCell>
                <TableCell>{c.roles.map((r) => r.title).join(", ") || "No longer a client"}</TableCell>
                <TableCell>{c.delegated.slice(0, 10)}</TableCell>
                <TableCell>
                  <Button type="submit" name="client" value={c.clientId} variant="tertiary" data-color="danger" data-size="sm" disabled={pending} aria-label={`Remove ${c.clientOrganizationName}`}>
                    Remove
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </form>
  );
}
