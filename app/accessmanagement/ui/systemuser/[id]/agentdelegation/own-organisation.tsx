"use client";
// The firm's own organisation on its agent system user (self-delegation): add or remove it, as Altinn's
// client page offers it to an access manager ("Legg til din virksomhet").
import { useActionState, useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { Alert, Button, Paragraph } from "@digdir/designsystemet-react";
import { ownOrganisationAction, type OwnOrganisationState } from "./actions";

interface Props {
  agentId: string;
  orgName: string;
  added: boolean;
  offer: "offered" | "not-access-manager" | "not-assignable";
}

export function OwnOrganisation({ agentId, orgName, added, offer }: Props) {
  const t = useTranslations("OwnOrganisation");
  const [state, action, pending] = useActionState<OwnOrganisationState, FormData>(ownOrganisationAction, {});
  // the result is announced (role=status / alert) and gets the focus (WCAG 2.4.3, 4.1.3)
  const result = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.done || state.error) result.current?.focus();
  }, [state]);
  return (
    <form action={action} className="space-y-3" data-testid="own-organisation">
      <input type="hidden" name="agent" value={agentId} />
      <Paragraph data-size="sm" data-testid="own-organisation-status">
        {added ? t("isAdded", { org: orgName }) : t("notAdded", { org: orgName })}
      </Paragraph>
      <div ref={result} tabIndex={-1} className="outline-none" data-testid="own-organisation-feedback">
        {state.error ? (
          <Alert data-color="danger" role="alert">
            {state.error}
          </Alert>
        ) : null}
        {state.done ? (
          <Alert data-color="success" role="status">
            {t(state.done, { org: orgName })}
          </Alert>
        ) : null}
      </div>
      {offer === "offered" ? (
        <Button
          type="submit"
          name="own"
          value={added ? "remove" : "add"}
          variant="secondary"
          data-color={added ? "danger" : undefined}
          disabled={pending}
          data-testid={added ? "own-organisation-remove" : "own-organisation-add"}
        >
          {added ? t("remove") : t("add")}
        </Button>
      ) : (
        <Alert data-color="info" data-testid="own-organisation-unavailable">
          {t(offer === "not-access-manager" ? "notAccessManager" : "notAssignable", { org: orgName })}
        </Alert>
      )}
    </form>
  );
}
