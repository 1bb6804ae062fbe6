// An unknown or malformed request id: nothing to show.
import { useTranslations } from "next-intl";
import { Paragraph } from "@digdir/designsystemet-react";
import { NoticePage } from "@/app/_components/notice-page";

export default function RequestNotFound() {
  const t = useTranslations("Request");
  return <NoticePage testId="request-not-found" title={t("notFoundTitle")} reason={<Paragraph>{t("notFoundBody")}</Paragraph>} />;
}
