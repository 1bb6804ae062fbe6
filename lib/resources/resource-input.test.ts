import { test } from "node:test";
import assert from "node:assert/strict";
import { Problem } from "../problems/problem";
import { parseResourceInput } from "./resource-input";

const valid = {
  identifier: "ske-test-ressurs",
  title: { nb: "Tittel", nn: "Tittel", en: "Title" },
  resourceType: "Default",
  resourceReferences: [{ referenceSource: "Default", reference: "skatteetaten:test", referenceType: "MaskinportenScope" }],
};

function faultPaths(body: unknown): string[] {
  try {
    parseResourceInput(body);
  } catch (e) {
    assert.ok(e instanceof Problem);
    assert.equal(e.status, 400);
    assert.equal(e.code, "RR-00001");
    return (e.validationErrors ?? []).map((v) => v.paths[0] ?? "");
  }
  assert.fail("expected a validation problem");
}

test("a minimal resource gets the registry's defaults", () => {
  const r = parseResourceInput(valid);
  assert.equal(r.maskinportenScope, "skatteetaten:test");
  assert.deepEqual([r.delegable, r.visible, r.accessListMode, r.status], [true, true, "Disabled", "Completed"]);
  assert.deepEqual(r.description, { nb: "", nn: "", en: "" });
  assert.equal(r.authorityOrgNo, null);
});

test("identifiers: format and reserved prefixes", () => {
  for (const identifier of ["Upper", "ab", "with space", "-lead", "app_x-y", "se_1234", "x".repeat(101)]) {
    assert.deepEqual(faultPaths({ ...valid, identifier }), ["/identifier"], identifier);
  }
});

test("titles need all three languages, non-empty", () => {
  assert.deepEqual(faultPaths({ ...valid, title: { nb: "a", nn: "", en: "c" } }), ["/title/nn"]);
  assert.deepEqual(faultPaths({ ...valid, title: { nb: "a" } }), ["/title/nn", "/title/en"]);
});

test("enums and references are checked", () => {
  assert.deepEqual(faultPaths({ ...valid, resourceType: "Nope" }), ["/resourceType"]);
  assert.deepEqual(faultPaths({ ...valid, accessListMode: "On" }), ["/accessListMode"]);
  assert.deepEqual(faultPaths({ ...valid, resourceReferences: [{ referenceSource: "Default", reference: "x", referenceType: "Uri" }] }), ["/resourceReferences/0/referenceType"]);
  const two = [valid.resourceReferences[0], valid.resourceReferences[0]];
  assert.deepEqual(faultPaths({ ...valid, resourceReferences: two }), ["/resourceReferences"]);
});

test("several faults are reported together", () => {
  assert.deepEqual(faultPaths({ identifier: "A", delegable: "yes" }).sort(), ["/delegable", "/identifier", "/title"]);
});
