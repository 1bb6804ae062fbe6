// Policy files as Altinn's Resource Registry reads them: real files from Altinn/altinn-resource-registry's
// test data (e2e/fixtures/xacml, README there), the registry's own checks (PolicyHelper.EnsureValidPolicy,
// FlattenXacmlRule) and the simulator's refusals of what its PDP could not evaluate faithfully.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { MATCH } from "./xacml-names";
import { PolicyRefused, parseXacmlPolicy } from "./xacml-policy";
import { flattenRules, policyRights, policySubjects, projectRules, rightKey } from "./xacml-views";
import { writePolicyXml } from "./xacml-write";

const fixture = (name: string) => readFileSync(join(import.meta.dirname, "../../e2e/fixtures/xacml", name), "utf8");
const BRUNO = fixture("devtest_gar_bruno_client_resource.xacml");
const BRUNO_ID = "devtest_gar_bruno_client_resource";
const P = "urn:altinn:accesspackage:";

test("a real Altinn policy file (client roles and access packages) is accepted and projected to one rule", () => {
  // test/Bruno/Altinn.ResourceRegistry/Testdata/Policies/devtest_gar_bruno_client_resource.xacml
  const policy = parseXacmlPolicy(BRUNO, BRUNO_ID);
  assert.equal(policy.rules.length, 1);
  assert.equal(policy.minimumAuthenticationLevel, 3);
  assert.deepEqual(projectRules(policy), [
    {
      subjects: ["urn:altinn:rolecode:A0237", `${P}ansvarlig-revisor`, "urn:altinn:rolecode:A0239", `${P}regnskapsforer-med-signeringsrettighet`, "urn:altinn:rolecode:A0241", `${P}regnskapsforer-lonn`],
      actions: ["read", "write"],
      description: policy.rules[0]!.description,
    },
  ]);
  assert.match(policy.rules[0]!.description, /^Bruno automated test resource policy/);
});

// PolicyHelper.EnsureValidPolicy
test("a policy for another resource, or a rule without the resource, is refused with the registry's message", () => {
  assert.throws(() => parseXacmlPolicy(BRUNO, "ske-krav-og-betalinger"), new PolicyRefused("Policy not accepted: Contains rules for a different registry resource"));
  const noResource = BRUNO.replace(/<xacml:AnyOf>\s*<xacml:AllOf>\s*<xacml:Match MatchId="urn:oasis:names:tc:xacml:1.0:function:string-equal">\s*<xacml:AttributeValue[^>]*>devtest_gar_bruno_client_resource[\s\S]*?<\/xacml:AnyOf>/, "");
  assert.notEqual(noResource, BRUNO);
  assert.throws(() => parseXacmlPolicy(noResource, BRUNO_ID), new PolicyRefused("Policy not accepted: Contains rule without reference to registry resource id"));
});

// ResourceControllerWithDbTests.GetpolicyRulesRRH / PolicyHelper.ConvertToPolicyRules
test("policy/rules flattens every subject × action × resource", () => {
  const rules = flattenRules(parseXacmlPolicy(BRUNO, BRUNO_ID));
  assert.equal(rules.length, 12);
  assert.deepEqual(rules[0], { subject: [{ type: "urn:altinn:rolecode", value: "A0237" }], action: { type: "urn:oasis:names:tc:xacml:1.0:action:action-id", value: "read" }, resource: [{ type: "urn:altinn:resource", value: BRUNO_ID }] });
  assert.deepEqual(rules[1]?.action.value, "write");
});

