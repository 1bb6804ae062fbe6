// A refused action's problem on the end user's forms: the code's human text in the page's language
// (Problems.<code> in the message files), else the API's own title; the code and detail as the API gave them.
import { useTranslations } from "next-intl";
import { Alert, Paragraph } from "@digdir/designsystemet-react";

export interface ProblemView {
  code: string;
  title: string;
  detail?: string;
}

export function ProblemAlert({ error, testId }: { error: ProblemView | undefined; testId: string }) {
  const t = useTranslations("Problems");
  if (!error) return null;
  return (
    <Alert data-color="danger" data-testid={testId}>
      <Paragraph>
        <strong>{t.has(error.code) ? t(error.code) : error.title}</strong> ({error.code})
      </Paragraph>
      {error.detail ? <Paragraph data-size="sm">{error.detail}</Paragraph> : null}
    </Alert>
  );
}
