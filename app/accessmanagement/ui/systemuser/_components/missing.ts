// What the person lacks to approve (AUTH-00001/00016/00053), in the page's language.
import { getTranslations } from "next-intl/server";
import type { MissingAccess } from "@/lib/approval/rules";
import type { Locale } from "@/lib/i18n/locale";
import { accessPackageName } from "@/lib/parties/access-packages";

export async function describeMissingAccess(missing: readonly MissingAccess[], locale: Locale): Promise<string> {
  const t = await getTranslations("Request");
  return missing
    .map((m) =>
      m.accessPackage
        ? t("missingPackage", { name: accessPackageName(m.accessPackage, locale), code: m.code })
        : t("missingRight", { action: m.action ?? "", resource: m.resource ?? "", code: m.code }),
    )
    .join("; ");
}
