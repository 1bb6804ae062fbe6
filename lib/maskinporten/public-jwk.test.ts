// What a vendor may paste as a client key: RSA public JWKs with a kid, nothing private.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { parsePublicJwk } from "./public-jwk";

const pub = JSON.parse(readFileSync("prisma/fixtures/demo-keys/smartcloud.public.jwk.json", "utf8")) as Record<string, unknown>;
const priv = JSON.parse(readFileSync("prisma/fixtures/demo-keys/smartcloud.private.jwk.json", "utf8")) as Record<string, unknown>;
const paste = (v: unknown) => parsePublicJwk(typeof v === "string" ? v : JSON.stringify(v));
const error = (v: unknown) => {
  const r = paste(v);
  assert.equal(r.ok, false);
  return r.ok ? "" : r.error;
};

describe("parsePublicJwk", () => {
  it("accepts an RSA public JWK and keeps only public members", () => {
    const r = paste({ ...pub, x5t: "ignored", ext: true });
    assert.ok(r.ok);
    assert.deepEqual(Object.keys(r.jwk).sort(), ["alg", "e", "kid", "kty", "n", "use"]);
    assert.equal(r.jwk.kid, "smartcloud-demo-2026");
  });
  it("accepts a key without alg and use", () => {
    const { alg: _a, use: _u, ...bare } = pub;
    const r = paste(bare);
    assert.ok(r.ok);
    assert.equal(r.jwk.alg, undefined);
    assert.equal(r.jwk.use, "sig");
  });
  it("refuses a private key, naming the private members", () => assert.match(error(priv), /PRIVATE key .*"d"/));
  it("refuses a lone private exponent", () => assert.match(error({ ...pub, d: "AQAB" }), /PRIVATE/));
  it("refuses a symmetric key", () => assert.match(error({ kty: "oct", k: "c2VjcmV0", kid: "x" }), /PRIVATE/));
  it("refuses EC keys", () => assert.match(error({ kty: "EC", crv: "P-256", x: "a", y: "b", kid: "x" }), /Only RSA/));
  it("refuses a missing or spaced kid", () => {
    const { kid: _k, ...noKid } = pub;
    assert.match(error(noKid), /needs a kid/);
    assert.match(error({ ...pub, kid: "my key" }), /needs a kid/);
  });
  it("refuses short keys", () => assert.match(error({ ...pub, n: Buffer.alloc(128, 1).toString("base64url") }), /1024 bits/));
  it("refuses bad n/e, use and alg", () => {
    assert.match(error({ ...pub, e: 65537 }), /base64url/);
    assert.match(error({ ...pub, use: "enc" }), /use/);
    assert.match(error({ ...pub, alg: "HS256" }), /alg/);
  });
  it("refuses non-JSON, arrays and JWK sets", () => {
    assert.match(error("-----BEGIN PUBLIC KEY-----"), /not valid JSON/);
    assert.match(error([pub]), /JSON object/);
    assert.match(error({ keys: [pub] }), /JWK set/);
  });
});
