import { test } from "node:test";
import assert from "node:assert/strict";
import { loginErrorMessage } from "./login-errors";

// Issue 8, item 9: the login page used to show whatever ?error= said.
test("only known login error codes have a text; anything else shows nothing", () => {
  assert.equal(loginErrorMessage("checksum"), "The check digits of this national identity number are wrong.");
  for (const v of ["Your account is locked: call +47 000 00 000", "toString", "__proto__", "", undefined, ["format"]]) {
    assert.equal(loginErrorMessage(v), undefined, String(v));
  }
});
