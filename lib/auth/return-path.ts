// Where to send the browser after login or a party change: only a path on the portal's own origin (no
// open redirect). The value is resolved as a browser would resolve it (WHATWG URL: TAB/CR/LF dropped,
// `\` read as `/`), and the result must still be on the portal's origin. Control characters and
// backslashes are refused outright, and the path given back is re-checked, because a path such as
// `/.//evil.example` normalises to `//evil.example`, which a browser reads as another host.
import { env } from "../env";

const FORBIDDEN = /[\u0000-\u001f\u007f\\]/;

export function safeReturnPath(value: unknown, fallback = "/start", origin = env.baseUrl): string {
  if (typeof value !== "string" || !value.startsWith("/") || FORBIDDEN.test(value)) return fallback;
  const base = new URL(origin);
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return fallback;
  }
  if (url.origin !== base.origin) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (path.startsWith("//") || new URL(path, base).origin !== base.origin) return fallback;
  return path;
}
