// The Maskinporten simulator's token endpoint against the real server: every bad grant is refused with
// the exact status and OAuth error and issues nothing; good grants give tokens that verify against the
// JWKS published at the metadata's jwks_uri.
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { createLocalJWKSet, jwtVerify, type JWK } from "jose";
import { randomUUID } from "node:crypto";
import {
  DEMO_CLIENTS,
  MASKINPORTEN_ISSUER,
  decodeJwt,
  getToken,
  signGrant,
  systemUserDetails,
  tokenResponse,
} from "../support/maskinporten";

const sc = DEMO_CLIENTS.smartcloud;
const KRAV = "skatteetaten:kravogbetalinger";
const APE = "310904473";
const now = () => Math.floor(Date.now() / 1000);

async function expectRefused(res: APIResponse, status: number, error: string, says?: RegExp) {
  const body = await res.json();
  if (says) expect(body.error_description).toMatch(says);
  expect({ status: res.status(), error: body.error }, JSON.stringify(body)).toEqual({ status, error });
  expect(Object.keys(body).sort()).toEqual(["error", "error_description"]);
  expect(typeof body.error_description).toBe("string");
  expect(res.headers()["cache-control"]).toBe("no-store");
}

type Case = { name: string; status: number; error: string; says?: RegExp; assertion: () => Promise<string>; form?: Record<string, string | undefined> };

