// Rendered with status 403 when lib/auth/actor's requireArea() refuses: no data of the area is shown.
import Link from "@/app/_components/link";
import { useTranslations } from "next-intl";
import { Alert, Heading, Paragraph } from "@digdir/designsystemet-react";
import { SwitchPerson } from "@/app/_components/switch-person";

export default function Forbidden() {
  const t = useTranslations("Forbidden");
  return (
    <div className="max-w-2xl space-y-4" data-testid="not-allowed">
      <title>{t("title")}</title>
      <Heading level={1} data-size="lg">
        {t("title")}
      </Heading>
      <Alert data-color="danger">
        <Paragraph>{t("body")}</Paragraph>
      </Alert>
      <SwitchPerson />
      <p className="flex gap-4">
        <Link href="/velg-aktor">{t("changeOrg")}</Link>
        <Link href="/start">{t("yourAreas")}</Link>
      </p>
    </div>
  );
}
