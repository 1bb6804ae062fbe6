// Skatteetaten asks Altinn's PDP over HTTP, as a real API provider does (reference §7).
import { env } from "../env";
import { flowHeaders } from "../exchanges/flow";
import { postJson, type JsonAnswer } from "../http/keep-alive";
import { altinnToken, forgetAltinnToken } from "./altinn-token";
import { KOB, SkeError } from "./errors";

export const KRAV_RESOURCE = "ske-krav-og-betalinger";

export interface PdpAnswer {
  decision: string;
}

export function decisionRequest(systemUserId: string, orgNo: string, action = "read") {
  return {
    Request: {
      AccessSubject: [{ Attribute: [{ AttributeId: "urn:altinn:systemuser:uuid", Value: systemUserId }] }],
      Action: [{ Attribute: [{ AttributeId: "urn:oasis:names:tc:xacml:1.0:action:action-id", Value: action }] }],
      Resource: [
        {
          Attribute: [
            { AttributeId: "urn:altinn:resource", Value: KRAV_RESOURCE },
            { AttributeId: "urn:altinn:organization:identifier-no", Value: orgNo },
          ],
        },
      ],
    },
  };
}

async function post(body: unknown): Promise<JsonAnswer> {
  return postJson(`${env.baseUrl}/authorization/api/v1/authorize`, { authorization: `Bearer ${await altinnToken()}`, ...flowHeaders() }, body);
}

export async function askPdp(systemUserId: string, orgNo: string): Promise<PdpAnswer> {
  const body = decisionRequest(systemUserId, orgNo);
  let res = await post(body);
  if (res.status === 401) {
    forgetAltinnToken();
    res = await post(body);
  }
  if (res.status < 200 || res.status > 299) throw new SkeError(502, KOB.upstream, `Altinn PDP svarte ${res.status}.`);
  // the real answer is camelCase (XacmlJsonResponseExternal through ASP.NET's serialiser), as Altinn's own
  // Bruno tests read it: `data.response[0].decision`
  const json = res.json as { response?: { decision?: string }[] } | undefined;
  const decision = json?.response?.[0]?.decision;
  if (!decision) throw new SkeError(502, KOB.upstream, "Altinn PDP ga et svar uten beslutning.");
  return { decision };
}
