// Dates as the chosen language writes them, always in Norway's time zone (the portal is Altinn's).
import { INTL_TAG, TIME_ZONE, type Locale } from "./locale";

export function formatDate(iso: string | Date, locale: Locale): string {
  return new Date(iso).toLocaleDateString(INTL_TAG[locale], { timeZone: TIME_ZONE, day: "numeric", month: "short", year: "numeric" });
}

export function formatDateTime(iso: string | Date, locale: Locale, opts: { seconds?: boolean } = {}): string {
  return new Date(iso).toLocaleString(INTL_TAG[locale], { timeZone: TIME_ZONE, day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", ...(opts.seconds ? { second: "2-digit" } : {}) });
}

export function formatTime(iso: string | Date, locale: Locale): string {
  return new Date(iso).toLocaleTimeString(INTL_TAG[locale], { timeZone: TIME_ZONE, hour: "2-digit", minute: "2-digit", second: "2-digit" });
}
