import createNextIntlPlugin from "next-intl/plugin";

// Every response (issue 8, item 7; the pages' CSP is set per request in proxy.ts, see lib/http/security-headers.ts).
const SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  serverExternalPackages: ["better-sqlite3", "pg", "@prisma/client", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg"],
  poweredByHeader: false,
  // Several builds can share a checkout (parallel test runs): NEXT_DIST_DIR picks the build folder.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // forbidden() renders app/forbidden.tsx with status 403 for a person in the wrong role area.
  experimental: { authInterrupts: true },
  // Every response, APIs included (the page CSP with its nonce is set in proxy.ts).
  async headers() {
    return [{ source: "/:path*", headers: SECURITY_HEADERS }];
  },
  // Folders starting with a dot do not route in app/: serve the well-known URLs through rewrites.
  async rewrites() {
    return [
      // Browsers and tools that ask for /favicon.ico get the app's icon (app/icon.svg) instead of a 404.
      { source: "/favicon.ico", destination: "/icon.svg" },
      // RFC 8414 §3: metadata of an issuer with a path lives at /.well-known/oauth-authorization-server/<path>.
      { source: "/.well-known/oauth-authorization-server/maskinporten", destination: "/maskinporten/well-known/oauth-authorization-server" },
      // Where Maskinporten clients look: the issuer URL followed by .well-known/oauth-authorization-server.
      { source: "/maskinporten/.well-known/oauth-authorization-server", destination: "/maskinporten/well-known/oauth-authorization-server" },
      // The Altinn issuer (OpenIdController.cs): discovery document and JWKS at their real paths.
      { source: "/authentication/api/v1/openid/.well-known/openid-configuration", destination: "/authentication/api/v1/openid/well-known/openid-configuration" },
      { source: "/authentication/api/v1/openid/.well-known/openid-configuration/jwks", destination: "/authentication/api/v1/openid/well-known/openid-configuration/jwks" },
    ];
  },
};
// next-intl without locale routing: the locale comes from a cookie or Accept-Language (lib/i18n/request.ts).
export default createNextIntlPlugin("./lib/i18n/request.ts")(nextConfig);
