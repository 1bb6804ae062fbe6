// The neutral page after a decision on a request without redirectUrl; the person is already logged out.
import { getTranslations } from "next-intl/server";
import { Alert, Paragraph } from "@digdir/designsystemet-react";
import { PageHeader } from "@/app/_components/ui";
import { pageTitle } from "@/lib/i18n/metadata";

export const dynamic = "force-dynamic";
export const generateMetadata = pageTitle("requestDone");

const COLOR = { accepted: "success", rejected: "info" } as const;

export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const t = await getTranslations("Done");
  const { status } = await searchParams;
  const known = status === "accepted" || status === "rejected" ? status : undefined;
  return (
    <div className="max-w-2xl flex flex-col gap-4" data-testid="decision-done">
      <PageHeader title={t(known ? `${known}.title` : "title")} />
      {known ? <Alert data-color={COLOR[known]}>{t(`${known}.body`)}</Alert> : null}
      <Paragraph>{t("loggedOut")}</Paragraph>
    </div>
  );
}
