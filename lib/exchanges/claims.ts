// What each JWT claim means, for the sequence view (Maskinporten's access token and grant, Altinn's
// tokens; reference §6). A claim not listed is shown without a label.
export const CLAIM_LABELS: Record<string, string> = {
  alg: "Signing algorithm",
  kid: "Key id: which published key verifies the signature",
  typ: "Token type",
  iss: "Issuer: who made and signed the token",
  aud: "Audience: who the token is for",
  sub: "Subject",
  exp: "Expires at (seconds since 1970)",
  iat: "Issued at (seconds since 1970)",
  nbf: "Not valid before (seconds since 1970)",
  jti: "Token id (a grant is accepted once)",
  scope: "Scopes granted (space-separated)",
  client_id: "Maskinporten client id",
  client_amr: "How the client authenticated (private_key_jwt: a signed grant)",
  token_type: "Token type",
  consumer: "Consumer: the organisation that owns the client",
  "consumer.authority": "Register the id comes from",
  "consumer.ID": "Consumer organisation (0192: Norwegian organisation number)",
  supplier: "Supplier: the vendor acting for the consumer",
  authorization_details: "Authorization details (RFC 9396): here the system user",
  type: "Kind of authorization detail (urn:altinn:systemuser)",
  systemuser_id: "System user id: the UUID Altinn's PDP is asked about",
  systemuser_org: "System user's organisation: the owner (standard) or the facilitator (agent)",
  "systemuser_org.ID": "Owner/facilitator organisation (0192: organisation number)",
  "systemuser_org.authority": "Register the id comes from",
  system_id: "System id in the System Register (<vendor org>_<name>)",
  externalRef: "externalRef: tells apart several system users of one system and owner",
  resource: "Audience requested for the token (RFC 8707)",
  pid: "Person's national identity number",
  "urn:altinn:userid": "Altinn user id",
  "urn:altinn:partyid": "Altinn party id",
  "urn:altinn:authlevel": "Authentication level",
  "urn:altinn:org": "Service owner code",
};

/** Every claim as a path with its value, e.g. authorization_details[0].systemuser_id[0]. */
export function flattenClaims(payload: unknown, path = ""): { path: string; value: string }[] {
  if (payload === null || typeof payload !== "object") return [{ path, value: String(payload) }];
  const entries = Array.isArray(payload) ? payload.map((v, i) => [`${path}[${i}]`, v] as const) : Object.entries(payload).map(([k, v]) => [path ? `${path}.${k}` : k, v] as const);
  return entries.flatMap(([p, v]) => flattenClaims(v, p));
}

/** The label of a flattened claim path: the most specific known name. */
export function claimLabel(path: string): string | undefined {
  const plain = path.replace(/\[\d+\]/g, "");
  const parts = plain.split(".");
  for (let i = 0; i < parts.length; i++) {
    const tail = parts.slice(i).join(".");
    if (CLAIM_LABELS[tail]) return CLAIM_LABELS[tail];
  }
  return undefined;
}
