// The console signs only for a registered key that is one of the committed demo keys.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { findDemoSigningKey } from "./portal-keys";
import { demoKeyFile } from "./keys";

const publicJwk = (name: string) => JSON.parse(readFileSync(demoKeyFile(name).replace(".private.", ".public."), "utf8")) as Record<string, unknown>;

test("a registered key with a demo key's modulus is found, with the registered kid and the private key file", () => {
  const found = findDemoSigningKey([
    { clientId: "c1", kid: "own-key", jwk: { kty: "RSA", n: "AAAA", e: "AQAB" } },
    { clientId: "c1", kid: "renamed-demo", jwk: { ...publicJwk("smartcloud"), kid: "renamed-demo" } },
  ]);
  assert.deepEqual(found, { clientId: "c1", kid: "renamed-demo", keyFile: demoKeyFile("smartcloud") });
});

test("the konkurrent demo key maps to its own private key file", () => {
  const found = findDemoSigningKey([{ clientId: "c2", kid: "k", jwk: publicJwk("konkurrent") }]);
  assert.equal(found?.keyFile, demoKeyFile("konkurrent"));
});

test("keys the portal does not hold, and malformed registrations, give nothing to sign with", () => {
  assert.equal(findDemoSigningKey([]), null);
  assert.equal(findDemoSigningKey([{ clientId: "c", kid: "k", jwk: { kty: "RSA", n: "bm90LWEtZGVtby1rZXk", e: "AQAB" } }]), null);
  assert.equal(findDemoSigningKey([{ clientId: "c", kid: "k", jwk: null }]), null);
  assert.equal(findDemoSigningKey([{ clientId: "c", kid: "k", jwk: "not a jwk" }]), null);
});
