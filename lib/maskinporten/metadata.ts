// Authorization server metadata (RFC 8414) of the Maskinporten simulator, shaped like the real
// https://test.maskinporten.no/.well-known/oauth-authorization-server.
import { maskinportenIssuer } from "../env";
import { GRANT_ALGS, GRANT_TYPE_JWT_BEARER, SYSTEMUSER_DETAILS_TYPE } from "./constants";

export function authorizationServerMetadata(): Record<string, unknown> {
  const issuer = maskinportenIssuer();
  return {
    issuer,
    token_endpoint: `${issuer}token`,
    jwks_uri: `${issuer}jwk`,
    token_endpoint_auth_methods_supported: ["private_key_jwt"],
    token_endpoint_auth_signing_alg_values_supported: [...GRANT_ALGS],
    grant_types_supported: [GRANT_TYPE_JWT_BEARER],
    authorization_details_types_supported: [SYSTEMUSER_DETAILS_TYPE],
    response_types_supported: ["token"],
    // What the simulator issues: RS256-signed JWT access tokens (lib/maskinporten/access-token.ts).
    access_token_signing_alg_values_supported: ["RS256"],
  };
}
