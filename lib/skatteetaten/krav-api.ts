// GET /skatteetaten/api/innkreving/kravogbetalinger/v1/krav/{orgNo}, as Skatteetaten would build it:
// validate the Maskinporten token against the published JWKS, require the scope and a system user, then
// ask Altinn's PDP whether that system user may read the party's claims. Order: 401 → 403 → 400 → PDP.
import { isValidOrgNo } from "../identifiers/orgno";
import { TokenError, readAccessToken, type VerifiedToken } from "../maskinporten/access-token";
import { loadClaims, type KravOgBetalinger } from "./claims";
import { KOB, SkeError } from "./errors";
import { KRAV_RESOURCE, askPdp } from "./pdp-client";
import { maskinportenKeys } from "./remote-keys";

export const KRAV_SCOPE = "skatteetaten:kravogbetalinger";

// RFC 6750 §3.1: no error code when the request carried no token; invalid_token when it was bad.
const challenge = (error?: string) => ({ "www-authenticate": `Bearer realm="skatteetaten"${error ? `, error="${error}"` : ""}` });

async function authenticate(authorization: string | null): Promise<VerifiedToken> {
  const m = /^Bearer\s+(\S+)$/i.exec(authorization ?? "");
  if (!m) throw new SkeError(401, KOB.unauthorized, "Mangler Maskinporten-token (Authorization: Bearer).", challenge());
  try {
    return await readAccessToken(m[1]!, await maskinportenKeys());
  } catch (e) {
    if (e instanceof TokenError) throw new SkeError(401, KOB.unauthorized, `Ugyldig token: ${e.message}`, challenge("invalid_token"));
    throw new SkeError(502, KOB.upstream, "Kunne ikke hente Maskinportens nøkler.");
  }
}

export async function getKravOgBetalinger(authorization: string | null, orgNo: string): Promise<KravOgBetalinger> {
  const token = await authenticate(authorization);
  if (!token.scopes.includes(KRAV_SCOPE)) {
    throw new SkeError(403, KOB.scope, `Tokenet mangler scope ${KRAV_SCOPE}.`, challenge("insufficient_scope"));
  }
  if (!token.systemUser) {
    throw new SkeError(403, KOB.systemUser, "Tokenet er ikke et systembruker-token (authorization_details mangler urn:altinn:systemuser). Be om token for en systembruker.");
  }
  if (!isValidOrgNo(orgNo)) throw new SkeError(400, KOB.orgNo, `Ugyldig organisasjonsnummer '${orgNo.slice(0, 20)}': 9 siffer med gyldig kontrollsiffer.`);
  const answer = await askPdp(token.systemUser.id, orgNo);
  if (answer.decision !== "Permit") {
    throw new SkeError(
      403,
      KOB.access,
      `Altinn ga ikke tilgang: PDP svarte ${answer.decision} for systembruker ${token.systemUser.id}, ressurs ${KRAV_RESOURCE}, handling read, part ${orgNo}.`,
    );
  }
  return loadClaims(orgNo);
}
