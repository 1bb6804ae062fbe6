// The service-owner actor of an API call: the token's consumer, audited as the Maskinporten client.
import type { VerifiedToken } from "../maskinporten/access-token";
import type { ServiceOwnerActor } from "./service-owner";

export function tokenActor(token: VerifiedToken): ServiceOwnerActor {
  return { orgNo: token.consumerOrgNo, audit: `client:${token.clientId}` };
}
