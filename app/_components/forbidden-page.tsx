// The 403 page (requireArea refused): no data of the area is shown. `why` replaces the general reason
// where the refusing rule can say more (the client administration names the missing package).
import Link from "@/app/_components/link";
import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Paragraph } from "@digdir/designsystemet-react";
import { NoticePage } from "@/app/_components/notice-page";
import { SwitchPerson } from "@/app/_components/switch-person";

export function ForbiddenPage({ why }: { why?: ReactNode }) {
  const t = useTranslations("Forbidden");
  return (
    <NoticePage testId="not-allowed" title={t("title")} documentTitle reason={why ?? <Paragraph>{t("body")}</Paragraph>}>
      <SwitchPerson />
      <p className="flex gap-4">
        <Link href="/velg-aktor">{t("changeOrg")}</Link>
        <Link href="/start">{t("yourAreas")}</Link>
      </p>
    </NoticePage>
  );
}
