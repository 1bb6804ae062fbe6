import { test } from "node:test";
import assert from "node:assert/strict";
import { evaluate, type DecisionFacts, type ResourceFacts, type SystemUserFacts } from "./evaluate";
import type { DecisionRequest } from "./xacml";

const P = "urn:altinn:accesspackage:";
const APE = "310904473";
const TIGER = "314250052";
const VEIK = "310609544";

const resource: ResourceFacts = {
  identifier: "ske-krav-og-betalinger",
  accessListMode: "Disabled",
  accessList: [],
  rules: [
    { subjects: ["urn:altinn:rolecode:DAGL", `${P}skatt-naering`, `${P}regnskapsforer-med-signeringsrettighet`, `${P}ansvarlig-revisor`], actions: ["read"] },
    { subjects: ["urn:altinn:rolecode:DAGL", `${P}regnskapsforer-med-signeringsrettighet`], actions: ["write"] },
  ],
};
const standardUser: SystemUserFacts = { id: "su-1", userType: "standard", ownerOrgNo: APE, isDeleted: false, rights: [], packages: [], client: null };
const agentUser: SystemUserFacts = {
  id: "su-2",
  userType: "agent",
  ownerOrgNo: TIGER,
  isDeleted: false,
  rights: [],
  packages: [`${P}regnskapsforer-med-signeringsrettighet`],
  client: { delegated: true, erRoleCodes: ["REGN"], directPackages: [] },
};
const req = (over: Partial<DecisionRequest> = {}): DecisionRequest => ({ systemUserId: "su-1", action: "read", resourceId: resource.identifier, partyOrgNo: APE, ...over });
const facts = (su: Partial<SystemUserFacts> | null, base = standardUser, r: Partial<ResourceFacts> = {}): DecisionFacts => ({
  resource: { ...resource, ...r },
  systemUser: su === null ? null : { ...base, ...su },
});

test("standard: a delegated right for (resource, action) permits on the owner", () => {
  const f = facts({ rights: [{ resource: resource.identifier, action: "read" }] });
  assert.equal(evaluate(f, req()).decision, "Permit");
});

test("standard: a right for another action does not permit this one", () => {
  const f = facts({ rights: [{ resource: resource.identifier, action: "read" }] });
  assert.equal(evaluate(f, req({ action: "write" })).decision, "NotApplicable");
});

test("standard: a right whose action the policy no longer names is void", () => {
  const f = facts({ rights: [{ resource: resource.identifier, action: "sign" }] });
  assert.equal(evaluate(f, req({ action: "sign" })).decision, "NotApplicable");
});

test("standard: an access package granted by a rule permits, only for that rule's actions", () => {
  const f = facts({ packages: [`${P}skatt-naering`] });
  assert.equal(evaluate(f, req()).decision, "Permit");
  assert.equal(evaluate(f, req({ action: "write" })).decision, "NotApplicable");
});

test("standard: a package no rule names does not permit", () => {
  assert.equal(evaluate(facts({ packages: [`${P}merverdiavgift`] }), req()).decision, "NotApplicable");
});

test("standard: another party than the owner is not applicable", () => {
  const f = facts({ rights: [{ resource: resource.identifier, action: "read" }] });
  const o = evaluate(f, req({ partyOrgNo: VEIK }));
  assert.equal(o.decision, "NotApplicable");
  assert.match(o.reason, /not the system user's owner/);
});

test("deleted and unknown system users are not applicable", () => {
  const rights = [{ resource: resource.identifier, action: "read" }];
  assert.equal(evaluate(facts({ rights, isDeleted: true }), req()).decision, "NotApplicable");
  assert.equal(evaluate(facts(null), req()).decision, "NotApplicable");
});

test("unknown resource is Indeterminate with processing-error", () => {
  const o = evaluate({ resource: null, systemUser: standardUser }, req({ resourceId: "nope" }));
  assert.equal(o.decision, "Indeterminate");
  assert.equal(o.status, "urn:oasis:names:tc:xacml:1.0:status:processing-error");
});

test("agent: a delegated client that gives the package permits", () => {
  assert.equal(evaluate(facts({}, agentUser), req({ systemUserId: "su-2", partyOrgNo: VEIK })).decision, "Permit");
  assert.equal(evaluate(facts({}, agentUser), req({ systemUserId: "su-2", partyOrgNo: VEIK, action: "write" })).decision, "Permit");
});

test("agent: a direct package delegation counts like an ER role", () => {
  const f = facts({ client: { delegated: true, erRoleCodes: [], directPackages: [`${P}regnskapsforer-med-signeringsrettighet`] } }, agentUser);
  assert.equal(evaluate(f, req({ partyOrgNo: VEIK })).decision, "Permit");
});

test("agent: a client not delegated to the system user is not applicable", () => {
  const f = facts({ client: { delegated: false, erRoleCodes: ["REGN"], directPackages: [] } }, agentUser);
  assert.equal(evaluate(f, req({ partyOrgNo: VEIK })).decision, "NotApplicable");
});

test("agent: the facilitator itself is no client", () => {
  const f = facts({ client: { delegated: false, erRoleCodes: [], directPackages: [] } }, agentUser);
  assert.equal(evaluate(f, req({ partyOrgNo: TIGER })).decision, "NotApplicable");
});

test("agent: the client removed from the system user (no delegation left) is not applicable", () => {
  const f = facts({ client: null }, agentUser);
  assert.equal(evaluate(f, req({ partyOrgNo: VEIK })).decision, "NotApplicable");
});

test("agent: the relation gone (the client no longer gives the package) ends access", () => {
  const f = facts({ client: { delegated: true, erRoleCodes: [], directPackages: [] } }, agentUser);
  const o = evaluate(f, req({ partyOrgNo: VEIK }));
  assert.equal(o.decision, "NotApplicable");
  assert.match(o.reason, /no longer gives/);
});

test("agent: a package the client gives but no rule grants for the action is not applicable", () => {
  const f = facts({ packages: [`${P}regnskapsforer-lonn`], client: { delegated: true, erRoleCodes: ["REGN"], directPackages: [] } }, agentUser);
  assert.equal(evaluate(f, req({ partyOrgNo: VEIK })).decision, "NotApplicable");
});

test("agent: the package granted by a rule but given through another role does not count", () => {
  // the client has the firm as auditor (REVI) only: regnskapsfører packages are not given
  const f = facts({ client: { delegated: true, erRoleCodes: ["REVI"], directPackages: [] } }, agentUser);
  assert.equal(evaluate(f, req({ partyOrgNo: VEIK })).decision, "NotApplicable");
});

test("agent: delegated rights are ignored (agents act by packages only)", () => {
  const f = facts({ packages: [], rights: [{ resource: resource.identifier, action: "read" }] }, agentUser);
  assert.equal(evaluate(f, req({ partyOrgNo: VEIK })).decision, "NotApplicable");
});

test("access list: Enabled and the party not on it turns Permit into Deny; on it stays Permit", () => {
  const rights = [{ resource: resource.identifier, action: "read" }];
  const denied = evaluate(facts({ rights }, standardUser, { accessListMode: "Enabled", accessList: [] }), req());
  assert.equal(denied.decision, "Deny");
  assert.match(denied.reason, /access list/);
  assert.equal(evaluate(facts({ rights }, standardUser, { accessListMode: "Enabled", accessList: [APE] }), req()).decision, "Permit");
  // a NotApplicable stays NotApplicable
  assert.equal(evaluate(facts({}, standardUser, { accessListMode: "Enabled", accessList: [] }), req()).decision, "NotApplicable");
});
