import { test } from "node:test";
import assert from "node:assert/strict";
import { packagesGranting, permits, policyActions, subjectsOf, toRuleData } from "./policy";

const P = "urn:altinn:accesspackage:";
const rules = [
  { subjects: ["urn:altinn:rolecode:DAGL", `${P}regnskapsforer-lonn`], actions: ["read"] },
  { subjects: ["urn:altinn:rolecode:DAGL"], actions: ["write"] },
];

test("a subject named by a rule for the action is permitted", () => {
  assert.equal(permits(rules, "read", ["urn:altinn:rolecode:DAGL"]), true);
  assert.equal(permits(rules, "write", ["urn:altinn:rolecode:DAGL"]), true);
  assert.equal(permits(rules, "read", [`${P}regnskapsforer-lonn`]), true);
});

test("a subject for another action, an unknown action or no subject is not permitted", () => {
  assert.equal(permits(rules, "write", [`${P}regnskapsforer-lonn`]), false);
  assert.equal(permits(rules, "sign", ["urn:altinn:rolecode:DAGL"]), false);
  assert.equal(permits(rules, "read", []), false);
  assert.equal(permits([], "read", ["urn:altinn:rolecode:DAGL"]), false);
});

test("a person's roles and packages become subjects", () => {
  assert.deepEqual(subjectsOf({ roles: ["DAGL"], packages: [`${P}skatt-naering`] }), ["urn:altinn:rolecode:DAGL", `${P}skatt-naering`]);
});

test("actions and granting packages of a policy", () => {
  assert.deepEqual(policyActions(rules), ["read", "write"]);
  assert.deepEqual(packagesGranting(rules, "read"), [`${P}regnskapsforer-lonn`]);
  assert.deepEqual(packagesGranting(rules, "write"), []);
});

test("stored rules with unexpected JSON are read as empty lists", () => {
  assert.deepEqual(toRuleData({ subjects: "x", actions: [1, "read"] }), { subjects: [], actions: ["read"] });
});
