// A person without any relation to the request's party: refused, and nothing of the request is shown.
import Link from "@/app/_components/link";
import { useTranslations } from "next-intl";
import { Paragraph } from "@digdir/designsystemet-react";
import { NoticePage } from "@/app/_components/notice-page";
import { SwitchPerson } from "@/app/_components/switch-person";

export default function RequestRefused() {
  const t = useTranslations("Request");
  return (
    <NoticePage testId="request-refused" title={t("refusedTitle")} reason={<Paragraph>{t("refusedBody")}</Paragraph>}>
      <SwitchPerson />
      <Link href="/" className="ds-link">
        {t("backToStart")}
      </Link>
    </NoticePage>
  );
}
