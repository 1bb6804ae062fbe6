// The Altinn issuer's OpenID discovery document (OpenIdController.cs), served at the real URL
// /authentication/api/v1/openid/.well-known/openid-configuration through a rewrite (next.config.js).
import { openIdConfiguration } from "@/lib/altinn-token/token";

export const dynamic = "force-dynamic";

export function GET(): Response {
  return Response.json(openIdConfiguration());
}
