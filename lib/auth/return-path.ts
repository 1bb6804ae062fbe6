// Where to send the browser after login or a party change: only a path on this origin (no open redirect).
export function safeReturnPath(value: unknown, fallback = "/start"): string {
  if (typeof value !== "string") return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  return value;
}