// ResourceControllerWithDbTests.GetpolicyRightsRRH: the real keys of app_brg_rrh-innrapportering
test("the right key is Altinn's: action, resource values by URN, MD5 of the UTF-16 URNs", () => {
  const resource = [
    { type: "urn:altinn:org", value: "brg" },
    { type: "urn:altinn:app", value: "rrh-innrapportering" },
  ];
  assert.equal(rightKey({ type: "urn:oasis:names:tc:xacml:1.0:action:action-id", value: "instantiate" }, resource), "instantiate;rrh-innrapportering;brg;c9e4c013f36877a54c6d92bab8dcb69c");
  assert.equal(rightKey({ type: "urn:oasis:names:tc:xacml:1.0:action:action-id", value: "read" }, resource), "read;rrh-innrapportering;brg;52a1e8911c3a9d3a7d2b837ae29a0dd8");
});

test("policy/rights groups the subjects by right, with their sorted subject types", () => {
  const rights = policyRights(parseXacmlPolicy(BRUNO, BRUNO_ID));
  assert.deepEqual(rights.map((r) => r.action.value), ["read", "write"]);
  assert.equal(rights[0]?.subjects.length, 6);
  assert.deepEqual(rights[0]?.subjects[1], { subjectAttributes: [{ type: "urn:altinn:accesspackage", value: "ansvarlig-revisor" }] });
  assert.deepEqual(rights[0]?.subjectTypes, ["urn:altinn:accesspackage", "urn:altinn:rolecode"]);
  assert.match(rights[0]!.rightKey, new RegExp(`^read;${BRUNO_ID};[0-9a-f]{32}$`));
});

// ResourceControllerWithDbTests.SetResourcePolicy_OK: altinn_access_management's ADMAI is served as "admai"
test("policy/subjects lists each subject attribute once, lower-cased, grouped by attribute id", () => {
  const access = policySubjects(parseXacmlPolicy(fixture("altinn_access_management.xml"), "altinn_access_management"));
  assert.deepEqual(access, [{ type: "urn:altinn:rolecode", value: "admai", urn: "urn:altinn:rolecode:admai" }]);
  const bruno = policySubjects(parseXacmlPolicy(BRUNO, BRUNO_ID));
  assert.deepEqual(bruno.map((s) => s.urn), [
    "urn:altinn:rolecode:a0237",
    "urn:altinn:rolecode:a0239",
    "urn:altinn:rolecode:a0241",
    `${P}ansvarlig-revisor`,
    `${P}regnskapsforer-med-signeringsrettighet`,
    `${P}regnskapsforer-lonn`,
  ]);
});

test("values matched ignoring case take the simulator's case; string-equal keeps them as written", () => {
  const xml = writePolicyXml("r1", [{ subjects: ["urn:altinn:rolecode:dagl", `${P}Skatt-Naering`], actions: ["read"], description: "" }]);
  assert.deepEqual(projectRules(parseXacmlPolicy(xml, "r1"))[0]?.subjects, ["urn:altinn:rolecode:DAGL", `${P}skatt-naering`]);
  const exact = xml.replaceAll(MATCH.equalIgnoreCase, MATCH.equal);
  assert.deepEqual(projectRules(parseXacmlPolicy(exact, "r1"))[0]?.subjects, ["urn:altinn:rolecode:dagl", `${P}Skatt-Naering`]);
});

test("the form's rules round-trip through the file it writes", () => {
  const rules = [
    { subjects: ["urn:altinn:rolecode:DAGL", `${P}skatt-naering`], actions: ["read", "write"], description: "Leaders & tax staff <all>" },
    { subjects: [`${P}regnskapsforer-lonn`], actions: ["read"], description: "" },
  ];
  const xml = writePolicyXml("my-resource", rules);
  assert.match(xml, /^<\?xml version="1.0" encoding="utf-8"\?>\n<xacml:Policy xmlns:xsl="http:\/\/www.w3.org\/2001\/XMLSchema-instance" xmlns:xacml="urn:oasis:names:tc:xacml:3.0:core:schema:wd-17" /);
  assert.match(xml, /Leaders &amp; tax staff &lt;all&gt;/);
  const policy = parseXacmlPolicy(xml, "my-resource");
  assert.deepEqual(projectRules(policy), rules);
  assert.equal(policy.minimumAuthenticationLevel, 3);
  assert.deepEqual(projectRules(parseXacmlPolicy(writePolicyXml("my-resource", []), "my-resource")), []);
});

