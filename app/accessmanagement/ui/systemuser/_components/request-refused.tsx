// A person without any relation to the request's party: refused, and nothing of the request is shown.
import Link from "@/app/_components/link";
import { useTranslations } from "next-intl";
import { Alert, Heading, Paragraph } from "@digdir/designsystemet-react";
import { SwitchPerson } from "@/app/_components/switch-person";

export default function RequestRefused() {
  const t = useTranslations("Request");
  return (
    <div className="max-w-2xl flex flex-col gap-4" data-testid="request-refused">
      <Heading level={1} data-size="lg">
        {t("refusedTitle")}
      </Heading>
      <Alert data-color="danger">
        <Paragraph>{t("refusedBody")}</Paragraph>
      </Alert>
      <SwitchPerson />
      <Link href="/" className="ds-link">
        {t("backToStart")}
      </Link>
    </div>
  );
}
