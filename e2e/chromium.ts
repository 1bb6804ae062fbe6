// Which Chromium the browser tests drive: Debian's package (CHROMIUM_PATH, default /usr/bin/chromium),
// or Playwright's own browser where that one is installed and Debian's is not.
import { existsSync } from "node:fs";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];

export function chromiumPath(): string | undefined {
  const path = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
  return existsSync(path) ? path : undefined;
}
