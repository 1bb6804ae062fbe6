import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { SkipLink } from "@digdir/designsystemet-react";
import "./globals.css";
import { currentPerson } from "@/lib/auth/actor";
import { loadRelation } from "@/lib/parties/relations";
import { allowedAreas } from "@/lib/parties/roles";
import { SiteFooter } from "./_components/shell/site-footer";
import { SiteHeader } from "./_components/shell/site-header";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Shell");
  // Each page sets its own title (lib/i18n/metadata.ts); the template names the portal after it.
  return { title: { template: `%s · ${t("siteName")}`, default: t("siteName") }, description: t("description") };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [person, locale, t] = [await currentPerson(), await getLocale(), await getTranslations("Shell")];
  // Navigation only: every page checks the role itself through lib/auth/actor.
  const areas = person?.party ? allowedAreas(await loadRelation(person.pid, person.party.orgNo)) : [];
  return (
    <html lang={locale} data-color-scheme="light">
      <body className="flex min-h-screen flex-col">
        <SkipLink href="#main-content" data-testid="skip-link">
          {t("skipLink")}
        </SkipLink>
        <NextIntlClientProvider>
          <SiteHeader person={person} areas={areas} />
          <main id="main-content" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-6 py-8 outline-none">
            {children}
          </main>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
