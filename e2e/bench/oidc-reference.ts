// The reference for `npm run bench`: panva's node-oidc-provider (9.13.3) with the same JWT-bearer grant
// (RFC 7523 §2.1) and the same RS256 crypto as the portal's token endpoint: the grant's signature is
// verified with the client's RSA key, aud/iat/exp/jti are checked (jti single use through the provider's
// own ReplayDetection), and an RS256-signed JWT access token is issued. Runs in its own process:
//   tsx e2e/bench/oidc-reference.ts <port> <client JWK file>   (prints "ready" when listening)
import { readFileSync } from "node:fs";
import { exportJWK, generateKeyPair, importJWK, jwtVerify, type JWK } from "jose";
import Provider, { errors } from "oidc-provider";

export const JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer";
export const REFERENCE_CLIENT_ID = "bench-reference";
const SCOPE = "skatteetaten:kravogbetalinger";

const RESOURCE_SERVER = { scope: SCOPE, accessTokenFormat: "jwt", accessTokenTTL: 120, jwt: { sign: { alg: "RS256" } } } as const;

const port = Number(process.argv[2]);
const issuer = `http://localhost:${port}`;
const { kty, n, e } = JSON.parse(readFileSync(process.argv[3]!, "utf8")) as JWK;
const clientKey = await importJWK({ kty, n, e }, "RS256");
const { privateKey } = await generateKeyPair("RS256", { extractable: true });

const provider = new Provider(issuer, {
  clients: [{ client_id: REFERENCE_CLIENT_ID, token_endpoint_auth_method: "none", grant_types: [JWT_BEARER], response_types: [], redirect_uris: [] }],
  jwks: { keys: [{ ...(await exportJWK(privateKey)), kid: "reference", alg: "RS256", use: "sig" }] },
  scopes: [SCOPE],
  features: {
    devInteractions: { enabled: false },
  },
});

provider.registerGrantType(
  JWT_BEARER,
  async (ctx) => {
    const { client } = ctx.oidc;
    let payload;
    try {
      ({ payload } = await jwtVerify(String(ctx.oidc.params!.assertion), clientKey, { algorithms: ["RS256"], audience: `${issuer}/`, maxTokenAge: 120, clockTolerance: 10 }));
    } catch {
      throw new errors.InvalidGrant("invalid assertion");
    }
    if (typeof payload.jti !== "string" || !(await provider.ReplayDetection.unique(payload.iss!, payload.jti, payload.exp!))) {
      throw new errors.InvalidGrant("jti already used");
    }
    const token = new provider.ClientCredentials({ client, scope: String(payload.scope ?? "") });
    token.resourceServer = new provider.ResourceServer("urn:bench:api", RESOURCE_SERVER);
    const value = await token.save();
    ctx.body = { access_token: value, token_type: "Bearer", expires_in: token.expiration, scope: token.scope };
  },
  ["assertion", "scope", "resource"],
);

provider.listen(port, () => console.log("ready"));