const RULE = writePolicyXml("r1", [{ subjects: ["urn:altinn:rolecode:DAGL"], actions: ["read"], description: "" }]);
const withMatch = (attributeId: string, category: string) => RULE.replace('AttributeId="urn:altinn:rolecode" Category="urn:oasis:names:tc:xacml:1.0:subject-category:access-subject"', `AttributeId="${attributeId}" Category="${category}"`);
const SUBJECT = "urn:oasis:names:tc:xacml:1.0:subject-category:access-subject";

test("what the simulator's PDP could not evaluate as Altinn's is refused, with why", () => {
  const cases: [string, string, RegExp][] = [
    ["a Deny rule", RULE.replace('Effect="Permit"', 'Effect="Deny"'), /Effect "Deny"; only Permit rules/],
    ["a condition", RULE.replace("</xacml:Target>\n  </xacml:Rule>", "</xacml:Target>\n    <xacml:Condition/>\n  </xacml:Rule>"), /has a Condition element/],
    ["an unknown subject attribute", withMatch("urn:altinn:userid", SUBJECT), /subject attribute urn:altinn:userid; supported are urn:altinn:rolecode, urn:altinn:accesspackage, urn:altinn:org/],
    ["another subject category", withMatch("urn:altinn:rolecode", "urn:oasis:names:tc:xacml:1.0:subject-category:recipient-subject"), /category urn:oasis:names:tc:xacml:1.0:subject-category:recipient-subject/],
    ["another match function", RULE.replace("3.0:function:string-equal-ignore-case", "1.0:function:string-regexp-match"), /MatchId urn:oasis:names:tc:xacml:1.0:function:string-regexp-match/],
    ["an action matched ignoring case", RULE.replace(/1\.0:function:string-equal">(\s*<xacml:AttributeValue[^>]*>read)/, "3.0:function:string-equal-ignore-case\">$1"), /ignoring case/],
    ["an obligation other than the authentication level", RULE.replace('Category="urn:altinn:minimum-authenticationlevel"', 'Category="urn:altinn:other"'), /obligation of category urn:altinn:other/],
    ["a PolicySet", RULE.replaceAll("xacml:Policy ", "xacml:PolicySet ").replace("</xacml:Policy>", "</xacml:PolicySet>"), /root element must be a XACML 3.0 Policy/],
    ["another namespace", RULE.replace("urn:oasis:names:tc:xacml:3.0:core:schema:wd-17", "urn:oasis:names:tc:xacml:2.0:policy:schema:os"), /root element must be a XACML 3.0 Policy/],
    ["a DTD", RULE.replace("<xacml:Policy ", '<!DOCTYPE x [<!ENTITY a "b">]>\n<xacml:Policy '), /DTD is prohibited/],
    ["malformed XML", RULE.replace("</xacml:Rule>", ""), /not well-formed XML/],
  ];
  for (const [what, xml, message] of cases) assert.throws(() => parseXacmlPolicy(xml, "r1"), (e: unknown) => e instanceof PolicyRefused && message.test(e.message), what);
  // two subject attributes at once in one AllOf (an AND of subjects)
  const both = RULE.replace("</xacml:Match>\n        </xacml:AllOf>", `</xacml:Match>\n          <xacml:Match MatchId="urn:oasis:names:tc:xacml:3.0:function:string-equal-ignore-case"><xacml:AttributeValue DataType="http://www.w3.org/2001/XMLSchema#string">x</xacml:AttributeValue><xacml:AttributeDesignator AttributeId="urn:altinn:accesspackage" Category="${SUBJECT}" DataType="http://www.w3.org/2001/XMLSchema#string"/></xacml:Match>\n        </xacml:AllOf>`);
  assert.throws(() => parseXacmlPolicy(both, "r1"), /several subject attributes at once/);
});
