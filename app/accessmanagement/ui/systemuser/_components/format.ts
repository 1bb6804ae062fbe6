// Dates as the Norwegian portal shows them (Oslo time), in an English locale.
export function formatDate(iso: string): string {
  return new Date(iso).toLocaleDateString("en-GB", { timeZone: "Europe/Oslo", day: "numeric", month: "short", year: "numeric" });
}

export function formatDateTime(iso: string): string {
  return new Date(iso).toLocaleString("en-GB", { timeZone: "Europe/Oslo", day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" });
}
