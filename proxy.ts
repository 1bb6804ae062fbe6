// Next.js 16's proxy (formerly middleware): a fresh CSP nonce for every page (lib/http/security-headers.ts).
// Authorization is not done here: every page and action checks it itself (lib/auth/actor.ts).
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy } from "./lib/http/security-headers";

export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", csp);
  return response;
}

export const config = {
  // Pages only: the mirrored APIs answer JSON (and their bodies must not pass through the proxy, which
  // would buffer them before the APIs' own byte limits apply), static files need no nonce.
  matcher: [
    {
      source: "/((?!api/|authentication/api/|authorization/api/|resourceregistry/api/|maskinporten/|skatteetaten/api/|\\.well-known/|_next/static|_next/image|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
