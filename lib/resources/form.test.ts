import { test } from "node:test";
import assert from "node:assert/strict";
import { Problem } from "../problems/problem";
import { emptyResourceForm, formErrorsOf, readResourceForm, resourceBodyOf } from "./form";
import { parseResourceInput } from "./resource-input";

test("form fields become the API's resource body", () => {
  const f = new FormData();
  f.set("identifier", " ske-x ");
  for (const l of ["nb", "nn", "en"]) f.set(`title.${l}`, `T ${l}`);
  f.set("resourceType", "Default");
  f.set("visible", "on");
  f.set("scope", "skatteetaten:x");
  f.set("rules", JSON.stringify([{ subjects: ["urn:altinn:rolecode:DAGL"], actions: ["read"], description: "" }]));
  const v = readResourceForm(f);
  assert.equal(v.delegable, false);
  assert.equal(v.rules.length, 1);
  const input = parseResourceInput(resourceBodyOf(v));
  assert.deepEqual([input.identifier, input.title.en, input.maskinportenScope, input.visible], ["ske-x", "T en", "skatteetaten:x", true]);
});

test("a broken rules field reads as no rules", () => {
  const f = new FormData();
  f.set("rules", "{not json");
  assert.deepEqual(readResourceForm(f).rules, []);
  assert.equal(emptyResourceForm().rules.length, 1);
});

test("validation paths map to form fields", () => {
  const p = new Problem(400, "RR-00001", "x", "d", [
    { code: "RR-00001", detail: "bad id", paths: ["/identifier"] },
    { code: "RR-00001", detail: "empty", paths: ["/title/nn"] },
    { code: "RR-00001", detail: "no scope", paths: ["/resourceReferences/0/reference"] },
    { code: "RR-00001", detail: "unknown action", paths: ["/rules/1/actions/0"] },
  ]);
  assert.deepEqual(formErrorsOf(p), { identifier: "bad id", "title.nn": "empty", scope: "no scope", rules: "Rule 2: unknown action" });
  assert.deepEqual(formErrorsOf(new Problem(409, "RR-00002", "Conflict", "exists")), { form: "exists" });
});
