"use client";
// Approve / Reject / Send videre for one request; the server decides what the person may do again.
// The data-testids are a stable contract for outside test suites (README "Test kit").
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ProblemAlert } from "./problem-alert";
import { Alert, Button } from "@digdir/designsystemet-react";
import type { DecisionState } from "./decide";

export interface DecisionFormProps {
  requestId: string;
  mayApprove: boolean;
  mayReject: boolean;
  mayEscalate: boolean;
  escalated: boolean;
  action: (prev: DecisionState, form: FormData) => Promise<DecisionState>;
}

export function DecisionForm({ requestId, mayApprove, mayReject, mayEscalate, escalated, action }: DecisionFormProps) {
  const t = useTranslations("Request");
  const [state, formAction, pending] = useActionState(action, {});
  const sent = escalated || state.escalated;
  return (
    <form action={formAction} className="flex flex-col gap-4">
      <input type="hidden" name="requestId" value={requestId} />
      <ProblemAlert error={state.error} testId="decision-error" />
      {state.escalated ? (
        <Alert data-color="success" data-testid="escalated-notice">
          {t("escalatedNotice")}
        </Alert>
      ) : null}
      <div className="flex flex-wrap gap-3">
        {mayApprove ? (
          <Button type="submit" name="decision" value="approve" disabled={pending} data-testid="decision-approve">
            {t("approve")}
          </Button>
        ) : null}
        {mayReject ? (
          <Button type="submit" name="decision" value="reject" variant="secondary" disabled={pending} data-testid="decision-reject">
            {t("reject")}
          </Button>
        ) : null}
        {mayEscalate && !mayApprove && !sent ? (
          <Button type="submit" name="decision" value="escalate" variant="secondary" disabled={pending} data-testid="decision-escalate">
            {t("escalate")}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
