// Ordliste / glossary: the words the pages use, in Altinn's own terms in both languages.
import { getTranslations } from "next-intl/server";
import { pageTitle } from "@/lib/i18n/metadata";
import { PageHeader, Panel } from "../_components/ui";

export const generateMetadata = pageTitle("glossary");

const TERMS = ["systemUser", "agentSystemUser", "system", "accessPackage", "rights", "clientAdmin", "facilitator", "accessManager", "request"] as const;

export default async function GlossaryPage() {
  const t = await getTranslations("Glossary");
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} lead={t("lead")} />
      <Panel>
        <dl className="space-y-5">
          {TERMS.map((term) => (
            <div key={term} id={term} data-testid={`glossary-${term}`}>
              <dt className="font-semibold">{t(`terms.${term}.name`)}</dt>
              <dd className="mt-1 max-w-3xl">{t(`terms.${term}.text`)}</dd>
            </div>
          ))}
        </dl>
      </Panel>
    </div>
  );
}