const CASES: Case[] = [
  { name: "HS256 with a shared secret", status: 400, error: "invalid_grant", says: /Unsupported JWT alg "HS256"/,  assertion: () => signGrant(sc, { scopes: [KRAV], alg: "HS256", key: new TextEncoder().encode("a-shared-secret-of-at-least-32-bytes!") }) },
  { name: "alg none", status: 400, error: "invalid_grant", says: /Unsupported JWT alg "none"/,  assertion: () => signGrant(sc, { scopes: [KRAV], alg: "none" }) },
  { name: "ES256 (not RSA)", status: 400, error: "invalid_grant", assertion: async () => { const { generateKeyPair, exportJWK } = await import("jose"); const k = await generateKeyPair("ES256", { extractable: true }); return signGrant(sc, { scopes: [KRAV], alg: "ES256", key: (await exportJWK(k.privateKey)) as JWK }); } },
  // Unknown kid, another client's kid, a bad signature and an unknown client answer alike (issue 8, item 9):
  // a stranger learns neither which client ids nor which kids exist.
  { name: "unknown kid", status: 400, error: "invalid_grant", says: /^MP-100: .*signature does not verify with a key registered on the client named by iss/,  assertion: () => signGrant(sc, { scopes: [KRAV], header: { kid: "no-such-key" } }) },
  { name: "no kid, x5c instead", status: 400, error: "invalid_grant", says: /x5c/,  assertion: () => signGrant(sc, { scopes: [KRAV], header: { kid: undefined, x5c: ["MIIB"] } }) },
  { name: "kid of another client's key", status: 400, error: "invalid_grant", says: /^MP-100: .*signature does not verify with a key registered on the client named by iss/,  assertion: () => signGrant(sc, { scopes: [KRAV], key: DEMO_CLIENTS.konkurrent.privateJwk, header: { kid: DEMO_CLIENTS.konkurrent.kid } }) },
  { name: "bad signature (signed with another key)", status: 400, error: "invalid_grant", says: /^MP-100: .*signature does not verify with a key registered on the client named by iss/,  assertion: () => signGrant(sc, { scopes: [KRAV], key: DEMO_CLIENTS.konkurrent.privateJwk }) },
  { name: "unknown client (iss)", status: 400, error: "invalid_grant", says: /^MP-100: .*signature does not verify with a key registered on the client named by iss/,  assertion: () => signGrant(sc, { scopes: [KRAV], claims: { iss: randomUUID() } }) },
  { name: "no iss", status: 401, error: "invalid_client", assertion: () => signGrant(sc, { scopes: [KRAV], claims: { iss: undefined } }) },
  // over HTTP the clocks run on while the request travels: margins keep the cases off the ±10 s edge
  // (the exact boundaries are unit-tested with a frozen clock in lib/maskinporten/grant-checks.test.ts)
  { name: "expired", status: 400, error: "invalid_grant", says: /expired/, assertion: () => { const t = now(); return signGrant(sc, { scopes: [KRAV], iat: t - 1, claims: { exp: t } }); } },
  { name: "too long-lived (exp - iat = 121)", status: 400, error: "invalid_grant", says: /lives 121 s/,  assertion: () => { const iat = now(); return signGrant(sc, { scopes: [KRAV], iat, claims: { exp: iat + 121 } }); } },
  { name: "iat 15 s in the future", status: 400, error: "invalid_grant", says: /1[1-5] s ahead/, assertion: () => signGrant(sc, { scopes: [KRAV], iat: now() + 15 }) },
  { name: "iat 11 s in the past", status: 400, error: "invalid_grant", says: /1\d s behind/,  assertion: () => signGrant(sc, { scopes: [KRAV], iat: now() - 11 }) },
  // RFC 7523 §3: not before nbf (issue 8, item 5); the unit tests hold the exact 10 s boundary.
  { name: "nbf an hour ahead", status: 400, error: "invalid_grant", says: /^MP-100: .*not valid yet: nbf is 3\d{3} s ahead/, assertion: () => signGrant(sc, { scopes: [KRAV], claims: { nbf: now() + 3600 } }) },
  // Digdir: resource must be a valid URI (RFC 8707 invalid_target; issue 8, item 9).
  { name: "resource that is not a URI", status: 400, error: "invalid_target", says: /resource must be an absolute URI/, assertion: () => signGrant(sc, { scopes: [KRAV], claims: { resource: "not a uri" } }) },
  { name: "no jti", status: 400, error: "invalid_grant", says: /jti/,  assertion: () => signGrant(sc, { scopes: [KRAV], claims: { jti: undefined } }) },
  { name: "aud without the trailing slash", status: 400, error: "invalid_grant", says: /^MP-110/,  assertion: () => signGrant(sc, { scopes: [KRAV], claims: { aud: MASKINPORTEN_ISSUER.replace(/\/$/, "") } }) },
  { name: "aud = the token endpoint with a trailing slash", status: 400, error: "invalid_grant", says: /^MP-110/,  assertion: () => signGrant(sc, { scopes: [KRAV], claims: { aud: `${MASKINPORTEN_ISSUER}token/` } }) },
  { name: "an undocumented claim", status: 400, error: "invalid_grant", says: /Unknown claim\(s\) in the grant: client_id\./, assertion: () => signGrant(sc, { scopes: [KRAV], claims: { client_id: sc.clientId } }) },
  { name: "scope not granted to the org", status: 400, error: "invalid_scope", says: /not granted to organisation 991825827.*altinn:authorization\/authorize/,  assertion: () => signGrant(sc, { scopes: ["altinn:authorization/authorize"] }) },
  { name: "scope unknown", status: 400, error: "invalid_scope", says: /Unknown scope\(s\): no:such-scope\.$/,  assertion: () => signGrant(sc, { scopes: [KRAV, "no:such-scope"] }) },
  { name: "no scope", status: 400, error: "invalid_scope", says: /no scope/,  assertion: () => signGrant(sc, { scopes: [] }) },
  { name: "authorization_details as a bare object", status: 400, error: "invalid_request", says: /JSON array/,  assertion: () => signGrant(sc, { scopes: [KRAV], claims: { authorization_details: systemUserDetails({ orgNo: APE })[0] } }) },
  { name: "authorization_details of another type", status: 400, error: "invalid_request", says: /unsupported type "urn:altinn:other"/,  assertion: () => signGrant(sc, { scopes: [KRAV], claims: { authorization_details: [{ type: "urn:altinn:other", systemuser_org: { authority: "iso6523-actorid-upis", ID: `0192:${APE}` } }] } }) },
  { name: "authorization_details with a malformed org id", status: 400, error: "invalid_request", says: /"0192:" followed by a 9-digit/,  assertion: () => signGrant(sc, { scopes: [KRAV], claims: { authorization_details: [{ type: "urn:altinn:systemuser", systemuser_org: { authority: "iso6523-actorid-upis", ID: APE } }] } }) },
  { name: "authorization_details with a wrong check digit", status: 400, error: "invalid_request", says: /310904474 is not a valid organisation number/,  assertion: () => signGrant(sc, { scopes: [KRAV], systemUser: { orgNo: "310904474" } }) },
  { name: "authorization_details with a wrong authority", status: 400, error: "invalid_request", says: /authority/,  assertion: () => signGrant(sc, { scopes: [KRAV], claims: { authorization_details: [{ type: "urn:altinn:systemuser", systemuser_org: { authority: "x", ID: `0192:${APE}` } }] } }) },
  { name: "two authorization_details entries", status: 400, error: "invalid_request", says: /exactly one entry, it holds 2/,  assertion: () => signGrant(sc, { scopes: [KRAV], claims: { authorization_details: [...systemUserDetails({ orgNo: APE }), ...systemUserDetails({ orgNo: "314250052" })] } }) },
  { name: "no system user for the org (MP-303)", status: 400, error: "invalid_altinn_customer_configuration", says: /^MP-303: .*0192:310904473.*client id is not on the system/,  assertion: () => signGrant(sc, { scopes: [KRAV], systemUser: { orgNo: APE, externalRef: `test-${randomUUID()}` } }) },
  { name: "unknown grant_type", status: 400, error: "unsupported_grant_type", assertion: () => signGrant(sc, { scopes: [KRAV] }), form: { grant_type: "client_credentials" } },
  { name: "missing grant_type", status: 400, error: "invalid_request", assertion: () => signGrant(sc, { scopes: [KRAV] }), form: { grant_type: undefined } },
  { name: "missing assertion", status: 400, error: "invalid_request", says: /assertion is missing/,  assertion: async () => "", form: { assertion: undefined } },
  { name: "malformed JWT", status: 400, error: "invalid_request", says: /well-formed JWT/,  assertion: async () => "not.a-jwt" },
  { name: "JWT with a non-JSON payload", status: 400, error: "invalid_request", says: /well-formed JWT/,  assertion: async () => `${Buffer.from('{"alg":"RS256"}').toString("base64url")}.bm90IGpzb24.c2ln` },
];

