// The obligations of a Permit as Altinn's PDP builds them from the resource's XACML policy:
// altinn-authorization-tmp src/pkgs/Altinn.Authorization.ABAC/src/Altinn.Authorization.ABAC/PolicyDecisionPoint.cs
// (AddObligations: the ObligationExpressions with FulfillOn="Permit", each AttributeAssignmentExpression
// with its AttributeValue) and Utils/XacmlJsonXmlConverter.cs (ConvertObligations: none is null).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { writePolicyXml } from "../resources/xacml-write";
import { obligationsOf } from "./obligations";

const bytes = (s: string) => new TextEncoder().encode(s);
const LEVEL_CATEGORY = "urn:altinn:minimum-authenticationlevel";

test("a real Altinn policy file: its authentication-level obligation, id and value as written", () => {
  // altinn-resource-registry test/Bruno/Altinn.ResourceRegistry/Testdata/Policies/devtest_gar_bruno_client_resource.xacml
  const xml = readFileSync(join(import.meta.dirname, "../../e2e/fixtures/xacml/devtest_gar_bruno_client_resource.xacml"));
  const [obligation, ...rest] = obligationsOf(xml, "devtest_gar_bruno_client_resource") ?? [];
  assert.deepEqual(rest, []);
  assert.equal(obligation?.attributeAssignment[0]?.attributeId, "urn:altinn:obligation-assignment:1");
  assert.equal(obligation?.attributeAssignment[0]?.category, LEVEL_CATEGORY);
  assert.equal(obligation?.attributeAssignment[0]?.value, "3");
});

test("the level is the policy's own (2 here, not a fixed 3); no obligation expressions: null", () => {
  const xml = writePolicyXml("r1", [{ subjects: ["urn:altinn:rolecode:DAGL"], actions: ["read"], description: "" }]);
  const level2 = xml.replace('#integer">3<', '#integer">2<');
  assert.notEqual(level2, xml);
  assert.deepEqual(obligationsOf(bytes(level2), "r1"), [
    {
      id: "urn:altinn:obligation:1",
      attributeAssignment: [{ attributeId: "urn:altinn:obligation-assignment:1", value: "2", category: LEVEL_CATEGORY, dataType: "http://www.w3.org/2001/XMLSchema#integer", issuer: null }],
    },
  ]);
  const none = xml.replace(/\s*<xacml:ObligationExpressions>[\s\S]*<\/xacml:ObligationExpressions>/, "");
  assert.doesNotMatch(none, /Obligation/);
  assert.equal(obligationsOf(bytes(none), "r1"), null);
  // an obligation to fulfil on Deny is not a Permit's
  assert.equal(obligationsOf(bytes(xml.replace('FulfillOn="Permit"', 'FulfillOn="Deny"')), "r1"), null);
});
