// Why the person cannot approve (issue 11, "Why"): each right or access package they lack, named from the
// approval check itself (lib/approval/rules missingAccess), with Altinn's code; and, for a person who is no
// access manager, the packages that would make them one (lib/parties/roles ACCESS_MANAGER_PACKAGES).
// Words in lib/i18n/messages (MissingAccess).
import { Alert, Paragraph } from "@digdir/designsystemet-react";
import { getTranslations } from "next-intl/server";
import type { MissingAccess } from "@/lib/approval/rules";
import { currentLocale } from "@/lib/i18n/server";
import { accessPackageName } from "@/lib/parties/access-packages";
import { ACCESS_MANAGER_PACKAGES } from "@/lib/parties/roles";

type T = Awaited<ReturnType<typeof getTranslations<"MissingAccess">>>;

function missingItemText(t: T, m: MissingAccess, titles: ReadonlyMap<string, string>, locale: Awaited<ReturnType<typeof currentLocale>>): string {
  if (m.accessPackage) return t("pkg", { name: accessPackageName(m.accessPackage, locale) });
  const title = titles.get(m.resource ?? "") ?? m.resource ?? "";
  return m.action ? t("right", { action: m.action, title }) : t("resource", { title });
}

export async function MissingAccessAlert({ missing, titles, footer = "orAsk" }: { missing: readonly MissingAccess[]; titles: ReadonlyMap<string, string>; footer?: "orAsk" | "orReject" }) {
  const t = await getTranslations("MissingAccess");
  const locale = await currentLocale();
  return (
    <Alert data-color="warning" data-testid="missing-rights">
      <Paragraph>{t("cannotApprove")}</Paragraph>
      <ul className="my-2 list-disc pl-6">
        {missing.map((m) => (
          <li key={`${m.code}-${m.resource ?? ""}-${m.action ?? ""}-${m.accessPackage ?? ""}`} data-testid="missing-item" data-code={m.code}>
            <span className="font-medium">{missingItemText(t, m, titles, locale)}</span>: {t(`why.${m.code}`)} ({m.code}).
          </li>
        ))}
      </ul>
      <Paragraph>{t(footer)}</Paragraph>
    </Alert>
  );
}

export async function notAccessManagerText(partyName: string): Promise<string> {
  const t = await getTranslations("MissingAccess");
  const locale = await currentLocale();
  return t("notManager", { party: partyName, packages: ACCESS_MANAGER_PACKAGES.map((p) => accessPackageName(p, locale)).join(t("or")) });
}
