// Språk/language, as in Altinn's header: a plain form, so it works without JavaScript too.
import { getLocale, getTranslations } from "next-intl/server";
import { Button } from "@digdir/designsystemet-react";
import { LOCALES } from "@/lib/i18n/locale";
import { setLocale } from "../../actions/locale";

export async function LanguageSwitch() {
  const [t, current] = [await getTranslations("Shell"), await getLocale()];
  return (
    <form action={setLocale} className="flex items-center gap-1" aria-label={t("language")} role="group">
      {LOCALES.map((l) => (
        <Button
          key={l}
          type="submit"
          name="locale"
          value={l}
          variant={l === current ? "secondary" : "tertiary"}
          data-size="sm"
          aria-pressed={l === current}
          lang={l}
          data-testid={`header-language-${l}`}
        >
          {t(`languageName.${l}`)}
        </Button>
      ))}
    </form>
  );
}
