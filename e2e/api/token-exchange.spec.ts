// The token exchange (altinn-authentication src/Authentication/Controllers/AuthenticationController.cs,
// ExchangeExternalSystemToken → AuthenticateMaskinportenToken; OpenIdController.cs for the metadata) and
// the Altinn APIs that accept the Altinn token it issues.
import { expect, test } from "@playwright/test";
import { createLocalJWKSet, jwtVerify } from "jose";
import { ORGS, SCOPES } from "../../prisma/cast";
import { DEMO_CLIENTS, decodeJwt, getToken } from "../support/maskinporten";
import { bearer, createApeSystemUser, withScope } from "../support/service-owner";
import { TEST_ENV } from "../test-env";

const EXCHANGE = "/authentication/api/v1/exchange/maskinporten";
const VENDOR_SCOPES = [SCOPES.systemregisterWrite, SCOPES.requestWrite, SCOPES.requestRead];

test("no token, an unreadable one, an unknown provider, an ID-porten exchange: the real answers", async ({ request }) => {
  expect((await request.get(EXCHANGE)).status()).toBe(401);
  expect((await request.get(EXCHANGE, { headers: bearer("not-a-jwt") })).status()).toBe(401);
  const mp = await getToken(request, DEMO_CLIENTS.smartcloud, { scopes: VENDOR_SCOPES });
  const unknown = await request.get("/authentication/api/v1/exchange/facebook", { headers: bearer(mp) });
  expect(unknown.status()).toBe(400);
  expect(await unknown.text()).toBe("Invalid token provider: facebook. Trusted token providers are 'Maskinporten', 'Id-porten' and 'AltinnStudio'.");
  // a Maskinporten token is no ID-porten token
  expect((await request.get("/authentication/api/v1/exchange/id-porten", { headers: bearer(mp) })).status()).toBe(401);
  // a token Maskinporten did not sign (its signature broken)
  expect((await request.get(EXCHANGE, { headers: bearer(`${mp.slice(0, -4)}AAAA`) })).status()).toBe(401);
  // an Altinn token cannot be exchanged again (it is not Maskinporten's)
  const altinn = await (await request.get(EXCHANGE, { headers: bearer(mp) })).text();
  expect((await request.get(EXCHANGE, { headers: bearer(altinn) })).status()).toBe(401);
  // enterprise users ended with Altinn 2: 410
  const gone = await request.get(EXCHANGE, { headers: { ...bearer(mp), "x-altinn-enterpriseuser-authentication": "x" } });
  expect(gone.status()).toBe(410);
  expect(((await gone.json()) as { title: string }).title).toBe("Virksomhetsbruker is no longer available");
});

test("a vendor's Maskinporten token becomes an Altinn token with its claims, signed by the Altinn issuer", async ({ request }) => {
  const mp = await getToken(request, DEMO_CLIENTS.smartcloud, { scopes: VENDOR_SCOPES });
  // the provider is matched case-insensitively (tokenProvider.ToLower())
  const res = await request.get("/authentication/api/v1/exchange/Maskinporten", { headers: bearer(mp) });
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("text/plain");
  const altinn = await res.text();
  // verified with the keys the Altinn issuer's metadata names
  const conf = (await (await request.get("/authentication/api/v1/openid/.well-known/openid-configuration")).json()) as { issuer: string; jwks_uri: string };
  expect(conf.issuer).toBe(`${TEST_ENV.PUBLIC_BASE_URL}/authentication/api/v1/openid/`);
  const jwks = await (await request.get(conf.jwks_uri)).json();
  const { payload } = await jwtVerify(altinn, createLocalJWKSet(jwks), { issuer: conf.issuer });
  const original = decodeJwt(mp);
  expect(payload).toMatchObject({
    scope: original.scope,
    consumer: original.consumer,
    client_id: original.client_id,
    jti: original.jti,
    token_type: "Bearer",
    "urn:altinn:orgNumber": ORGS.smartcloud.orgNo,
    "urn:altinn:authenticatemethod": "maskinporten",
    "urn:altinn:authlevel": 3,
  });
  expect(payload.client_amr).toBeUndefined();
  expect(payload["urn:altinn:org"]).toBeUndefined();
  expect(typeof payload.sid).toBe("string");
  // JwtValidityMinutes: 30
  expect(payload.exp! - payload.iat!).toBe(1800);
  expect(payload.nbf).toBe(payload.iat);

  // the Altinn APIs take it as they take the Maskinporten token
  const systems = await request.get("/authentication/api/v1/systemregister/vendor", { headers: bearer(altinn) });
  expect(systems.status(), await systems.text()).toBe(200);
  // Skatteetaten's API takes Maskinporten tokens only
  const krav = await request.get(`/skatteetaten/api/innkreving/kravogbetalinger/v1/krav/${ORGS.ape.orgNo}`, { headers: bearer(altinn) });
  expect(krav.status()).toBe(401);
});

test("a service owner's token gets urn:altinn:org with an altinn:serviceowner scope; its access lists accept it", async ({ request }) => {
  const mp = await getToken(request, DEMO_CLIENTS.skatteetaten, { scopes: [SCOPES.accessListRead] });
  const plain = await (await request.get(EXCHANGE, { headers: bearer(mp) })).text();
  expect(decodeJwt(plain)["urn:altinn:org"]).toBeUndefined();
  expect((await request.get("/resourceregistry/api/v1/access-lists/skd", { headers: bearer(plain) })).status()).toBe(200);
  const serviceOwner = await withScope(mp, `${SCOPES.accessListRead} altinn:serviceowner/instances.read`);
  const withOrg = await (await request.get(EXCHANGE, { headers: bearer(serviceOwner) })).text();
  expect(decodeJwt(withOrg)["urn:altinn:org"]).toBe("skd");
});

test("a system user's token keeps authorization_details through the exchange", async ({ request, browser }) => {
  const su = await createApeSystemUser(request, browser);
  const mp = await getToken(request, DEMO_CLIENTS.smartcloud, { scopes: [SCOPES.kravOgBetalinger], systemUser: { orgNo: ORGS.ape.orgNo, externalRef: su.externalRef } });
  const res = await request.get(EXCHANGE, { headers: bearer(mp) });
  expect(res.status()).toBe(200);
  const claims = decodeJwt(await res.text());
  expect(claims.authorization_details).toEqual(decodeJwt(mp).authorization_details);
  expect((claims.authorization_details as { systemuser_id: string[] }[])[0]?.systemuser_id).toEqual([su.id]);
});
