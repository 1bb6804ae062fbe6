// The landing page: the story in a few lines and the cast with one-click login.
import Link from "@/app/_components/link";
import { getTranslations } from "next-intl/server";
import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { pageTitle } from "@/lib/i18n/metadata";
import { PageHeader, Panel } from "./_components/ui";
import { CastList } from "./_components/cast-list";

export const dynamic = "force-dynamic";
export const generateMetadata = pageTitle("home");

const STEPS = ["serviceOwner", "vendor", "endUser", "clientAdmin", "runtime"] as const;

export default async function Home() {
  const t = await getTranslations("Home");
  return (
    <div className="space-y-8">
      <PageHeader eyebrow={t("eyebrow")} title={t("title")} lead={t("lead")} />
      <Panel>
        <Heading level={2} data-size="sm" className="mb-3">
          {t("storyHeading")}
        </Heading>
        <ol className="list-decimal space-y-2 pl-6">
          {STEPS.map((s) => (
            <li key={s}>
              <strong>{t(`steps.${s}.who`)}:</strong> {t(`steps.${s}.what`)}
            </li>
          ))}
        </ol>
        <Paragraph data-size="sm" className="mt-4">
          {t.rich("glossaryHint", { link: (chunks) => <Link href="/ordliste" data-testid="home-glossary">{chunks}</Link> })}
        </Paragraph>
      </Panel>
      <Panel>
        <Heading level={2} data-size="sm" className="mb-1">
          {t("castHeading")}
        </Heading>
        <Paragraph data-size="sm" className="mb-4">
          {t.rich("castLead", { link: (chunks) => <Link href="/login" data-testid="home-login">{chunks}</Link> })}
        </Paragraph>
        <CastList />
      </Panel>
    </div>
  );
}
