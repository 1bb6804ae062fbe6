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
  ["Ske-Capital", "Default"],
]);

test("vendor.ID: the 0192 authority (IsValidOrgIdentifier), VLD-00000 with the real title and path", () => {
  assert.deepEqual(readVendorOrgNo("0192:991825827"), { orgNo: "991825827" });
  for (const bad of ["9908:991825827", "991825827", "", "0192"]) {
    const r = readVendorOrgNo(bad);
    assert.ok("error" in r, bad);
    assert.deepEqual(r.error, { code: "AUTH.VLD-00000", title: "the org number identifier is not valid ISO6523 identifier", paths: ["/registersystemrequest/vendor/id"] });
  }
});

test("system id: spaces (VLD-00013) and the part before '_' is the vendor (VLD-00001), both reported", () => {
  assert.deepEqual(validateSystemId("991825827_smartcloud", "991825827"), []);
  // DoesSystemIdStartWithOrgnumber only compares the part before the first "_"
  assert.deepEqual(validateSystemId("991825827", "991825827"), []);
  assert.deepEqual(validateSystemId("991825827_a.b-c_d", "991825827"), []);
  assert.deepEqual(codes(validateSystemId("315000009_smartcloud", "991825827")), ["AUTH.VLD-00001"]);
  assert.deepEqual(codes(validateSystemId("991825827smartcloud", "991825827")), ["AUTH.VLD-00001"]);
  assert.deepEqual(codes(validateSystemId("991825827_smart cloud", "991825827")), ["AUTH.VLD-00013"]);
  assert.deepEqual(codes(validateSystemId("31500000 9_x", "991825827")), ["AUTH.VLD-00013", "AUTH.VLD-00001"]);
  assert.deepEqual(validateSystemId("991825827_smart cloud", "991825827")[0]?.paths, ["/registersystemrequest/systemid"]);
});

test("redirect URLs: absolute https, http only for localhost and 127.0.0.1; one VLD-00005 for all", () => {
  for (const ok of ["https://smartcloud.example/cb", "https://x.example:8443/a?b=c", "http://localhost:3000/vendor/callback", "http://127.0.0.1/cb"]) {
    assert.equal(isAllowedRedirectUrl(ok), true, ok);
  }
  for (const bad of ["http://smartcloud.example/cb", "/relative", "ftp://x.example", "javascript:alert(1)", "not a url"]) {
    assert.equal(isAllowedRedirectUrl(bad), false, bad);
  }
  assert.deepEqual(codes(validateRedirectUrls(["https://ok.example", "http://bad.example", "/x"])), ["AUTH.VLD-00005"]);
  assert.deepEqual(validateRedirectUrls([]), []);
});

test("rights: every attribute checked (VLD-00009/00003/00017 with the listed values), duplicates (VLD-00006)", () => {
  assert.deepEqual(validateRights([right("ske-krav-og-betalinger", "read")], resources), []);
  // a right naming several resources, and one naming none, are accepted as in Altinn
  assert.deepEqual(validateRights([{ resource: [{ id: "urn:altinn:resource", value: "ske-krav-og-betalinger" }, { id: "urn:altinn:resource", value: "Ske-Capital" }] }, { resource: [] }], resources), []);
  assert.deepEqual(validateRights([right("ske-krav-og-betalinger", "read", "urn:altinn:app")], resources), [
    { code: "AUTH.VLD-00009", title: "One or more resource id is in wrong format. The valid format is urn:altinn:resource", paths: ["/registersystemrequest/rights/resource"], extensions: { "Invalid Resource Id Details : ": "ske-krav-og-betalinger" } },
  ]);
  assert.deepEqual(validateRights([right("nope"), right("nope2")], resources)[0]?.extensions, { "ResourceIds Not Found : ": "nope | nope2" });
  assert.deepEqual(codes(validateRights([right("ske-krav-og-betalinger", "read"), right("ske-krav-og-betalinger", "read")], resources)), ["AUTH.VLD-00006"]);
  assert.deepEqual(validateRights([right("ske-krav-og-betalinger", "read"), right("ske-krav-og-betalinger", "write")], resources), []);
  for (const r of ["old-schema", "a2-service", "consent-x"]) {
    assert.deepEqual(codes(validateRights([right(r)], resources)), ["AUTH.VLD-00017"], r);
  }
  assert.deepEqual(codes(validateRights([right("x", "read", "urn:altinn:app"), right("nope"), right("old-schema"), right("nope")], resources)), ["AUTH.VLD-00009", "AUTH.VLD-00003", "AUTH.VLD-00017", "AUTH.VLD-00006"]);
});

