// The footer in the style of Altinn's: who runs it, and the pages every page links to.
import Link from "@/app/_components/link";
import { getTranslations } from "next-intl/server";
import { AltinnLogo } from "./altinn-logo";

export async function SiteFooter() {
  const t = await getTranslations("Shell");
  return (
    <footer className="mt-12 border-t border-[var(--ds-color-neutral-border-subtle)] bg-[var(--ds-color-neutral-background-default)]">
      <div className="mx-auto grid max-w-6xl gap-6 px-6 py-8 text-sm sm:grid-cols-2">
        <div className="space-y-2">
          <p className="flex items-center gap-2 font-semibold">
            <AltinnLogo /> {t("footerTitle")}
          </p>
          <p className="text-[var(--ds-color-neutral-text-subtle)]">{t("footerNotice")}</p>
        </div>
        <nav aria-label={t("footerNav")}>
          <ul className="space-y-2">
            <li>
              <Link href="/ordliste" className="ds-link" data-testid="footer-glossary">
                {t("glossary")}
              </Link>
            </li>
            <li>
              <Link href="/" className="ds-link" data-testid="footer-home">
                {t("aboutStory")}
              </Link>
            </li>
            <li>
              <a href="https://docs.altinn.studio/nb/authorization/guides/system-vendor/system-user/" className="ds-link" data-testid="footer-docs">
                {t("docs")}
              </a>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
