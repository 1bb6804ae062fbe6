// The portal's language: Norwegian bokmål first, as in Altinn, and English. No locale in the URL (the
// pages live at Altinn's real paths): a cookie set by the header's language switch, else the browser's
// Accept-Language on a first visit, else bokmål.
export const LOCALES = ["nb", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "nb";
/** next-intl's own cookie name. */
export const LOCALE_COOKIE = "NEXT_LOCALE";
/** Every date and time on the pages is Norway's. */
export const TIME_ZONE = "Europe/Oslo";
/** The BCP 47 tag used for formatting dates and numbers. */
export const INTL_TAG: Record<Locale, string> = { nb: "nb-NO", en: "en-GB" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The first supported language by the header's q-values; any Norwegian (no, nb, nn) counts as bokmål. */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(",")
    .map((part, i) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) : 1, i };
    })
    .filter((r) => r.tag && Number.isFinite(r.q) && r.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  for (const { tag } of ranked) {
    const primary = tag.split("-")[0];
    if (primary === "nb" || primary === "no" || primary === "nn") return "nb";
    if (primary === "en") return "en";
  }
  return undefined;
}

export function pickLocale(cookie: string | undefined, acceptLanguage: string | null | undefined): Locale {
  if (isLocale(cookie)) return cookie;
  return localeFromAcceptLanguage(acceptLanguage) ?? DEFAULT_LOCALE;
}

/** A text the data holds in several languages (resource titles, system names): the chosen one, else bokmål, else English, else nynorsk. */
export function localized(texts: { nb?: string; nn?: string; en?: string } | null | undefined, locale: Locale): string {
  if (!texts) return "";
  return texts[locale] || texts.nb || texts.en || texts.nn || "";
}

/** A column of a row that holds a text per language (`nameNb`, `nameNn`, `nameEn`): the chosen one. */
export function localizedColumn<K extends string>(row: { [P in `${K}Nb` | `${K}En`]: string } & Partial<Record<`${K}Nn`, string>>, key: K, locale: Locale): string {
  const r = row as Record<string, string | undefined>;
  return localized({ nb: r[`${key}Nb`], nn: r[`${key}Nn`], en: r[`${key}En`] }, locale);
}
