import { audit } from "@/lib/audit";
import { exchangeMaskinportenToken } from "@/lib/altinn-token/exchange";
import { TokenError } from "@/lib/maskinporten/access-token";
import { altinnApiFault } from "@/lib/simulator/fault-answers";

// GET /authentication/api/v1/exchange/{tokenProvider} with the token as bearer
// (AuthenticationController.ExchangeExternalSystemToken, [AllowAnonymous]): 200 with the Altinn token as
// plain text; no or an unreadable token 401; an unknown provider 400 (plain text). Only Maskinporten
// tokens are simulated: an ID-porten or Altinn Studio token is one the portal cannot verify (401).
export async function GET(req: Request, { params }: { params: Promise<{ tokenProvider: string }> }): Promise<Response> {
  const fault = await altinnApiFault(req.url); // the gateway in front of every Altinn API (lib/simulator/faults.ts)
  if (fault) return fault;
  const provider = (await params).tokenProvider.toLowerCase();
  const auth = req.headers.get("authorization") ?? "";
  const token = /^Bearer /i.test(auth) ? auth.slice(7).trim() : "";
  if (!token || token.split(".").length !== 3) return new Response(null, { status: 401 });
  if (!["id-porten", "maskinporten", "altinnstudio"].includes(provider)) {
    const msg = `Invalid token provider: ${(await params).tokenProvider}. Trusted token providers are 'Maskinporten', 'Id-porten' and 'AltinnStudio'.`;
    return new Response(msg, { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  if (provider !== "maskinporten") return new Response(null, { status: 401 });
  // Enterprise users (virksomhetsbruker) ended with Altinn 2: always 410 (#1979 / #2030)
  if (req.headers.get("x-altinn-enterpriseuser-authentication")) return enterpriseUserGone();
  try {
    const { token: altinnToken, source } = await exchangeMaskinportenToken(token);
    await audit(`client:${source.clientId}`, "token.exchanged", source.systemUser?.id ?? source.consumerOrgNo, { provider, scope: source.claims.scope });
    return new Response(altinnToken, { status: 200, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
  } catch (e) {
    if (e instanceof TokenError) return new Response(null, { status: 401 });
    throw e;
  }
}

function enterpriseUserGone(): Response {
  return Response.json(
    {
      type: "https://docs.altinn.studio",
      title: "Virksomhetsbruker is no longer available",
      status: 410,
      detail:
        "Virksomhetsbruker (enterprise user) is no longer available. It has been replaced by Systembruker (system user) or ID-porten, depending on the use case. See https://docs.altinn.studio for migration guidance.",
    },
    { status: 410, headers: { "content-type": "application/problem+json; charset=utf-8" } },
  );
}
