"use client";
// The firm's clients not yet delegated: add one, the ticked ones, or all that can be added.
import { useActionState, useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { Alert, Button, Checkbox, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow, Tag } from "@digdir/designsystemet-react";
import type { AvailableClientView } from "@/lib/clients/rules";
import { addClientsAction, type AddState } from "./actions";

export function AvailableClients({ agentId, clients }: { agentId: string; clients: AvailableClientView[] }) {
  const t = useTranslations("Clients");
  const [state, action, pending] = useActionState<AddState, FormData>(addClientsAction, {});
  // After adding, focus goes to what happened (WCAG 2.4.3): the result, or the error.
  const result = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.outcomes || state.error) result.current?.focus();
  }, [state]);
  const addable = clients.filter((c) => c.canAdd).length;
  return (
    <form action={action} className="space-y-4" data-testid="available-clients">
      <input type="hidden" name="agent" value={agentId} />
      <div ref={result} tabIndex={-1} className="outline-none" data-testid="clients-add-feedback">
      {state.error ? <Alert data-color="danger" data-testid="add-error">{state.error}</Alert> : null}
      {state.outcomes ? (
        <Alert data-color={state.outcomes.some((o) => o.status === "refused") ? "warning" : "success"} data-testid="add-result">
          <ul className="space-y-1">
            {state.outcomes.map((o) => (
              <li key={o.clientId}>
                {o.clientOrganizationName ?? o.clientId} {t(`outcome.${o.status}`)}
                {o.detail ? `: ${o.detail} (${o.code})` : "."}
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
      </div>
      {clients.length === 0 ? (
        <Paragraph>{t("allDelegated")}</Paragraph>
      ) : (
        <Table className="w-full">
          <TableHead>
            <TableRow>
              <TableHeaderCell>
                <span className="sr-only">{t("select")}</span>
              </TableHeaderCell>
              <TableHeaderCell>{t("client")}</TableHeaderCell>
              <TableHeaderCell>{t("relation")}</TableHeaderCell>
              <TableHeaderCell>{t("packagesGiven")}</TableHeaderCell>
              <TableHeaderCell>
                <span className="sr-only">{t("add")}</span>
              </TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {clients.map((c) => (
              <TableRow key={c.clientId} data-testid={`available-${c.clientId}`}>
                <TableCell>
                  <Checkbox aria-label={t("selectNamed", { name: c.clientOrganizationName })} name="client" value={c.clientId} disabled={!c.canAdd} data-testid="clients-select" />
                </TableCell>
                <TableCell>
                  <div className="font-medium">{c.clientOrganizationName}</div>
                  <div className="text-sm text-[var(--ds-color-neutral-text-subtle)]">{t("orgNo", { orgNo: c.clientOrganizationNumber })}</div>
                </TableCell>
                <TableCell>{c.roles.map((r) => r.title).join(", ") || t("delegatedPackage")}</TableCell>
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
                    <Button type="submit" name="add" value={c.clientId} variant="secondary" data-size="sm" disabled={pending} aria-label={t("addNamed", { name: c.clientOrganizationName })} data-testid="clients-add-one">
                      {t("add")}
                    </Button>
                  ) : (
                    <p className="text-sm text-[var(--ds-color-danger-text-default)]" data-testid="cannot-add" title={c.reason?.detail}>
                      {t("cannotAdd", { code: c.reason?.code ?? "", packages: c.reason?.missingAccessPackages.map((p) => p.name).join(", ") ?? "" })}
                    </p>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <div className="flex flex-wrap gap-3">
        <Button type="submit" name="add" value="selected" disabled={pending || addable === 0} data-testid="clients-add-selected">
          {t("addSelected")}
        </Button>
        <Button type="submit" name="add" value="all" variant="secondary" disabled={pending || addable === 0} data-testid="clients-add-all">
          {t("addAll", { count: addable })}
        </Button>
      </div>
    </form>
  );
}
