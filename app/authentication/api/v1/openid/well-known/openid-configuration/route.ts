// The Altinn issuer's OpenID discovery document (OpenIdController.cs), served at the real URL
// /authentication/api/v1/openid/.well-known/openid-configuration through a rewrite (next.config.js).
import { recorded } from "@/lib/exchanges/inbound";
import { openIdConfiguration } from "@/lib/altinn-token/token";

export const dynamic = "force-dynamic";

export const GET = recorded(async (): Promise<Response> => Response.json(openIdConfiguration()));
