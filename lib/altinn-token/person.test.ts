import assert from "node:assert/strict";
import { test } from "node:test";
import { parseScopes } from "./person";
import { userIdOf } from "./token";

test("scopes: comma separated as Altinn's test token generator takes them, spaces too, once each", () => {
  assert.deepEqual(parseScopes("altinn:clientdelegations.read,altinn:clientdelegations.write altinn:clientdelegations.read"), [
    "altinn:clientdelegations.read",
    "altinn:clientdelegations.write",
  ]);
  assert.deepEqual(parseScopes(null), []);
});

test("a person's user id is stable and apart from party ids", () => {
  assert.equal(userIdOf(50_123_456), 20_123_456);
});
