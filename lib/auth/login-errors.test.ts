import { test } from "node:test";
import assert from "node:assert/strict";
import { loginErrorCode } from "./login-errors";
import en from "../i18n/messages/en.json" with { type: "json" };
import nb from "../i18n/messages/nb.json" with { type: "json" };

// Issue 8, item 9: the login page used to show whatever ?error= said.
test("only known login error codes have a text; anything else shows nothing", () => {
  assert.equal(loginErrorCode("checksum"), "checksum");
  assert.equal(en.Login.errors.checksum, "The check digits of this national identity number are wrong.");
  assert.equal(nb.Login.errors.checksum, "Kontrollsifrene i dette fødselsnummeret er feil.");
  for (const v of ["Your account is locked: call +47 000 00 000", "toString", "__proto__", "", undefined, ["format"]]) {
    assert.equal(loginErrorCode(v), undefined, String(v));
  }
});
