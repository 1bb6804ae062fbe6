import { test } from "node:test";
import assert from "node:assert/strict";
import { approvalProblem, assessApproval, effectiveStatus, escalationProblem, rejectionProblem, type AssessInput } from "./rules";
import type { ResourcePolicy } from "../system-users/rights";
import type { PartyRelation } from "../parties/roles";

const PKG = "urn:altinn:accesspackage:";
const KRAV: ResourcePolicy = {
  identifier: "krav",
  title: "Claims and payments",
  delegable: true,
  rules: [
    { subjects: ["urn:altinn:rolecode:DAGL", `${PKG}skatt-naering`], actions: ["read"] },
    { subjects: ["urn:altinn:rolecode:DAGL"], actions: ["write"] },
  ],
};
const policies = new Map([["krav", KRAV], ["hidden", { ...KRAV, identifier: "hidden", delegable: false }]]);

const rel = (roles: string[], packages: string[]): PartyRelation => ({ orgNo: "310904473", roles, packages, orgIsServiceOwner: false, orgIsFacilitator: false });
const DAGL_AM = rel(["DAGL"], [`${PKG}tilgangsstyrer`, `${PKG}skatt-naering`]);
const input = (over: Partial<AssessInput>): AssessInput => ({ kind: "standard", relation: DAGL_AM, rights: [{ resource: "krav", action: "read" }], accessPackages: [], policies, ...over });

test("daglig leder with tilgangsstyrer holding the right may approve and reject", () => {
  const a = assessApproval(input({}));
  assert.equal(a.mayApprove, true);
  assert.equal(a.mayReject, true);
  assert.equal(approvalProblem(a), null);
});

test("a right without action stands for every action of the policy: all must be held", () => {
  const taxStaffAm = rel([], [`${PKG}tilgangsstyrer`, `${PKG}skatt-naering`]);
  const a = assessApproval(input({ relation: taxStaffAm, rights: [{ resource: "krav" }] }));
  assert.deepEqual(a.missing, [{ code: "AUTH-00016", resource: "krav", action: "write" }]);
  assert.equal(a.mayApprove, false);
  assert.equal(approvalProblem(a)?.code, "AUTH-00016");
  assert.equal(approvalProblem(a)?.status, 403);
  // read alone is held through the package
  assert.equal(assessApproval(input({ relation: taxStaffAm })).mayApprove, true);
});

test("an access manager without the right: AUTH-00016, may still reject and escalate", () => {
  const lede = rel(["LEDE"], [`${PKG}tilgangsstyrer`]);
  const a = assessApproval(input({ relation: lede }));
  assert.equal(approvalProblem(a)?.code, "AUTH-00016");
  assert.equal(rejectionProblem(a), null);
  assert.equal(escalationProblem(a), null);
});

test("a package the person neither holds nor may delegate by role: AUTH-00053", () => {
  const a = assessApproval(input({ rights: [], accessPackages: [`${PKG}konkursbo-lesetilgang`] }));
  assert.deepEqual(a.missing, [{ code: "AUTH-00053", accessPackage: `${PKG}konkursbo-lesetilgang` }]);
  assert.equal(approvalProblem(a)?.code, "AUTH-00053");
  assert.equal(approvalProblem(a)?.status, 400);
  assert.equal(assessApproval(input({ rights: [], accessPackages: [`${PKG}skatt-naering`] })).mayApprove, true);
});

test("an unknown or non-delegable resource: AUTH-00001 (400)", () => {
  for (const resource of ["nope", "hidden"]) {
    const p = approvalProblem(assessApproval(input({ rights: [{ resource }] })));
    assert.equal(p?.code, "AUTH-00001");
    assert.equal(p?.status, 400);
  }
});

test("an action outside the policy cannot be held: AUTH-00016", () => {
  assert.equal(approvalProblem(assessApproval(input({ rights: [{ resource: "krav", action: "sign" }] })))?.code, "AUTH-00016");
});

