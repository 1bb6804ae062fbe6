import { test } from "node:test";
import assert from "node:assert/strict";
import { scopeNameError, scopePrefixes } from "./scope-name";

test("Skatteetaten's prefixes; other service owners get their org code", () => {
  assert.deepEqual(scopePrefixes("SKD"), ["skatteetaten", "skd"]);
  assert.deepEqual(scopePrefixes("NAV"), ["nav"]);
});

test("own prefix and a well-formed name are accepted", () => {
  assert.equal(scopeNameError("skatteetaten:kravogbetalinger", "SKD"), null);
  assert.equal(scopeNameError("skd:mva/les.v2", "SKD"), null);
});

test("platform prefixes, others' prefixes and malformed names are refused", () => {
  assert.match(scopeNameError("altinn:resourceregistry/resource.write", "SKD") ?? "", /platform/);
  assert.match(scopeNameError("nav:test", "SKD") ?? "", /not yours/);
  for (const bad of ["skatteetaten", "skatteetaten:", "Skatteetaten:x", "skatteetaten:Krav", "skatteetaten:a b", ":x"]) {
    assert.notEqual(scopeNameError(bad, "SKD"), null, bad);
  }
});
