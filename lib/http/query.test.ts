// readQuery binds query parameters as ASP.NET binds `[FromQuery] string x` with nullable reference types
// enabled (Altinn/altinn-authentication SystemUserController.GetSingleSystemUserForVendor, CheckIfPartyHasIntegration).
import { test } from "node:test";
import assert from "node:assert/strict";
import { BindingProblem } from "../problems/problem";
import { readQuery } from "./query";

const req = (q: string) => new Request(`http://x/p?${q}`);

test("required parameters present, optional ones only when non-empty", () => {
  assert.deepEqual(readQuery(req("system-id=s&orgno=1&external-ref="), ["system-id", "orgno"], ["external-ref"]), { "system-id": "s", orgno: "1" });
  assert.deepEqual(readQuery(req("clientId=c&externalRef=r"), ["clientId"], ["externalRef"]), { clientId: "c", externalRef: "r" });
});

test("a missing or empty required parameter is ASP.NET's binding problem naming each", () => {
  try {
    readQuery(req("orgno="), ["system-id", "orgno"]);
    assert.fail("no problem");
  } catch (e) {
    assert.ok(e instanceof BindingProblem);
    assert.deepEqual(Object.keys(e.errors), ["system-id", "orgno"]);
  }
});
