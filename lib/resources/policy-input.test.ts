import { test } from "node:test";
import assert from "node:assert/strict";
import { Problem } from "../problems/problem";
import { parsePolicyInput } from "./policy-input";

const P = "urn:altinn:accesspackage:";

function faults(body: unknown): string[] {
  try {
    parsePolicyInput(body);
  } catch (e) {
    assert.ok(e instanceof Problem);
    assert.equal(e.code, "RR-00001");
    return (e.validationErrors ?? []).map((v) => v.paths[0] ?? "");
  }
  assert.fail("expected a validation problem");
}

test("valid rules are returned with trimmed descriptions", () => {
  const rules = parsePolicyInput({ rules: [{ subjects: ["urn:altinn:rolecode:DAGL", `${P}skatt-naering`], actions: ["read", "write"], description: " x " }] });
  assert.deepEqual(rules, [{ subjects: ["urn:altinn:rolecode:DAGL", `${P}skatt-naering`], actions: ["read", "write"], description: "x" }]);
  assert.deepEqual(parsePolicyInput({ rules: [] }), []);
});

test("unknown subjects and actions are refused with their paths", () => {
  assert.deepEqual(faults({ rules: [{ subjects: ["urn:altinn:rolecode:NOPE", `${P}nope`, "DAGL"], actions: ["read"] }] }), ["/rules/0/subjects/0", "/rules/0/subjects/1", "/rules/0/subjects/2"]);
  assert.deepEqual(faults({ rules: [{ subjects: ["urn:altinn:rolecode:DAGL"], actions: ["fly"] }] }), ["/rules/0/actions/0"]);
});

test("empty lists, duplicates and a missing rules list are refused", () => {
  assert.deepEqual(faults({ rules: [{ subjects: [], actions: ["read"] }] }), ["/rules/0/subjects"]);
  assert.deepEqual(faults({ rules: [{ subjects: ["urn:altinn:rolecode:DAGL"], actions: ["read", "read"] }] }), ["/rules/0/actions"]);
  assert.deepEqual(faults({}), ["/rules"]);
  assert.deepEqual(faults(null), ["/"]);
});
