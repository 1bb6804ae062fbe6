// The vendor's grant: claims as reference §6 names them, signed so that the registered public key verifies it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { decodeJwt, decodeProtectedHeader, importJWK, jwtVerify } from "jose";
import { buildGrantClaims, GRANT_LIFETIME_SECONDS, signGrant } from "./grant";
import { demoKeyFile, parsePrivateKey, SMARTCLOUD_DEMO } from "./keys";

const NOW = new Date("2026-11-21T12:00:00Z");
const IAT = NOW.getTime() / 1000;
const ISSUER = "http://localhost:3000/maskinporten/";

test("an ordinary grant: aud = issuer, iss = client id, exp = iat + 60, a uuid jti, space-separated scopes", () => {
  const c = buildGrantClaims({ issuer: ISSUER, clientId: "client-1", scopes: ["a:b", "c:d"], now: NOW });
  assert.equal(c.aud, ISSUER);
  assert.equal(c.iss, "client-1");
  assert.equal(c.iat, IAT);
  assert.equal(c.exp, IAT + GRANT_LIFETIME_SECONDS);
  assert.equal(GRANT_LIFETIME_SECONDS <= 120, true);
  assert.match(c.jti, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.equal(c.scope, "a:b c:d");
  assert.equal("authorization_details" in c, false);
});

test("every grant has a new jti (single use, RFC 7523 §3)", () => {
  const a = buildGrantClaims({ issuer: ISSUER, clientId: "x", scopes: ["s"], now: NOW });
  const b = buildGrantClaims({ issuer: ISSUER, clientId: "x", scopes: ["s"], now: NOW });
  assert.notEqual(a.jti, b.jti);
});

test("a system-user grant names the owner org as 0192:<orgNo>, and the externalRef only when given", () => {
  const withRef = buildGrantClaims({ issuer: ISSUER, clientId: "x", scopes: ["s"], systemUser: { orgNo: "310904473", externalRef: "ref-1" }, now: NOW });
  assert.deepEqual(withRef.authorization_details, [
    { type: "urn:altinn:systemuser", systemuser_org: { authority: "iso6523-actorid-upis", ID: "0192:310904473" }, externalRef: "ref-1" },
  ]);
  const withoutRef = buildGrantClaims({ issuer: ISSUER, clientId: "x", scopes: ["s"], systemUser: { orgNo: "314250052" }, now: NOW });
  assert.deepEqual(withoutRef.authorization_details, [
    { type: "urn:altinn:systemuser", systemuser_org: { authority: "iso6523-actorid-upis", ID: "0192:314250052" } },
  ]);
});

test("the signed grant carries alg and kid in its header and verifies with the client's public key", async () => {
  const { privateKey, kid } = await parsePrivateKey(await readFile(SMARTCLOUD_DEMO.keyFile, "utf8"), "RS256");
  assert.equal(kid, SMARTCLOUD_DEMO.kid);
  const claims = buildGrantClaims({ issuer: ISSUER, clientId: SMARTCLOUD_DEMO.clientId, scopes: ["skatteetaten:kravogbetalinger"], systemUser: { orgNo: "310904473" }, now: NOW });
  const jwt = await signGrant({ baseUrl: "http://localhost:3000", clientId: SMARTCLOUD_DEMO.clientId, kid: SMARTCLOUD_DEMO.kid, alg: "RS256", privateKey }, claims);
  assert.deepEqual(decodeProtectedHeader(jwt), { alg: "RS256", kid: SMARTCLOUD_DEMO.kid, typ: "JWT" });
  assert.deepEqual(decodeJwt(jwt), claims);
  const publicJwk = JSON.parse(await readFile(SMARTCLOUD_DEMO.keyFile.replace(".private.", ".public."), "utf8"));
  const { payload } = await jwtVerify(jwt, await importJWK(publicJwk, "RS256"), { currentDate: NOW, audience: ISSUER, issuer: SMARTCLOUD_DEMO.clientId });
  assert.equal(payload.jti, claims.jti);
});

test("a PKCS#8 PEM key signs as RS512 as well, and reports no kid", async () => {
  const pem = await readFile(demoKeyFile("smartcloud").replace(".jwk.json", ".pem"), "utf8");
  const loaded = await parsePrivateKey(pem, "RS512");
  assert.equal(loaded.kid, undefined);
  const claims = buildGrantClaims({ issuer: ISSUER, clientId: "x", scopes: ["s"], now: NOW });
  const jwt = await signGrant({ baseUrl: "", clientId: "x", kid: "k", alg: "RS512", privateKey: loaded.privateKey }, claims);
  assert.equal(decodeProtectedHeader(jwt).alg, "RS512");
});

test("keys that are not RSA private keys are refused with a clear message", async () => {
  await assert.rejects(parsePrivateKey("not a key", "RS256"), /neither a JWK \(JSON\) nor a PKCS#8 PEM/);
  await assert.rejects(parsePrivateKey("-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----", "RS256"), /Only PKCS#8 PEM/);
  const publicJwk = await readFile(SMARTCLOUD_DEMO.keyFile.replace(".private.", ".public."), "utf8");
  await assert.rejects(parsePrivateKey(publicJwk, "RS256"), /not an RSA private key/);
});
