import { test } from "node:test";
import assert from "node:assert/strict";
import { isAllowedRedirectUrl, readVendorOrgNo, validateAccessPackages, validateClientIds, validateRedirectUrls, validateRights, validateSystemId } from "./validate";

const PKG = "urn:altinn:accesspackage:";
const codes = (errors: { code: string }[]) => errors.map((e) => e.code);
const right = (value: string, action?: string, id = "urn:altinn:resource") => ({ ...(action ? { action } : {}), resource: [{ id, value }] });
const resources = new Map([
  ["ske-krav-og-betalinger", "Default"],
  ["old-schema", "MaskinportenSchema"],
  ["a2-service", "Altinn2Service"],
  ["consent-x", "Consent"],
]);

test("vendor.ID must be 0192:<9 digits>", () => {
  assert.deepEqual(readVendorOrgNo("0192:991825827"), { orgNo: "991825827" });
  for (const bad of ["0192:99182582", "9908:991825827", "991825827", ""]) {
    const r = readVendorOrgNo(bad);
    assert.ok("error" in r, bad);
    assert.equal(r.error.code, "AUTH.VLD-00000");
    assert.deepEqual(r.error.paths, ["/registersystemrequest/vendor/id"]);
  }
});

test("system id: vendor prefix (VLD-00001), no spaces (VLD-00013), URL-safe name", () => {
  assert.deepEqual(validateSystemId("991825827_smartcloud", "991825827"), []);
  assert.deepEqual(codes(validateSystemId("315000009_smartcloud", "991825827")), ["AUTH.VLD-00001"]);
  assert.deepEqual(codes(validateSystemId("991825827smartcloud", "991825827")), ["AUTH.VLD-00001"]);
  assert.deepEqual(codes(validateSystemId("991825827_", "991825827")), ["AUTH.VLD-00001"]);
  assert.deepEqual(codes(validateSystemId("991825827_a/b", "991825827")), ["AUTH.VLD-00001"]);
  assert.deepEqual(codes(validateSystemId("991825827_a|b", "991825827")), ["AUTH.VLD-00001"]);
  for (const spaced of [" 991825827_x", "991825827_x ", "991825827_smart cloud"]) {
    assert.deepEqual(codes(validateSystemId(spaced, "991825827")), ["AUTH.VLD-00013"], spaced);
  }
});

test("redirect URLs: absolute https, http only for localhost and 127.0.0.1", () => {
  for (const ok of ["https://smartcloud.example/cb", "https://x.example:8443/a?b=c", "http://localhost:3000/vendor/callback", "http://127.0.0.1/cb"]) {
    assert.equal(isAllowedRedirectUrl(ok), true, ok);
  }
  for (const bad of ["http://smartcloud.example/cb", "/relative", "ftp://x.example", "javascript:alert(1)", "https://x.example/#frag", "https://user:pw@x.example/", "not a url"]) {
    assert.equal(isAllowedRedirectUrl(bad), false, bad);
  }
  assert.deepEqual(codes(validateRedirectUrls(["https://ok.example", "http://bad.example"])), ["AUTH.VLD-00005"]);
  assert.deepEqual(validateRedirectUrls([]), []);
});

test("rights: attribute id (VLD-00009), existing resource (VLD-00003), duplicates (VLD-00006), refused types (VLD-00017)", () => {
  assert.deepEqual(validateRights([right("ske-krav-og-betalinger", "read")], resources), []);
  assert.deepEqual(codes(validateRights([right("ske-krav-og-betalinger", "read", "urn:altinn:app")], resources)), ["AUTH.VLD-00009"]);
  assert.deepEqual(codes(validateRights([{ resource: [] }], resources)), ["AUTH.VLD-00009"]);
  assert.deepEqual(codes(validateRights([right("nope")], resources)), ["AUTH.VLD-00003"]);
  assert.deepEqual(codes(validateRights([right("ske-krav-og-betalinger", "read"), right("ske-krav-og-betalinger", "read")], resources)), ["AUTH.VLD-00006"]);
  // the same resource with two different actions is two rights, not a duplicate
  assert.deepEqual(validateRights([right("ske-krav-og-betalinger", "read"), right("ske-krav-og-betalinger", "write")], resources), []);
  for (const r of ["old-schema", "a2-service", "consent-x"]) {
    assert.deepEqual(codes(validateRights([right(r)], resources)), ["AUTH.VLD-00017"], r);
  }
});

// altinn-authentication SystemRegisterController.ValidateAccessPackages, SystemRegisterService.GetInvalidAccessPackageUrnsDetailed
test("access packages: known and delegable or assignable (VLD-00008), no duplicates (VLD-00007), assignable when visible (VLD-00018)", () => {
  assert.deepEqual(validateAccessPackages([{ urn: `${PKG}skatt-naering` }, { urn: `${PKG}krav-og-utlegg` }, { urn: `${PKG}skattegrunnlag` }, { urn: `${PKG}jordbruk` }], true), []);
  for (const urn of [`${PKG}finnes-ikke`, `${PKG}tilgangsstyring`, "jordbruk", "urn:jordbruk", "", `${PKG}eksplisitt`, `${PKG}vergemal-nav-arbeid`]) {
    assert.deepEqual(codes(validateAccessPackages([{ urn }], false)), ["AUTH.VLD-00008"], urn);
  }
  assert.deepEqual(codes(validateAccessPackages([{ urn: `${PKG}skatt-naering` }, { urn: `${PKG}skatt-naering` }], true)), ["AUTH.VLD-00007"]);
  assert.deepEqual(codes(validateAccessPackages([{ urn: `${PKG}regnskapsforer-lonn` }], true)), ["AUTH.VLD-00018"]);
  assert.deepEqual(validateAccessPackages([{ urn: `${PKG}regnskapsforer-lonn` }], false), []);
  // not delegable but assignable: allowed on a system (a standard system user may be given it)
  assert.deepEqual(validateAccessPackages([{ urn: `${PKG}konkursbo-tilgangsstyrer` }, { urn: `${PKG}tilgangsstyrer` }], true), []);
  // all three at once, in the real order
  const all = validateAccessPackages([{ urn: `${PKG}nope` }, { urn: `${PKG}ansvarlig-revisor` }, { urn: `${PKG}ansvarlig-revisor` }], true);
  assert.deepEqual(codes(all), ["AUTH.VLD-00008", "AUTH.VLD-00007", "AUTH.VLD-00018"]);
});

test("client ids: duplicates (VLD-00011), taken by a live system or owned by another org (VLD-00004)", () => {
  const facts = { takenByOtherSystem: new Set(["taken"]), ownerOrg: new Map([["mine", "991825827"], ["theirs", "315000009"]]) };
  assert.deepEqual(validateClientIds(["mine", "unknown-to-simulator"], "991825827", facts), []);
  assert.deepEqual(codes(validateClientIds(["mine", "mine"], "991825827", facts)), ["AUTH.VLD-00011"]);
  assert.deepEqual(codes(validateClientIds(["taken"], "991825827", facts)), ["AUTH.VLD-00004"]);
  assert.deepEqual(codes(validateClientIds(["theirs"], "991825827", facts)), ["AUTH.VLD-00004"]);
});
