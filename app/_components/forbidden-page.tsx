// The 403 page (requireArea refused): no data of the area is shown. `why` replaces the general reason
// where the refusing rule can say more (the client administration names the missing package).
import Link from "next/link";
import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Alert, Heading, Paragraph } from "@digdir/designsystemet-react";
import { SwitchPerson } from "@/app/_components/switch-person";

export function ForbiddenPage({ why }: { why?: ReactNode }) {
  const t = useTranslations("Forbidden");
  return (
    <div className="max-w-2xl space-y-4" data-testid="not-allowed">
      <title>{t("title")}</title>
      <Heading level={1} data-size="lg">
        {t("title")}
      </Heading>
      <Alert data-color="danger">{why ?? <Paragraph>{t("body")}</Paragraph>}</Alert>
      <SwitchPerson />
      <p className="flex gap-4">
        <Link href="/velg-aktor">{t("changeOrg")}</Link>
        <Link href="/start">{t("yourAreas")}</Link>
      </p>
    </div>
  );
}
