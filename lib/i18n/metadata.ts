// A unique, translated <title> per page: `export const generateMetadata = pageTitle("login");` with the
// text under "Titles.login" in lib/i18n/messages/{nb,en}.json (the layout appends the portal's name).
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

export function pageTitle(key: string) {
  return async (): Promise<Metadata> => ({ title: (await getTranslations("Titles"))(key) });
}
