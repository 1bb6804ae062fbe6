// An unknown or malformed request id: nothing to show.
import { useTranslations } from "next-intl";
import { Alert, Heading, Paragraph } from "@digdir/designsystemet-react";

export default function RequestNotFound() {
  const t = useTranslations("Request");
  return (
    <div className="max-w-2xl flex flex-col gap-4" data-testid="request-not-found">
      <Heading level={1} data-size="lg">
        {t("notFoundTitle")}
      </Heading>
      <Alert data-color="danger">
        <Paragraph>{t("notFoundBody")}</Paragraph>
      </Alert>
    </div>
  );
}
