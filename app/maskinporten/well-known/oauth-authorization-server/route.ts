// Maskinporten metadata (RFC 8414); served at /maskinporten/.well-known/oauth-authorization-server and
// /.well-known/oauth-authorization-server/maskinporten through the rewrites in next.config.js.
import { recorded } from "@/lib/exchanges/inbound";
import { authorizationServerMetadata } from "@/lib/maskinporten/metadata";

export const dynamic = "force-dynamic";

// GET: the issuer's metadata document.
export const GET = recorded(async (): Promise<Response> =>
  Response.json(authorizationServerMetadata(), { headers: { "cache-control": "public, max-age=60" } }),
);
