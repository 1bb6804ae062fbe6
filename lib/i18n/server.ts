// For server components and server actions: the request's locale, typed. Texts: next-intl's
// `getTranslations("Namespace")` (server) and `useTranslations("Namespace")` (client components).
import { getLocale } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale, type Locale } from "./locale";

export async function currentLocale(): Promise<Locale> {
  const l = await getLocale();
  return isLocale(l) ? l : DEFAULT_LOCALE;
}
