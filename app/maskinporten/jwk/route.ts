// Maskinporten JWKS (jwks_uri): the public keys that verify issued access tokens, retired ones included
// while tokens they signed may still be alive.
import { recorded } from "@/lib/exchanges/inbound";
import { publishedKeys } from "@/lib/maskinporten/signing-keys";
import { jwksFault } from "@/lib/simulator/fault-answers";

export const dynamic = "force-dynamic";

// GET /maskinporten/jwk: { keys: [...] }.
export const GET = recorded(async (): Promise<Response> => {
  const fault = await jwksFault();
  if (fault) return fault;
  return Response.json({ keys: await publishedKeys() }, { headers: { "cache-control": "public, max-age=60" } });
});
