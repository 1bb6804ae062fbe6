"use client";
// The vendor area's sub-navigation, shared by every vendor page (also Maskinporten's and the console's).
import Link from "next/link";
import { usePathname } from "next/navigation";

const ITEMS = [
  { href: "/vendor", label: "Overview", exact: true },
  { href: "/vendor/maskinporten", label: "Maskinporten clients" },
  { href: "/vendor/systems", label: "Systems" },
  { href: "/vendor/requests/new", label: "New request" },
  { href: "/vendor/systemusers", label: "Find a system user" },
  { href: "/vendor/console", label: "Run console" },
  { href: "/simulator/sequence", label: "Sequence view" },
] as const;

export function VendorNav() {
  const path = usePathname();
  return (
    <nav aria-label="Vendor" className="mb-6 flex flex-wrap gap-1 border-b border-black/10 pb-2 text-sm" data-testid="vendor-nav">
      {ITEMS.map((i) => {
        const active = "exact" in i ? path === i.href : path === i.href || path.startsWith(`${i.href}/`);
        return (
          <Link
            key={i.href}
            href={i.href}
            aria-current={active ? "page" : undefined}
            className={`rounded px-3 py-1.5 no-underline ${active ? "bg-[var(--ds-color-accent-base-default)] text-white" : "text-[var(--ds-color-accent-text-subtle)] hover:bg-black/5"}`}
          >
            {i.label}
          </Link>
        );
      })}
    </nav>
  );
}
