import Link from "@/app/_components/link";
import { useTranslations } from "next-intl";
import { Heading, Paragraph } from "@digdir/designsystemet-react";

export default function NotFound() {
  const t = useTranslations("NotFound");
  return (
    <div className="max-w-2xl space-y-4">
      <title>{t("title")}</title>
      <Heading level={1} data-size="lg">
        {t("title")}
      </Heading>
      <Paragraph>
        {t("body")} <Link href="/">{t("back")}</Link>
      </Paragraph>
    </div>
  );
}
