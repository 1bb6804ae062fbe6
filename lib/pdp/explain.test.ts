// The PDP's explanation describes the decision evaluate.ts made, from the same facts (never re-decides).
import { test } from "node:test";
import assert from "node:assert/strict";
import { evaluate, type DecisionFacts, type ResourceFacts, type SystemUserFacts } from "./evaluate";
import { explainDecision } from "./explain";
import type { DecisionRequest } from "./xacml";

const P = "urn:altinn:accesspackage:";
const resource: ResourceFacts = {
  identifier: "ske-krav-og-betalinger",
  accessListMode: "Disabled",
  accessList: [],
  rules: [
    { subjects: ["urn:altinn:rolecode:DAGL", `${P}skatt-naering`, `${P}regnskapsforer-med-signeringsrettighet`], actions: ["read"] },
    { subjects: [`${P}regnskapsforer-med-signeringsrettighet`], actions: ["write"] },
  ],
};
const agent: SystemUserFacts = {
  id: "su-agent",
  userType: "agent",
  ownerOrgNo: "314250052",
  isDeleted: false,
  rights: [],
  packages: [`${P}regnskapsforer-med-signeringsrettighet`],
  client: { delegated: true, erRoleCodes: ["REGN"], directPackages: [] },
};
const req: DecisionRequest = { systemUserId: "su-agent", actions: ["read"], resourceId: resource.identifier, party: { kind: "orgNo", value: "310609544" }, included: [] };
const facts = (su: SystemUserFacts, r = resource): DecisionFacts => ({ resource: r, systemUser: su, party: { kind: "organization", orgNo: "310609544" } });
const explain = (f: DecisionFacts) => explainDecision(f, req, evaluate(f, req));

test("a Permit names the rule and the package that matched", () => {
  const e = explain(facts(agent));
  assert.equal(e.decision, "Permit");
  assert.equal(e.verdict, "Permit: rule 1 grants 'read' and the access package regnskapsforer-med-signeringsrettighet matched it.");
  assert.match(e.subject, /^Agent system user su-agent of the facilitator 314250052, acting for its client 310609544/);
  assert.deepEqual(e.rules, [
    "Rule 1: read for role DAGL, skatt-naering, regnskapsforer-med-signeringsrettighet.",
    "Rule 2: write for regnskapsforer-med-signeringsrettighet.",
  ]);
  assert.ok(e.found.includes("The client's relation to the facilitator: Enhetsregisteret roles REGN (Regnskapsfører); packages delegated directly: none."));
});

test("a removed client is explained as no delegation for this party", () => {
  const e = explain(facts({ ...agent, client: { delegated: false, erRoleCodes: ["REGN"], directPackages: [] } }));
  assert.equal(e.decision, "NotApplicable");
  assert.equal(e.link, "no-delegation");
  assert.match(e.verdict, /^Missing link: no delegation for this party\. 310609544 is not a client/);
  assert.ok(e.found.includes("Client delegation: none for 310609544."));
});

test("a package no rule grants is the missing link 'package not in the rule'", () => {
  const e = explain(facts({ ...agent, client: { delegated: true, erRoleCodes: ["REGN"], directPackages: [] } }, { ...resource, rules: [{ subjects: [`${P}skatt-naering`], actions: ["read"] }] }));
  assert.equal(e.link, "package-not-in-rule");
  assert.match(e.verdict, /^Missing link: package not in the rule/);
});

test("an access list refusal is the one Deny, and says so", () => {
  const e = explain(facts(agent, { ...resource, accessListMode: "Enabled", accessList: [] }));
  assert.equal(e.decision, "Deny");
  assert.equal(e.link, "access-list");
  assert.match(e.verdict, /^Missing link: access list\./);
});

test("a standard system user asked about another party: not the owner", () => {
  const standard: SystemUserFacts = { id: "su-std", userType: "standard", ownerOrgNo: "310904473", isDeleted: false, rights: [], packages: [`${P}skatt-naering`], client: null };
  const e = explain(facts(standard));
  assert.equal(e.link, "not-owner");
  assert.match(e.verdict, /310609544 is not the owner \(310904473\)/);
});

test("a resource that is not delegable: the missing link says no right to it can have been delegated", () => {
  const standard: SystemUserFacts = { id: "su-std", userType: "standard", ownerOrgNo: "310609544", isDeleted: false, rights: [], packages: [], client: null };
  const e = explain(facts(standard, { ...resource, delegable: false }));
  assert.equal(e.decision, "NotApplicable");
  assert.equal(e.link, "not-delegable");
  assert.equal(
    e.verdict,
    "Missing link: resource not delegable. ske-krav-og-betalinger is not delegable, so no right to it can be delegated to a system user (the approval refuses it, AUTH-00001); only an access package its rules name could give 'read', and the system user holds none.",
  );
  // the flag only names the link: a right delegated before it was cleared still gives the Permit
  const kept = explain(facts({ ...standard, rights: [{ resource: resource.identifier, action: "read" }] }, { ...resource, delegable: false }));
  assert.equal(kept.decision, "Permit");
  // a delegable resource without a right or package is the other link
  assert.equal(explain(facts(standard)).link, "no-right-or-package");
});
