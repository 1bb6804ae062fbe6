// readAccessToken tells a token that fails its checks (TokenError: the API answers 401) from a key set that
// could not be fetched (rethrown: Skatteetaten's API answers 502 KOB-502, lib/skatteetaten/krav-api.ts).
import { test } from "node:test";
import assert from "node:assert/strict";
import { errors, type JWTVerifyGetKey } from "jose";
import { TokenError, keySetUnavailable, readAccessToken } from "./access-token";

// any well-formed RS256 JWT: the key lookup is what these tests exercise
const JWT = "eyJhbGciOiJSUzI1NiIsImtpZCI6ImsxIn0.eyJzdWIiOiJ4In0.c2ln";

const failing = (e: unknown): JWTVerifyGetKey => async () => {
  throw e;
};

test("an unavailable key set is rethrown, not taken for an invalid token", async () => {
  for (const e of [new errors.JOSEError("Expected 200 OK from the JSON Web Key Set HTTP response"), new errors.JWKSTimeout(), new TypeError("fetch failed")]) {
    assert.equal(keySetUnavailable(e), true, e.message);
    await assert.rejects(readAccessToken(JWT, failing(e)), (thrown) => thrown === e);
  }
});

test("a token whose kid no key matches is an invalid token", async () => {
  const e = new errors.JWKSNoMatchingKey();
  assert.equal(keySetUnavailable(e), false);
  await assert.rejects(readAccessToken(JWT, failing(e)), (thrown) => thrown instanceof TokenError && thrown.reason === "invalid");
});
