"use client";
// Re-renders the server page every few seconds while a request waits for the customer, as a vendor's
// integration would poll GET /vendor/{requestId}.
import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { formatTime } from "@/lib/i18n/format";
import { isLocale } from "@/lib/i18n/locale";

export function AutoRefresh({ active, seconds = 3 }: { active: boolean; seconds?: number }) {
  const router = useRouter();
  const t = useTranslations("Vendor");
  const locale = useLocale();
  const [checked, setChecked] = useState<string>("");
  useEffect(() => {
    setChecked(formatTime(new Date(), isLocale(locale) ? locale : "nb"));
    if (!active) return;
    const t = setInterval(() => router.refresh(), seconds * 1000);
    return () => clearInterval(t);
  }, [active, seconds, router, locale]);
  return (
    <p className="text-sm text-[var(--ds-color-neutral-text-subtle)]" data-testid="auto-refresh">
      {active ? t("checking", { seconds }) : t("final")}
      {checked ? ` · ${t("lastChecked", { time: checked })}` : ""}
    </p>
  );
}
