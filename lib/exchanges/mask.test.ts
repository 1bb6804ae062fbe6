import { test } from "node:test";
import assert from "node:assert/strict";
import { MASKED, SIGNATURE_REMOVED, maskBody, maskHeaders, subjectsOf, type DecodedToken } from "./mask";

const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
const jwt = (payload: object) => `${b64({ alg: "RS256", kid: "k1" })}.${b64(payload)}.c2lnbmF0dXJl`;
const SU = "7c1d6e2a-9f53-4d27-8a55-0c4a3f0e1b2c";
const access = jwt({
  iss: "http://localhost/maskinporten/",
  consumer: { authority: "iso6523-actorid-upis", ID: "0192:991825827" },
  authorization_details: [{ type: "urn:altinn:systemuser", systemuser_id: [SU], systemuser_org: { authority: "iso6523-actorid-upis", ID: "0192:310904473" } }],
});

test("a bearer JWT keeps its claims but loses its signature; cookies are masked", () => {
  const jwts: DecodedToken[] = [];
  const h = maskHeaders([["Authorization", `Bearer ${access}`], ["cookie", "authjs.session-token=abc"], ["accept", "application/json"]], "request", jwts);
  assert.equal(h.authorization, `Bearer ${access.split(".").slice(0, 2).join(".")}.${SIGNATURE_REMOVED}`);
  assert.ok(!h.authorization!.includes("c2lnbmF0dXJl"));
  assert.equal(h.cookie, MASKED);
  assert.equal(h.accept, "application/json");
  assert.equal(jwts.length, 1);
  assert.equal(jwts[0]!.where, "request Authorization");
});

test("a bearer value that is not a JWT is masked whole", () => {
  const h = maskHeaders([["authorization", "Bearer opaque-secret-value"]], "request", []);
  assert.equal(h.authorization, `Bearer ${MASKED}`);
});

test("form bodies: the assertion is decoded and unsigned, a client_secret masked", () => {
  const jwts: DecodedToken[] = [];
  const body = maskBody(`grant_type=x&assertion=${access}&client_secret=hunter2`, "application/x-www-form-urlencoded", "request", jwts) as Record<string, string>;
  assert.equal(body.client_secret, MASKED);
  assert.ok(body.assertion!.endsWith(SIGNATURE_REMOVED));
  assert.equal(jwts[0]!.where, "request body assertion");
});

test("JSON bodies: a JWK's private members are masked, an access_token unsigned", () => {
  const jwts: DecodedToken[] = [];
  const body = maskBody(JSON.stringify({ access_token: access, key: { kty: "RSA", n: "abc", e: "AQAB", d: "private", p: "x" } }), "application/json; charset=utf-8", "response", jwts) as {
    access_token: string;
    key: Record<string, string>;
  };
  assert.deepEqual(body.key, { kty: "RSA", n: "abc", e: "AQAB", d: MASKED, p: MASKED });
  assert.ok(body.access_token.endsWith(SIGNATURE_REMOVED));
  assert.equal(jwts[0]!.where, "response body access_token");
});

test("a body that is not JSON stays text; an oversized one is truncated", () => {
  assert.equal(maskBody("plain", "text/plain", "response", []), "plain");
  const big = maskBody("x".repeat(70_000), "text/plain", "response", []) as string;
  assert.ok(big.length < 70_000 && big.endsWith("(70000 chars)"));
});

test("the system user and organisations come from the token, the URL and the notes", () => {
  const jwts: DecodedToken[] = [];
  maskHeaders([["authorization", `Bearer ${access}`]], "request", jwts);
  const s = subjectsOf("http://localhost/skatteetaten/api/innkreving/kravogbetalinger/v1/krav/314250052", jwts, { orgNos: ["310000001"] });
  assert.equal(s.systemUserId, SU);
  assert.deepEqual(s.orgNos.sort(), ["310000001", "310904473", "314250052", "991825827"]);
});
