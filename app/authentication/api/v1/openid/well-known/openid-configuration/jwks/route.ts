// The Altinn issuer's JWKS (OpenIdController.GetJsonWebKeySetAsync): the keys that verify Altinn tokens.
// Real URL /authentication/api/v1/openid/.well-known/openid-configuration/jwks (a rewrite, next.config.js).
import { recorded } from "@/lib/exchanges/inbound";
import { altinnPublicKeys } from "@/lib/altinn-token/keys";

export const dynamic = "force-dynamic";

export const GET = recorded(async (): Promise<Response> =>
  Response.json({ keys: await altinnPublicKeys() }, { headers: { "cache-control": "public, max-age=60" } }),
);
