import { test } from "node:test";
import assert from "node:assert/strict";
import { actionLabel, expandRights, parsePackages, parseRights, type ResourcePolicy } from "./rights";

const KRAV: ResourcePolicy = {
  identifier: "krav",
  title: "Claims",
  delegable: true,
  rules: [
    { subjects: ["urn:altinn:rolecode:DAGL"], actions: ["write", "read"] },
    { subjects: ["urn:altinn:rolecode:REGNA"], actions: ["read"] },
  ],
};

test("parseRights reads the real shape and skips what is not a resource right", () => {
  const json = [
    { action: "read", resource: [{ id: "urn:altinn:resource", value: "krav" }] },
    { resource: [{ id: "urn:altinn:resource", value: "other" }] },
    { action: "read", resource: [{ id: "urn:altinn:app", value: "x" }] },
    "junk",
    null,
  ];
  assert.deepEqual(parseRights(json), [{ resource: "krav", action: "read" }, { resource: "other" }]);
  assert.deepEqual(parseRights({ not: "an array" }), []);
});

test("parsePackages reads [{ urn }] without duplicates", () => {
  assert.deepEqual(parsePackages([{ urn: "a" }, { urn: "a" }, { nope: 1 }, { urn: "b" }]), ["a", "b"]);
  assert.deepEqual(parsePackages(null), []);
});

test("a right without action expands to every action of the policy; duplicates collapse", () => {
  const policies = new Map([["krav", KRAV]]);
  assert.deepEqual(expandRights([{ resource: "krav" }, { resource: "krav", action: "read" }], policies), [
    { resource: "krav", action: "read" },
    { resource: "krav", action: "write" },
  ]);
  assert.deepEqual(expandRights([{ resource: "krav", action: "write" }], policies), [{ resource: "krav", action: "write" }]);
  assert.deepEqual(expandRights([{ resource: "unknown" }], policies), []);
});

test("action words", () => {
  assert.equal(actionLabel("read"), "Read");
  assert.equal(actionLabel("write"), "Write");
});
