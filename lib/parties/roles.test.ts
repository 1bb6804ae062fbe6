import { test } from "node:test";
import assert from "node:assert/strict";
import { PACKAGE, ROLE, allowedAreas, clientAdministratorGap, hasRelation, isAccessManager, isClientAdministrator, mayEnterArea, type PartyRelation } from "./roles";

const base: PartyRelation = { orgNo: "310904473", roles: [], packages: [], orgIsServiceOwner: false, orgIsFacilitator: false };
const rel = (over: Partial<PartyRelation>): PartyRelation => ({ ...base, ...over });

test("no relation: no area", () => {
  assert.equal(hasRelation(base), false);
  assert.deepEqual(allowedAreas(base), []);
});

test("an employee without rights has a relation but no area", () => {
  const r = rel({ roles: [ROLE.ANSATT] });
  assert.equal(hasRelation(r), true);
  assert.equal(isAccessManager(r), false);
  assert.deepEqual(allowedAreas(r), []);
});

test("access managers (tilgangsstyrer or hovedadministrator) enter the end-user area", () => {
  assert.deepEqual(allowedAreas(rel({ roles: [ROLE.DAGL], packages: [PACKAGE.tilgangsstyrer] })), ["endUser"]);
  assert.deepEqual(allowedAreas(rel({ packages: [PACKAGE.hovedadministrator] })), ["endUser"]);
  // daglig leder alone is not an access manager: the package is what counts
  assert.equal(mayEnterArea("endUser", rel({ roles: [ROLE.DAGL] })), false);
});

test("client administrator: the package, or daglig leder of a facilitator only", () => {
  assert.equal(isClientAdministrator(rel({ packages: [PACKAGE.klientadministrator] })), true);
  assert.equal(isClientAdministrator(rel({ roles: [ROLE.DAGL], orgIsFacilitator: true })), true);
  assert.equal(isClientAdministrator(rel({ roles: [ROLE.DAGL], orgIsFacilitator: false })), false);
  assert.equal(isClientAdministrator(rel({ roles: [ROLE.ANSATT], orgIsFacilitator: true })), false);
});

test("service owner area needs the resource administrator role in a service-owner org", () => {
  assert.equal(mayEnterArea("serviceOwner", rel({ roles: [ROLE.RESSURSADMIN], orgIsServiceOwner: true })), true);
  assert.equal(mayEnterArea("serviceOwner", rel({ roles: [ROLE.RESSURSADMIN], orgIsServiceOwner: false })), false);
  assert.equal(mayEnterArea("serviceOwner", rel({ roles: [ROLE.DAGL], orgIsServiceOwner: true })), false);
});

test("vendor area needs the developer role", () => {
  assert.deepEqual(allowedAreas(rel({ roles: [ROLE.UTVIKLER] })), ["vendor"]);
  assert.equal(mayEnterArea("vendor", rel({ roles: [ROLE.DAGL], packages: [PACKAGE.tilgangsstyrer] })), false);
});

test("DRESS MINST (daglig leder, access manager and client administrator of a facilitator) gets both areas", () => {
  const r = rel({ roles: [ROLE.DAGL], packages: [PACKAGE.tilgangsstyrer, PACKAGE.klientadministrator], orgIsFacilitator: true });
  assert.deepEqual(allowedAreas(r), ["endUser", "clientAdmin"]);
});

test("what a person lacks to administer clients comes from the same rule (the refusal page names it)", () => {
  assert.equal(clientAdministratorGap(rel({ packages: [PACKAGE.klientadministrator] })), null);
  assert.deepEqual(clientAdministratorGap(rel({ roles: [ROLE.ANSATT], orgIsFacilitator: true })), { accessPackage: PACKAGE.klientadministrator, orRole: ROLE.DAGL, orgHasNoClients: false });
  assert.deepEqual(clientAdministratorGap(rel({ roles: [ROLE.DAGL], orgIsFacilitator: false })), { accessPackage: PACKAGE.klientadministrator, orgHasNoClients: true });
});