for (const c of CASES) {
  test(`refused: ${c.name}`, async ({ request }) => {
    await expectRefused(await tokenResponse(request, await c.assertion(), c.form), c.status, c.error, c.says);
  });
}

test("refused: the same parameter twice, and a JSON body instead of a form", async ({ request }) => {
  const assertion = await signGrant(sc, { scopes: [KRAV] });
  const twice = await request.post("/maskinporten/token", {
    headers: { "content-type": "application/x-www-form-urlencoded" },
    data: `grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer&assertion=${assertion}&assertion=${assertion}`,
  });
  await expectRefused(twice, 400, "invalid_request");
  const json = await request.post("/maskinporten/token", { data: { grant_type: "urn:ietf:params:oauth:grant-type:jwt-bearer", assertion } });
  await expectRefused(json, 400, "invalid_request");
  await expectRefused(await tokenResponse(request, `${assertion}${"A".repeat(70_000)}`), 413, "invalid_request", /larger than 65536 bytes/);
});

test("a jti is single use: the replayed grant is refused", async ({ request }) => {
  const assertion = await signGrant(sc, { scopes: [KRAV] });
  expect((await tokenResponse(request, assertion)).status()).toBe(200);
  await expectRefused(await tokenResponse(request, assertion), 400, "invalid_grant");
});

test("a jti is spent once the grant is authenticated, not before", async ({ request }) => {
  // refused later (scope): the jti is spent, the same grant cannot come back
  const jti = randomUUID();
  const unknownScope = await signGrant(sc, { scopes: ["no:such-scope"], claims: { jti } });
  await expectRefused(await tokenResponse(request, unknownScope), 400, "invalid_scope");
  await expectRefused(await tokenResponse(request, await signGrant(sc, { scopes: [KRAV], claims: { jti } })), 400, "invalid_grant");
  // refused before authentication (aud): the jti is still free
  const jti2 = randomUUID();
  await expectRefused(await tokenResponse(request, await signGrant(sc, { scopes: [KRAV], claims: { jti: jti2, aud: "https://maskinporten.no/" } })), 400, "invalid_grant");
  expect((await tokenResponse(request, await signGrant(sc, { scopes: [KRAV], claims: { jti: jti2 } }))).status()).toBe(200);
  // the same jti from another client is another grant
  const kk = DEMO_CLIENTS.konkurrent;
  expect((await tokenResponse(request, await signGrant(kk, { scopes: [KRAV], claims: { jti: jti2 } }))).status()).toBe(200);
});

async function jwksFromMetadata(request: APIRequestContext) {
  const meta = await (await request.get("/maskinporten/.well-known/oauth-authorization-server")).json();
  const jwks = await request.get(meta.jwks_uri);
  expect(jwks.status()).toBe(200);
  return createLocalJWKSet(await jwks.json());
}

