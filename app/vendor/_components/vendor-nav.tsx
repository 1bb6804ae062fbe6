"use client";
// The vendor area's sub-navigation, shared by every vendor page (also Maskinporten's and the console's).
import Link from "@/app/_components/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";

const ITEMS = [
  { href: "/vendor", key: "overview", exact: true },
  { href: "/vendor/maskinporten", key: "maskinporten" },
  { href: "/vendor/systems", key: "systems" },
  { href: "/vendor/requests/new", key: "newRequest" },
  { href: "/vendor/systemusers", key: "findSystemUser" },
  { href: "/vendor/console", key: "console" },
  { href: "/simulator/sequence", key: "sequence" },
] as const;

export function VendorNav() {
  const path = usePathname();
  const t = useTranslations("Vendor.nav");
  return (
    <nav aria-label={t("label")} className="mb-6 flex flex-wrap gap-1 border-b border-black/10 pb-2 text-sm" data-testid="vendor-nav">
      {ITEMS.map((i) => {
        const active = "exact" in i ? path === i.href : path === i.href || path.startsWith(`${i.href}/`);
        return (
          <Link
            key={i.href}
            href={i.href}
            aria-current={active ? "page" : undefined}
            data-testid={`vendor-nav-${i.key}`}
            className={`rounded px-3 py-1.5 no-underline ${active ? "bg-[var(--ds-color-accent-base-default)] text-white" : "text-[var(--ds-color-accent-text-subtle)] hover:bg-black/5"}`}
          >
            {t(i.key)}
          </Link>
        );
      })}
    </nav>
  );
}
