import { test } from "node:test";
import assert from "node:assert/strict";
import { isValidOrgNo, orgNoCheckDigit, parseIso6523OrgId } from "./orgno";
import { checkPid, isValidPid, pidCheckDigits } from "./pid";

test("organisation numbers of the cast are valid", () => {
  for (const n of ["974761076", "991825827", "310904473", "314250052", "310609544", "313872076", "310599298", "313169960", "310757314", "310244589", "313351203"]) {
    assert.equal(isValidOrgNo(n), true, n);
  }
});

test("organisation number with a wrong check digit, wrong length or letters is invalid", () => {
  for (const n of ["974761077", "97476107", "9747610760", "97476107a", "", " 974761076"]) {
    assert.equal(isValidOrgNo(n), false, JSON.stringify(n));
  }
});

test("remainder 0 gives check digit 0, remainder 1 gives no valid number", () => {
  // 1000000: weights 3,2,7,6,5,4,3,2 -> sum for 10000001 = 3 + 2 = 5; find prefixes by the rule itself
  const zero = "00000000"; // sum 0 -> r 0 -> check digit 0
  assert.equal(orgNoCheckDigit(zero), 0);
  // 00000005: sum = 5*2 = 10 -> r 10 -> check 1
  assert.equal(orgNoCheckDigit("00000005"), 1);
  // 00000006: sum 12 -> r 1 -> invalid
  assert.equal(orgNoCheckDigit("00000006"), null);
  for (let d = 0; d <= 9; d++) assert.equal(isValidOrgNo(`00000006${d}`), false);
});

test("ISO 6523 organisation ids must use the 0192 prefix", () => {
  assert.equal(parseIso6523OrgId("0192:991825827"), "991825827");
  assert.equal(parseIso6523OrgId("0191:991825827"), null);
  assert.equal(parseIso6523OrgId("991825827"), null);
  assert.equal(parseIso6523OrgId("0192:99182582"), null);
});

/** The first valid number starting with the given birth date digits. */
function completePid(ddmmyy: string): string {
  for (let i = 0; i < 1000; i++) {
    const first9 = ddmmyy + String(i).padStart(3, "0");
    const check = pidCheckDigits(first9);
    if (check) return first9 + check;
  }
  throw new Error(`no valid number for ${ddmmyy}`);
}

test("the documentation's synthetic number 06857897380 is valid: month + 80, 6 May 1978", () => {
  const r = checkPid("06857897380");
  assert.equal(r.ok, true);
  if (r.ok) {
    assert.equal(r.info.synthetic, true);
    assert.equal(r.info.kind, "fnr");
    assert.deepEqual(r.info.birthDate, { day: 6, month: 5, year2: 78 });
  }
  assert.equal(isValidPid("02895998748"), true);
});

test("a wrong check digit in either position is rejected", () => {
  assert.deepEqual(checkPid("06857897381"), { ok: false, reason: "checksum" });
  assert.deepEqual(checkPid("06857897370"), { ok: false, reason: "checksum" });
});

test("malformed national identity numbers are rejected with the reason", () => {
  assert.deepEqual(checkPid("0685789738"), { ok: false, reason: "format" });
  assert.deepEqual(checkPid("0685789738a"), { ok: false, reason: "format" });
  assert.deepEqual(checkPid(""), { ok: false, reason: "format" });
});

test("D-numbers add 40 to the day", () => {
  const pid = completePid("461278"); // 6 Dec 1978, D-number
  const r = checkPid(pid);
  assert.equal(r.ok, true);
  if (r.ok) {
    assert.equal(r.info.kind, "dnr");
    assert.equal(r.info.birthDate.day, 6);
  }
});

test("an impossible date is rejected even with valid check digits", () => {
  assert.deepEqual(checkPid(completePid("019378")), { ok: false, reason: "date" }); // month 93 - 80 = 13
  assert.deepEqual(checkPid(completePid("320578")), { ok: false, reason: "date" }); // day 32
  assert.deepEqual(checkPid(completePid("720578")), { ok: false, reason: "date" }); // D-number day 32
});

test("K1 or K2 of 10 leaves no valid number", () => {
  let found = 0;
  for (let i = 0; i < 1000 && found === 0; i++) {
    const first9 = `010180${String(i).padStart(3, "0")}`;
    if (pidCheckDigits(first9) === null) {
      found++;
      for (let k = 0; k < 100; k++) assert.equal(isValidPid(first9 + String(k).padStart(2, "0")), false);
    }
  }
  assert.equal(found, 1);
});
