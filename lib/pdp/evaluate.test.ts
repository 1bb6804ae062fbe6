import { test } from "node:test";
import assert from "node:assert/strict";
import { evaluate, type DecisionFacts, type Party, type ResourceFacts, type SystemUserFacts } from "./evaluate";
import { STATUS, XacmlFault, type DecisionRequest } from "./xacml";

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
type Over = Partial<DecisionRequest> & { action?: string; partyOrgNo?: string };
const req = ({ action = "read", partyOrgNo: _p, ...over }: Over = {}): DecisionRequest => ({
  systemUserId: "su-1",
  actions: [action],
  resourceId: resource.identifier,
  party: null,
  included: [],
  ...over,
});
const org = (orgNo: string): Party => ({ kind: "organization", orgNo });
// the party of a case is given with the request (partyOrgNo) and resolved into the facts, as load.ts does
const facts = (su: Partial<SystemUserFacts> | null, base = standardUser, r: Partial<ResourceFacts> = {}, party: Party | null = org(APE)): DecisionFacts => ({
  resource: { ...resource, ...r },
  systemUser: su === null ? null : { ...base, ...su },
  party,
});
const decide = (f: DecisionFacts, over: Over = {}) => evaluate(over.partyOrgNo ? { ...f, party: org(over.partyOrgNo) } : f, req(over));

test("standard: a delegated right for (resource, action) permits on the owner", () => {
  const f = facts({ rights: [{ resource: resource.identifier, action: "read" }] });
  assert.equal(decide(f).decision, "Permit");
});

test("standard: a right for another action does not permit this one", () => {
  const f = facts({ rights: [{ resource: resource.identifier, action: "read" }] });
  assert.equal(decide(f, { action: "write" }).decision, "NotApplicable");
});

test("standard: a right whose action the policy no longer names is void", () => {
  const f = facts({ rights: [{ resource: resource.identifier, action: "sign" }] });
  assert.equal(decide(f, { action: "sign" }).decision, "NotApplicable");
});

test("standard: an access package granted by a rule permits, only for that rule's actions", () => {
  const f = facts({ packages: [`${P}skatt-naering`] });
  assert.equal(decide(f).decision, "Permit");
  assert.equal(decide(f, { action: "write" }).decision, "NotApplicable");
});

test("standard: a package no rule names does not permit", () => {
  assert.equal(decide(facts({ packages: [`${P}merverdiavgift`] })).decision, "NotApplicable");
});

