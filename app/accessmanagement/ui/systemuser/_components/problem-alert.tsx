// A refused action's problem (title, code, detail) on the end user's forms.
import { Alert, Paragraph } from "@digdir/designsystemet-react";

export interface ProblemView {
  code: string;
  title: string;
  detail?: string;
}

export function ProblemAlert({ error, testId }: { error: ProblemView | undefined; testId: string }) {
  if (!error) return null;
  return (
    <Alert data-color="danger" data-testid={testId}>
      <Paragraph>
        <strong>{error.title}</strong> ({error.code})
      </Paragraph>
      {error.detail ? <Paragraph data-size="sm">{error.detail}</Paragraph> : null}
    </Alert>
  );
}
