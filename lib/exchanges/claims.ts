// What each JWT claim means, for the sequence view (Maskinporten's access token and grant, Altinn's
// tokens; reference §6). A claim not listed is shown without a label. The labels are in the message
// catalogue (namespace Claims, under claimMessageKey), in Norwegian and English.
export const LABELLED_CLAIMS: readonly string[] = [
  "alg",
  "kid",
  "typ",
  "iss",
  "aud",
  "sub",
  "exp",
  "iat",
  "nbf",
  "jti",
  "scope",
  "client_id",
  "client_amr",
  "token_type",
  "consumer",
  "consumer.authority",
  "consumer.ID",
  "supplier",
  "authorization_details",
  "type",
  "systemuser_id",
  "systemuser_org",
  "systemuser_org.ID",
  "systemuser_org.authority",
  "system_id",
  "externalRef",
  "resource",
  "pid",
  "urn:altinn:userid",
  "urn:altinn:partyid",
  "urn:altinn:authlevel",
  "urn:altinn:org",
];

/** The catalogue key of a claim's label ("consumer.ID" → "consumer_ID": next-intl reads dots as nesting). */
export const claimMessageKey = (claim: string) => claim.replace(/[^A-Za-z0-9]/g, "_");

/** Every claim as a path with its value, e.g. authorization_details[0].systemuser_id[0]. */
export function flattenClaims(payload: unknown, path = ""): { path: string; value: string }[] {
  if (payload === null || typeof payload !== "object") return [{ path, value: String(payload) }];
  const entries = Array.isArray(payload) ? payload.map((v, i) => [`${path}[${i}]`, v] as const) : Object.entries(payload).map(([k, v]) => [path ? `${path}.${k}` : k, v] as const);
  return entries.flatMap(([p, v]) => flattenClaims(v, p));
}

/** The catalogue key of a flattened claim path's label: the most specific known name. */
export function claimLabelKey(path: string): string | undefined {
  const plain = path.replace(/\[\d+\]/g, "");
  const parts = plain.split(".");
  for (let i = 0; i < parts.length; i++) {
    const tail = parts.slice(i).join(".");
    if (LABELLED_CLAIMS.includes(tail)) return claimMessageKey(tail);
  }
  return undefined;
}
