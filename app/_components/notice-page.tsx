// A page that only says why nothing is shown (a refusal, an unknown id): a heading, the reason in a danger
// alert, and what the person can do next.
import type { ReactNode } from "react";
import { Alert, Heading } from "@digdir/designsystemet-react";

export function NoticePage({ testId, title, documentTitle = false, reason, children }: { testId: string; title: string; documentTitle?: boolean; reason: ReactNode; children?: ReactNode }) {
  return (
    <div className="max-w-2xl flex flex-col gap-4" data-testid={testId}>
      {documentTitle ? <title>{title}</title> : null}
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      <Alert data-color="danger">{reason}</Alert>
      {children}
    </div>
  );
}
