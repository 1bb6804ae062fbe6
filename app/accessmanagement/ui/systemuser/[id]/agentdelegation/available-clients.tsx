"use client";
// The firm's clients not yet delegated: add one, the ticked ones, or all that can be added.
import { useActionState } from "react";
import { Alert, Button, Checkbox, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow, Tag } from "@digdir/designsystemet-react";
import type { AvailableClientView } from "@/lib/clients/rules";
import { addClientsAction, type AddState } from "./actions";

const STATUS_TEXT = { added: "added", alreadyDelegated: "was already delegated", refused: "was not added" } as const;

export function AvailableClients({ agentId, clients }: { agentId: string; clients: AvailableClientView[] }) {
  const [state, action, pending] = useActionState<AddState, FormData>(addClientsAction, {});
  const addable = clients.filter((c) => c.canAdd).length;
  return (
    <form action={action} className="space-y-4" data-testid="available-clients">
      <input type="hidden" name="agent" value={agentId} />
      {state.error ? <Alert data-color="danger">{state.error}</Alert> : null}
      {state.outcomes ? (
        <Alert data-color={state.outcomes.some((o) => o.status === "refused") ? "warning" : "success"} data-testid="add-result">
          <ul className="space-y-1">
            {state.outcomes.map((o) => (
              <li key={o.clientId}>
                {o.clientOrganizationName ?? o.clientId} {STATUS_TEXT[o.status]}
                {o.detail ? `: ${o.detail} (${o.code})` : "."}
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {clients.length === 0 ? (
        <Paragraph>Every client of the firm is delegated to this system user.</Paragraph>
      ) : (
        <Table className="w-full">
          <TableHead>
            <TableRow>
              <TableHeaderCell>
                <span className="sr-only">Select</span>
              </TableHeaderCell>
              <TableHeaderCell>Client</TableHeaderCell>
              <TableHeaderCell>Relation</TableHeaderCell>
              <TableHeaderCell>Access packages given to the firm</TableHeaderCell>
              <TableHeaderCell>
                <span className="sr-only">Add</span>
              </TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {clients.map((c) => (
              <TableRow key={c.clientId} data-testid={`available-${c.clientId}`}>
                <TableCell>
                  <Checkbox aria-label={`Select ${c.clientOrganizationName}`} name="client" value={c.clientId} disabled={!c.canAdd} />
                </TableCell>
                <TableCell>
                  <div className="font-medium">{c.clientOrganizationName}</div>
                  <div className="text-sm text-[var(--ds-color-neutral-text-subtle)]">Org. no. {c.clientOrganizationNumber}</div>
                </TableCell>
                <TableCell>{c.roles.map((r) => r.title).join(", ") || "Delegated package"}</TableCell>
                <TableCell>
                  <div className="flex flex-wrap gap-1">
                    {c.accessPackages.map((p) => (
                      <Tag key={p.urn} data-size="sm" data-color="neutral" title={p.urn}>
                        {p.name}
                      </Tag>
                    ))}
                  </div>
                </TableCell>
                <TableCell className="min-w-56">
                  {c.canAdd ? (
                    <Button type="submit" name="add" value={c.clientId} variant="secondary" data-size="sm" disabled={pending} aria-label={`Add ${c.clientOrganizationName}`}>
                      Add
                    </Button>
                  ) : (
                    <p className="text-sm text-[var(--ds-color-danger-text-default)]" data-testid="cannot-add" title={c.reason?.detail}>
                      Cannot be added ({c.reason?.code}): the client does not give the firm{" "}
                      {c.reason?.missingAccessPackages.map((p) => p.name).join(", ")}, which the system user holds.
                    </p>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <div className="flex flex-wrap gap-3">
        <Button type="submit" name="add" value="selected" disabled={pending || addable === 0}>
          Add selected
        </Button>
        <Button type="submit" name="add" value="all" variant="secondary" disabled={pending || addable === 0}>
          Add all that can be added ({addable})
        </Button>
      </div>
    </form>
  );
}
