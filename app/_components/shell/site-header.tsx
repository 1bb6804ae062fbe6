// The portal's header in the style of Altinn's (white bar, logo left, language and the person right).
import Link from "@/app/_components/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@digdir/designsystemet-react";
import type { PersonActor } from "@/lib/auth/actor";
import { AREA_INFO, type Area } from "@/lib/parties/roles";
import { logout } from "../../actions/session";
import { AltinnLogo } from "./altinn-logo";
import { LanguageSwitch } from "./language-switch";

export async function SiteHeader({ person, areas }: { person: PersonActor | null; areas: readonly Area[] }) {
  const t = await getTranslations("Shell");
  return (
    <header className="border-b border-[var(--ds-color-neutral-border-subtle)] bg-[var(--ds-color-neutral-background-default)]">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-3 px-6 py-3">
        <Link href="/" className="flex items-center gap-2 text-[var(--ds-color-neutral-text-default)] no-underline" data-testid="header-home">
          <AltinnLogo />
          <span className="text-xl font-semibold">Altinn</span>
          <span className="text-sm text-[var(--ds-color-neutral-text-subtle)]">{t("product")}</span>
        </Link>
        <div className="ml-auto flex flex-wrap items-center gap-3 text-sm">
          <LanguageSwitch />
          {person ? (
            <>
              <span data-testid="whoami" className="font-medium">
                {person.party ? t("whoamiFor", { name: person.name, party: person.party.name }) : person.name}
              </span>
              <Link href="/velg-aktor" className="ds-link" data-testid="header-change-org">
                {t("changeOrg")}
              </Link>
              <form action={logout}>
                <Button type="submit" variant="secondary" data-size="sm" data-testid="header-logout">
                  {t("logout")}
                </Button>
              </form>
            </>
          ) : (
            <Link href="/login" className="ds-link" data-testid="header-login">
              {t("login")}
            </Link>
          )}
        </div>
      </div>
      <nav aria-label={t("areasNav")} className="bg-[var(--ds-color-accent-background-tinted)]">
        <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-6 gap-y-1 px-6 py-2 text-sm">
          {areas.map((a) => (
            <li key={a}>
              <Link href={AREA_INFO[a].path} className="ds-link" data-testid={`header-nav-${a}`}>
                {t(`area.${a}`)}
              </Link>
            </li>
          ))}
          <li>
            <Link href="/simulator/sequence" className="ds-link" data-testid="nav-sequence">
              {t("sequence")}
            </Link>
          </li>
          {areas.length > 0 ? (
            <li>
              <Link href="/simulator/audit" className="ds-link" data-testid="nav-audit">
                {t("auditLog")}
              </Link>
            </li>
          ) : null}
        </ul>
      </nav>
    </header>
  );
}