test("an employee with a relation but no access manager package: escalate only (AUTH-00066 otherwise)", () => {
  const a = assessApproval(input({ relation: rel(["ANSATT"], []) }));
  assert.equal(a.mayApprove, false);
  assert.equal(a.mayReject, false);
  assert.equal(a.mayEscalate, true);
  assert.equal(approvalProblem(a)?.code, "AUTH-00066");
  assert.equal(rejectionProblem(a)?.code, "AUTH-00066");
  assert.equal(escalationProblem(a), null);
});

test("daglig leder alone (without tilgangsstyrer) is not an access manager", () => {
  const a = assessApproval(input({ relation: rel(["DAGL"], []) }));
  assert.equal(approvalProblem(a)?.code, "AUTH-00066");
  assert.equal(a.mayEscalate, true);
});

// Altinn's role-to-package rows (altinn-authorization-tmp IngestRolePackage.cs, CanDelegate): a daglig leder
// may delegate krav-og-utlegg without holding it as a package of their own; a client package or a konkursbo
// package is not among DAGL's rows (AUTH-00053).
test("packages: held directly, or delegable through the person's ER role by Altinn's rows (else AUTH-00053)", () => {
  const pkgs = (accessPackages: string[], relation = DAGL_AM) => assessApproval(input({ relation, rights: [], accessPackages }));
  assert.equal(pkgs([`${PKG}krav-og-utlegg`, `${PKG}skattegrunnlag`, `${PKG}skatt-naering`]).mayApprove, true);
  assert.deepEqual(pkgs([`${PKG}krav-og-utlegg`, `${PKG}konkursbo-lesetilgang`]).missing, [{ code: "AUTH-00053", accessPackage: `${PKG}konkursbo-lesetilgang` }]);
  assert.equal(approvalProblem(pkgs([`${PKG}regnskapsforer-lonn`]))?.code, "AUTH-00053");
  // an access manager without an ER role may delegate only what they hold
  const staff = rel([], [`${PKG}tilgangsstyrer`, `${PKG}skatt-naering`]);
  assert.equal(pkgs([`${PKG}skatt-naering`], staff).mayApprove, true);
  assert.equal(approvalProblem(pkgs([`${PKG}krav-og-utlegg`], staff))?.code, "AUTH-00053");
  // an innehaver (ENK) may too
  assert.equal(pkgs([`${PKG}krav-og-utlegg`], rel(["INNH"], [`${PKG}tilgangsstyrer`])).mayApprove, true);
});

test("no relation: nothing at all (AUTH-00066, 403)", () => {
  const a = assessApproval(input({ relation: rel([], []) }));
  assert.equal(a.hasRelation, false);
  for (const p of [approvalProblem(a), rejectionProblem(a), escalationProblem(a)]) {
    assert.equal(p?.code, "AUTH-00066");
    assert.equal(p?.status, 403);
  }
});

test("agent requests: the facilitator's access manager need not hold the client packages", () => {
  const am = rel(["DAGL"], [`${PKG}tilgangsstyrer`]);
  const a = assessApproval(input({ kind: "agent", relation: am, rights: [], accessPackages: [`${PKG}regnskapsforer-lonn`] }));
  assert.equal(a.mayApprove, true);
  assert.equal(assessApproval(input({ kind: "agent", relation: rel(["ANSATT"], []), rights: [] })).mayApprove, false);
});

test("a New request older than 180 days is Timedout; decided ones keep their status", () => {
  const created = new Date("2026-01-01T00:00:00Z");
  assert.equal(effectiveStatus("New", created, new Date("2026-06-30T00:00:00Z")), "New");
  assert.equal(effectiveStatus("New", created, new Date("2026-06-30T00:00:01Z")), "Timedout");
  assert.equal(effectiveStatus("Accepted", created, new Date("2027-01-01T00:00:00Z")), "Accepted");
});
