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

/** A moment as Norway's wall-clock time for a datetime-local field: "2026-12-03T15:05:00". */
export function norwayLocalInput(d: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" })
      .formatToParts(d)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}`;
}

/**
 * The moment a datetime-local value ("2026-12-03T15:05" or with seconds) names in Norway's time zone, as
 * ISO 8601 UTC; null for anything else (a value with its own offset is left to the caller). In the hour
 * a summer-time change skips or repeats, the earlier reading is taken.
 */
export function norwayLocalToIso(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map((x) => Number(x ?? 0)) as [number, number, number, number, number, number];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi, s);
  if (Number.isNaN(asUtc)) return null;
  // Norway's offset at that moment: the wall clock there minus UTC (tried twice for a change of offset)
  const offsetAt = (t: number) => Date.parse(`${norwayLocalInput(new Date(t))}Z`) - t;
  let t = asUtc - offsetAt(asUtc);
  t = asUtc - offsetAt(t);
  return new Date(t).toISOString();
}