// altinn-authentication SystemRegisterController.ValidateAccessPackages, SystemRegisterService.GetInvalidAccessPackageUrnsDetailed
test("access packages: known and delegable or assignable (VLD-00008), no duplicates (VLD-00007), assignable when visible (VLD-00018)", () => {
  assert.deepEqual(validateAccessPackages([{ urn: `${PKG}skatt-naering` }, { urn: `${PKG}krav-og-utlegg` }, { urn: `${PKG}skattegrunnlag` }, { urn: `${PKG}jordbruk` }], true), []);
  for (const urn of [`${PKG}finnes-ikke`, `${PKG}tilgangsstyring`, "jordbruk", "urn:jordbruk", "", `${PKG}eksplisitt`, `${PKG}vergemal-nav-arbeid`]) {
    assert.deepEqual(codes(validateAccessPackages([{ urn }], false)), ["AUTH.VLD-00008"], urn);
  }
  assert.deepEqual(validateAccessPackages([{ urn: `${PKG}finnes-ikke` }, { urn: "bad" }, {}], true), [
    {
      code: "AUTH.VLD-00008",
      title: "One or all the accesspackage(s) is not found in altinn's access packages or is not delegable",
      paths: ["/registersystemrequest/accesspackages"],
      extensions: { "Invalid Urn Details : ": `Invalid format: bad,  | Not found: ${PKG}finnes-ikke` },
    },
  ]);
  assert.deepEqual(codes(validateAccessPackages([{ urn: `${PKG}skatt-naering` }, { urn: `${PKG}skatt-naering` }], true)), ["AUTH.VLD-00007"]);
  assert.deepEqual(codes(validateAccessPackages([{ urn: `${PKG}regnskapsforer-lonn` }], true)), ["AUTH.VLD-00018"]);
  assert.deepEqual(validateAccessPackages([{ urn: `${PKG}regnskapsforer-lonn` }], false), []);
  // not delegable but assignable: allowed on a system (a standard system user may be given it)
  assert.deepEqual(validateAccessPackages([{ urn: `${PKG}konkursbo-tilgangsstyrer` }, { urn: `${PKG}tilgangsstyrer` }], true), []);
  // all three at once, in the real order
  const all = validateAccessPackages([{ urn: `${PKG}nope` }, { urn: `${PKG}ansvarlig-revisor` }, { urn: `${PKG}ansvarlig-revisor` }], true);
  assert.deepEqual(codes(all), ["AUTH.VLD-00008", "AUTH.VLD-00007", "AUTH.VLD-00018"]);
});

test("client ids: POST one VLD-00004 (no duplicate check); PUT duplicates (VLD-00011) and one VLD-00004 per taken id", () => {
  const facts = { takenByOtherSystem: new Set(["taken", "taken2"]), ownerOrg: new Map([["mine", "991825827"], ["theirs", "315000009"]]) };
  assert.deepEqual(validateClientIds(["mine", "unknown-to-simulator"], "991825827", facts, "create"), []);
  assert.deepEqual(validateClientIds(["mine", "mine"], "991825827", facts, "create"), []);
  assert.deepEqual(codes(validateClientIds(["taken", "taken2", "theirs"], "991825827", facts, "create")), ["AUTH.VLD-00004"]);
  assert.deepEqual(codes(validateClientIds(["mine", "MINE"], "991825827", facts, "update")), ["AUTH.VLD-00011"]);
  assert.deepEqual(codes(validateClientIds(["taken", "taken2", "theirs"], "991825827", facts, "update")), ["AUTH.VLD-00004", "AUTH.VLD-00004", "AUTH.VLD-00004"]);
});
