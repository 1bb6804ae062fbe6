// The catalogue as generated from altinn-authorization-tmp PackageConstants.cs and IngestRolePackage.cs:
// the expectations below are read from those files, not from the generated JSON.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  ACCESS_PACKAGE_AREAS,
  ACCESS_PACKAGES,
  accessPackageName,
  accessPackagesByArea,
  findAccessPackage,
  isAssignable,
  isClientPackage,
  isDelegable,
  isKnownAccessPackage,
  packagesOfRole,
} from "./access-packages";
import { CLIENT_PACKAGES, ER_CLIENT_ROLES, packagesGivenByClient } from "./client-packages";
import { registrablePackageGroups } from "./package-options";

const PKG = "urn:altinn:accesspackage:";

test("the catalogue holds Altinn's 223 packages with unique urns, each in a known area", () => {
  assert.equal(ACCESS_PACKAGES.length, 223);
  assert.equal(new Set(ACCESS_PACKAGES.map((p) => p.urn)).size, 223);
  const areas = new Set(ACCESS_PACKAGE_AREAS.map((a) => a.urn));
  for (const p of ACCESS_PACKAGES) {
    assert.ok(p.urn.startsWith(PKG), p.urn);
    assert.ok(areas.has(p.area), p.urn);
  }
  for (const code of ["krav-og-utlegg", "skattegrunnlag", "jordbruk", "konkursbo-tilgangsstyrer", "skatt-naering", "merverdiavgift", "tilgangsstyrer", "hovedadministrator", "klientadministrator", "regnskapsforer-med-signeringsrettighet"]) {
    assert.ok(isKnownAccessPackage(`${PKG}${code}`), code);
  }
  // Altinn's own data: one urn differs from its package's code (kept as Altinn has it)
  assert.equal(findAccessPackage(`${PKG}namsmannen-tvangsfullbyrdelse-forliksradet`)?.code, "vergemal-namsmannen-tvangsfullbyrdelse-forliksradet");
  // the simulator's old invented urn is not Altinn's
  assert.equal(isKnownAccessPackage(`${PKG}tilgangsstyring`), false);
  assert.equal(isKnownAccessPackage(`${PKG}Jordbruk`), false);
});

test("names in three languages, and the urn as name when unknown", () => {
  const p = findAccessPackage(`${PKG}krav-og-utlegg`);
  assert.deepEqual(p?.name, { nb: "Krav, betalinger og utlegg", en: "Claims, payments and enforcement", nn: "Krav, betalingar og utlegg" });
  assert.equal(p?.area, "accesspackage:area:skatt_avgift_regnskap_og_toll");
  assert.equal(accessPackageName(`${PKG}jordbruk`), "Jordbruk");
  assert.equal(accessPackageName(`${PKG}finnes-ikke`), `${PKG}finnes-ikke`);
});

test("flags as Altinn sets them", () => {
  const flags = (code: string) => [isDelegable(`${PKG}${code}`), isAssignable(`${PKG}${code}`)];
  assert.deepEqual(flags("krav-og-utlegg"), [true, true]);
  assert.deepEqual(flags("skattegrunnlag"), [true, true]);
  assert.deepEqual(flags("jordbruk"), [true, true]);
  assert.deepEqual(flags("regnskapsforer-lonn"), [true, false]);
  assert.deepEqual(flags("konkursbo-tilgangsstyrer"), [false, true]);
  assert.deepEqual(flags("hovedadministrator"), [false, true]);
  assert.deepEqual(flags("klientadministrator"), [false, true]);
  assert.deepEqual(flags("eksplisitt"), [false, false]);
  assert.deepEqual(flags("vergemal-nav-arbeid"), [false, false]);
  assert.deepEqual(flags("finnes-ikke"), [false, false]);
});

test("client packages are exactly the six the ER client roles give, and the catalogue's delegable-but-not-assignable ones", () => {
  const six = ["regnskapsforer-med-signeringsrettighet", "regnskapsforer-uten-signeringsrettighet", "regnskapsforer-lonn", "ansvarlig-revisor", "revisormedarbeider", "forretningsforer-eiendom"].map((c) => `${PKG}${c}`);
  assert.deepEqual([...CLIENT_PACKAGES].sort(), [...six].sort());
  assert.deepEqual(ACCESS_PACKAGES.filter((p) => isClientPackage(p.urn)).map((p) => p.urn).sort(), [...six].sort());
  assert.deepEqual(ER_CLIENT_ROLES.REGN.packages, six.slice(0, 3));
  assert.deepEqual(ER_CLIENT_ROLES.REVI.packages, six.slice(3, 5));
  assert.deepEqual(ER_CLIENT_ROLES.FFOR.packages, [six[5]]);
  assert.deepEqual(packagesGivenByClient(["REVI", "DAGL"], [`${PKG}skatt-naering`]), [`${PKG}ansvarlig-revisor`, `${PKG}revisormedarbeider`, `${PKG}skatt-naering`]);
});

test("role-to-package rows: what a daglig leder, an innehaver and a bostyrer hold", () => {
  const dagl = packagesOfRole("urn:altinn:external-role:ccr:daglig-leder");
  assert.equal(dagl.length, 133);
  for (const code of ["hovedadministrator", "tilgangsstyrer", "klientadministrator", "skatt-naering", "krav-og-utlegg"]) assert.ok(dagl.includes(`${PKG}${code}`), code);
  assert.equal(dagl.includes(`${PKG}regnskapsforer-lonn`), false);
  assert.ok(packagesOfRole("urn:altinn:external-role:ccr:innehaver").includes(`${PKG}tilgangsstyrer`));
  const bobe = packagesOfRole("urn:altinn:external-role:ccr:bostyrer");
  assert.ok(bobe.includes(`${PKG}konkursbo-lesetilgang`) && bobe.includes(`${PKG}konkursbo-skrivetilgang`));
  // the hovedadministrator role may delegate packages but does not hold them
  assert.deepEqual(packagesOfRole("urn:altinn:role:hovedadministrator"), []);
});

test("by area: every package once; the vendor's picker leaves out what the System Register refuses", () => {
  assert.equal(accessPackagesByArea().reduce((n, g) => n + g.packages.length, 0), 223);
  const offered = registrablePackageGroups("nb").flatMap((g) => g.packages.map((p) => p.code));
  assert.ok(offered.includes("krav-og-utlegg") && offered.includes("regnskapsforer-lonn") && offered.includes("tilgangsstyrer"));
  assert.equal(offered.includes("eksplisitt") || offered.some((c) => c.startsWith("vergemal-")), false);
  assert.equal(offered.length, ACCESS_PACKAGES.filter((p) => p.isDelegable || p.isAssignable).length);
});
