"use client";
// The clients delegated to the agent system user, each with a remove button.
import { useActionState, useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { Alert, Button, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow, Tag } from "@digdir/designsystemet-react";
import type { DelegatedClientView } from "@/lib/clients/service";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locale";
import { removeClientAction, type RemoveState } from "./actions";

export function DelegatedClients({ agentId, clients, locale }: { agentId: string; clients: DelegatedClientView[]; locale: Locale }) {
  const t = useTranslations("Clients");
  const own = useTranslations("OwnOrganisation");
  const [state, action, pending] = useActionState<RemoveState, FormData>(removeClientAction, {});
  const result = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.removed || state.error) result.current?.focus();
  }, [state]);
  return (
    <form action={action} className="space-y-4" data-testid="delegated-clients">
      <input type="hidden" name="agent" value={agentId} />
      <div ref={result} tabIndex={-1} className="outline-none" data-testid="clients-remove-feedback">
        {state.error ? <Alert data-color="danger">{state.error}</Alert> : null}
        {state.removed ? <Alert data-color="success">{t("removed", { name: state.removed })}</Alert> : null}
      </div>
      {clients.length === 0 ? (
        <Paragraph>{t("noneDelegated")}</Paragraph>
      ) : (
        <Table className="w-full">
          <TableHead>
            <TableRow>
              <TableHeaderCell>{t("client")}</TableHeaderCell>
              <TableHeaderCell>{t("relation")}</TableHeaderCell>
              <TableHeaderCell>{t("delegated")}</TableHeaderCell>
              <TableHeaderCell>
                <span className="sr-only">{t("remove")}</span>
              </TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {clients.map((c) => (
              <TableRow key={c.clientId} data-testid={`delegated-${c.clientId}`}>
                <TableCell>
                  <div className="font-medium">{c.clientOrganizationName}</div>
                  <div className="text-sm text-[var(--ds-color-neutral-text-subtle)]">{t("orgNo", { orgNo: c.clientOrganizationNumber })}</div>
                </TableCell>
                <TableCell>
                  {c.self ? (
                    <Tag data-color="accent" data-testid="own-organisation-tag">
                      {own("tag")}
                    </Tag>
                  ) : (
                    c.roles.map((r) => r.title).join(", ") || t("noLongerClient")
                  )}
                </TableCell>
                <TableCell>{formatDate(c.delegated, locale)}</TableCell>
                <TableCell>
                  {/* the own organisation is removed below, by an access manager (lib/clients/self.ts) */}
                  {c.self ? null : <Button type="submit" name="client" value={c.clientId} variant="tertiary" data-color="danger" data-size="sm" disabled={pending} aria-label={t("removeNamed", { name: c.clientOrganizationName })} data-testid="clients-remove">
                    {t("remove")}
                  </Button>}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </form>
  );
}