test("an ordinary token: response, claims, and a signature that verifies against the published JWKS", async ({ request }) => {
  const res = await tokenResponse(request, await signGrant(sc, { scopes: [KRAV, "altinn:authentication/systemregister.write"] }));
  expect(res.status()).toBe(200);
  expect(res.headers()["cache-control"]).toBe("no-store");
  const body = await res.json();
  expect(Object.keys(body).sort()).toEqual(["access_token", "expires_in", "scope", "token_type"]);
  expect(body).toMatchObject({ token_type: "Bearer", expires_in: 120, scope: `${KRAV} altinn:authentication/systemregister.write` });
  const { payload, protectedHeader } = await jwtVerify(body.access_token, await jwksFromMetadata(request), { issuer: MASKINPORTEN_ISSUER, algorithms: ["RS256"] });
  expect(protectedHeader.kid).toEqual(expect.any(String));
  expect(payload).toMatchObject({
    iss: MASKINPORTEN_ISSUER,
    client_id: sc.clientId,
    client_amr: "private_key_jwt",
    consumer: { authority: "iso6523-actorid-upis", ID: `0192:${sc.orgNo}` },
    scope: body.scope,
    token_type: "Bearer",
  });
  expect(payload.exp! - payload.iat!).toBe(120);
  expect(payload.jti).toEqual(expect.any(String));
  expect(payload.authorization_details).toBeUndefined();
  // Digdir ("Audience-begrensning"): without resource in the grant, the access token has no aud.
  expect(payload.aud).toBeUndefined();
});

test("an audience-restricted token: the grant's resource becomes the token's aud (issue 8, item 9)", async ({ request }) => {
  for (const resource of ["https://api.bank1.no/", ["https://api.bank1.no/", "urn:example:api"]]) {
    const res = await tokenResponse(request, await signGrant(sc, { scopes: [KRAV], claims: { resource } }));
    expect(res.status()).toBe(200);
    const { payload } = await jwtVerify((await res.json()).access_token, await jwksFromMetadata(request), { issuer: MASKINPORTEN_ISSUER });
    expect(payload.aud).toEqual(resource);
  }
});

// Altinn's own integration tests (altinn-authentication test/.../SystemIntegrationTests, its Maskinporten
// client) sign grants with aud = the token endpoint URL, and the real Maskinporten takes them (RFC 7523 §3).
test("a grant whose aud is the token endpoint URL is accepted, as the issuer identifier is", async ({ request }) => {
  for (const aud of [`${MASKINPORTEN_ISSUER}token`, MASKINPORTEN_ISSUER]) {
    const res = await tokenResponse(request, await signGrant(sc, { scopes: [KRAV], claims: { aud } }));
    expect(res.status(), await res.text()).toBe(200);
  }
});

test("RS384 and RS512 grants are accepted; getToken returns the access token", async ({ request }) => {
  for (const alg of ["RS384", "RS512"]) {
    expect((await tokenResponse(request, await signGrant(sc, { scopes: [KRAV], alg }))).status()).toBe(200);
  }
  const token = await getToken(request, DEMO_CLIENTS.skatteetaten, { scopes: ["altinn:authorization/authorize"] });
  expect(decodeJwt(token)).toMatchObject({ client_id: DEMO_CLIENTS.skatteetaten.clientId, consumer: { ID: "0192:974761076" } });
  await expect(getToken(request, sc, { scopes: ["altinn:authorization/authorize"] })).rejects.toThrow(/invalid_scope/);
});

test("metadata at both well-known URLs, with the real Maskinporten's fields", async ({ request }) => {
  const a = await request.get("/maskinporten/.well-known/oauth-authorization-server");
  const b = await request.get("/.well-known/oauth-authorization-server/maskinporten");
  expect([a.status(), b.status()]).toEqual([200, 200]);
  const meta = await a.json();
  expect(await b.json()).toEqual(meta);
  expect(meta).toMatchObject({
    issuer: MASKINPORTEN_ISSUER,
    token_endpoint: `${MASKINPORTEN_ISSUER}token`,
    jwks_uri: `${MASKINPORTEN_ISSUER}jwk`,
    token_endpoint_auth_methods_supported: ["private_key_jwt"],
    token_endpoint_auth_signing_alg_values_supported: ["RS256", "RS384", "RS512"],
    grant_types_supported: ["urn:ietf:params:oauth:grant-type:jwt-bearer"],
    authorization_details_types_supported: ["urn:altinn:systemuser"],
  });
  const jwks = await (await request.get(meta.jwks_uri)).json();
  expect(jwks.keys.length).toBeGreaterThan(0);
  for (const k of jwks.keys) {
    expect(k).toMatchObject({ kty: "RSA", alg: "RS256", use: "sig", kid: expect.any(String) });
    expect(k.d).toBeUndefined();
  }
});
