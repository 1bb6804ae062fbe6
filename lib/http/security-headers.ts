// Security headers of the portal (issue 8, item 7). Every response gets the static ones (next.config.js:
// nosniff, X-Frame-Options DENY, Referrer-Policy);
// every page gets a Content-Security-Policy with a fresh nonce (proxy.ts): Next.js puts the nonce on its
// own scripts when it finds the policy in the request headers, and 'strict-dynamic' lets those load the
// rest. Styles may be inline: React and the design system set style attributes, which a nonce cannot
// allow (and a nonce in style-src would switch 'unsafe-inline' off). Nothing may frame the portal: the
// approve page must not be clickjacked from another port of the same site.

/** The page policy for one response. `dev`: React's dev build needs eval for its error overlays. */
export function contentSecurityPolicy(nonce: string, dev = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