test("standard: another party than the owner is not applicable", () => {
  const f = facts({ rights: [{ resource: resource.identifier, action: "read" }] });
  const o = decide(f, { partyOrgNo: VEIK });
  assert.equal(o.decision, "NotApplicable");
  assert.match(o.reason, /not the system user's owner/);
});

test("deleted and unknown system users are not applicable", () => {
  const rights = [{ resource: resource.identifier, action: "read" }];
  assert.equal(decide(facts({ rights, isDeleted: true })).decision, "NotApplicable");
  assert.equal(decide(facts(null)).decision, "NotApplicable");
});

// DecisionController.Authorize: `throw new ArgumentException("Policy not found for resource")`, which
// AuthorizeExternal answers as one Indeterminate processing-error for the whole call
test("unknown resource ends the whole call with processing-error", () => {
  assert.throws(
    () => decide({ resource: null, systemUser: standardUser, party: org(APE) }, { resourceId: "nope" }),
    (e: unknown) => e instanceof XacmlFault && e.status === STATUS.processingError && e.message === "Policy not found for resource",
  );
});

// PolicyDecisionPoint.GetMatchingRules: the rules' action match finds no action attribute
test("no action is Indeterminate missing-attribute", () => {
  const o = evaluate(facts({ rights: [{ resource: resource.identifier, action: "read" }] }), { ...req(), actions: [] });
  assert.deepEqual([o.decision, o.status], ["Indeterminate", STATUS.missingAttribute]);
});

test("several actions: Permit when the rules permit any of them", () => {
  const f = facts({ rights: [{ resource: resource.identifier, action: "read" }] });
  assert.equal(evaluate(f, { ...req(), actions: ["write", "read"] }).decision, "Permit");
  assert.equal(evaluate(f, { ...req(), actions: ["write", "sign"] }).decision, "NotApplicable");
});

// ContextHandler.EnrichResourceParty: a party the register does not know gives no roles or packages
test("a party the register does not know is NotApplicable", () => {
  const f = facts({ rights: [{ resource: resource.identifier, action: "read" }] }, standardUser, {}, null);
  assert.equal(decide(f).decision, "NotApplicable");
});

test("the result echoes the request's attributes when the policy's rules reached the decision", () => {
  const f = facts({ rights: [{ resource: resource.identifier, action: "read" }] });
  assert.equal(decide(f).echo, true);
  assert.equal(decide(f, { action: "sign" }).echo, false);
});

// ConnectionBaseQueryBuilder ("Innehaver av Enk"): a client delegation of an ENK reaches its owner;
// Bruno SysUser_ClientDelg_AccPkg_ENK-INNH-Pid_Permit
const PERSON: Party = { kind: "person", pid: "31886896576", enkOrgNos: ["310329495"] };

test("agent: the owner (INNH) of a delegated ENK client is decided as that client", () => {
  assert.equal(evaluate(facts({}, agentUser, {}, PERSON), req({ systemUserId: "su-2" })).decision, "Permit");
  const notDelegated = facts({ client: { delegated: false, erRoleCodes: ["REGN"], directPackages: [] } }, agentUser, {}, PERSON);
  assert.equal(evaluate(notDelegated, req({ systemUserId: "su-2" })).decision, "NotApplicable");
});

test("standard: a person is never the owner", () => {
  const f = facts({ rights: [{ resource: resource.identifier, action: "read" }] }, standardUser, {}, PERSON);
  assert.equal(evaluate(f, req()).decision, "NotApplicable");
});

// DecisionController.IsAccessListAuthorized: "Currently only Organization support in AccessLists"
test("access list: a person party turns Permit into Deny", () => {
  const f = facts({}, agentUser, { accessListMode: "Enabled", accessList: [] }, PERSON);
  assert.equal(evaluate(f, req({ systemUserId: "su-2" })).decision, "Deny");
});

test("agent: a delegated client that gives the package permits", () => {
  assert.equal(decide(facts({}, agentUser), { systemUserId: "su-2", partyOrgNo: VEIK }).decision, "Permit");
  assert.equal(decide(facts({}, agentUser), { systemUserId: "su-2", partyOrgNo: VEIK, action: "write" }).decision, "Permit");
});

test("agent: a direct package delegation counts like an ER role", () => {
  const f = facts({ client: { delegated: true, erRoleCodes: [], directPackages: [`${P}regnskapsforer-med-signeringsrettighet`] } }, agentUser);
  assert.equal(decide(f, { partyOrgNo: VEIK }).decision, "Permit");
});

test("agent: a client not delegated to the system user is not applicable", () => {
  const f = facts({ client: { delegated: false, erRoleCodes: ["REGN"], directPackages: [] } }, agentUser);
  assert.equal(decide(f, { partyOrgNo: VEIK }).decision, "NotApplicable");
});

test("agent: the facilitator itself is no client", () => {
  const f = facts({ client: { delegated: false, erRoleCodes: [], directPackages: [] } }, agentUser);
  assert.equal(decide(f, { partyOrgNo: TIGER }).decision, "NotApplicable");
});

test("agent: the client removed from the system user (no delegation left) is not applicable", () => {
  const f = facts({ client: null }, agentUser);
  assert.equal(decide(f, { partyOrgNo: VEIK }).decision, "NotApplicable");
});

test("agent: the relation gone (the client no longer gives the package) ends access", () => {
  const f = facts({ client: { delegated: true, erRoleCodes: [], directPackages: [] } }, agentUser);
  const o = decide(f, { partyOrgNo: VEIK });
  assert.equal(o.decision, "NotApplicable");
  assert.match(o.reason, /no longer gives/);
});

test("agent: a package the client gives but no rule grants for the action is not applicable", () => {
  const f = facts({ packages: [`${P}regnskapsforer-lonn`], client: { delegated: true, erRoleCodes: ["REGN"], directPackages: [] } }, agentUser);
  assert.equal(decide(f, { partyOrgNo: VEIK }).decision, "NotApplicable");
});

test("agent: the package granted by a rule but given through another role does not count", () => {
  // the client has the firm as auditor (REVI) only: regnskapsfører packages are not given
  const f = facts({ client: { delegated: true, erRoleCodes: ["REVI"], directPackages: [] } }, agentUser);
  assert.equal(decide(f, { partyOrgNo: VEIK }).decision, "NotApplicable");
});

test("agent: delegated rights are ignored (agents act by packages only)", () => {
  const f = facts({ packages: [], rights: [{ resource: resource.identifier, action: "read" }] }, agentUser);
  assert.equal(decide(f, { partyOrgNo: VEIK }).decision, "NotApplicable");
});

// DecisionController.Authorize + IsAccessListAuthorized, AccessListAuthorization.Authorize (authorization-tmp):
// Permit stays only for a member of a list connected to the resource whose action filter is empty or
// names the action; the Deny carries the controller's StatusMessage (kept here as the reason).
test("access list: Enabled and the party on no connected list turns Permit into Deny with the real status message", () => {
  const rights = [{ resource: resource.identifier, action: "read" }];
  const denied = decide(facts({ rights }, standardUser, { accessListMode: "Enabled", accessList: [] }));
  assert.equal(denied.decision, "Deny");
  assert.equal(
    denied.reason,
    "Access list authorization of resource party required. Access list authorization is controlled by the service owner of the resource/service of the authorization request.",
  );
  assert.equal(decide(facts({ rights }, standardUser, { accessListMode: "Enabled", accessList: [[]] })).decision, "Permit");
  // a NotApplicable stays NotApplicable
  assert.equal(decide(facts({}, standardUser, { accessListMode: "Enabled", accessList: [] })).decision, "NotApplicable");
  // Disabled: the lists are not asked
  assert.equal(decide(facts({ rights }, standardUser, { accessListMode: "Disabled", accessList: [] })).decision, "Permit");
});

test("access list: action filters let only the named actions through", () => {
  const rights = [{ resource: resource.identifier, action: "read" }];
  assert.equal(decide(facts({ rights }, standardUser, { accessListMode: "Enabled", accessList: [["read"]] })).decision, "Permit");
  assert.equal(decide(facts({ rights }, standardUser, { accessListMode: "Enabled", accessList: [["write"]] })).decision, "Deny");
  // any one membership that lets the action through is enough
  assert.equal(decide(facts({ rights }, standardUser, { accessListMode: "Enabled", accessList: [["write"], ["read"]] })).decision, "Permit");
});

// Altinn/altinn-authentication src/Authentication/Services/SystemUserService.cs DelegateSelfToAgentSystemUser:
// the facilitator's own packages are delegated to its agent system user as to a standard system user.
test("agent, self-delegated: the facilitator itself permits with every package the agent holds; not added, not", () => {
  const selfAgent = { ...agentUser, packages: [`${P}skatt-naering`] };
  const added = facts({ client: { delegated: true, self: true, erRoleCodes: [], directPackages: [] } }, selfAgent, {}, org(TIGER));
  assert.equal(decide(added).decision, "Permit");
  assert.equal(decide(added, { action: "write" }).decision, "NotApplicable");
  const notAdded = facts({ client: { delegated: false, self: true, erRoleCodes: [], directPackages: [] } }, selfAgent, {}, org(TIGER));
  assert.equal(decide(notAdded).link, "no-delegation");
});
