// Writes a XACML 3.0 policy file for the service owner's form: the same layout as the policies Altinn's
// tools write (Altinn/altinn-resource-registry test/Bruno/.../Testdata/Policies/*.xacml): one Permit rule
// per form rule, its subjects in one AnyOf (role codes, access packages and org codes matched ignoring
// case), the resource, its actions, and the minimum authentication level as the policy's obligation.
// Pure. The file it writes is stored through the same parser as an uploaded one (policy-store.ts).
import type { PolicyRuleInput } from "./policy-input";
import { ACTION_ID, CATEGORY, KNOWN_SUBJECT_ATTRIBUTES, MATCH, RESOURCE_ATTRIBUTE, XACML_NS, XS_STRING } from "./xacml-names";

/** Altinn's resource policies ask for level 3 (ID-porten substantial), as the seeded one does. */
export const DEFAULT_AUTHENTICATION_LEVEL = 3;

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function splitSubject(urn: string): { attributeId: string; value: string } {
  const attributeId = KNOWN_SUBJECT_ATTRIBUTES.find((id) => urn.startsWith(`${id}:`));
  if (!attributeId) throw new Error(`Not a policy subject: ${urn}`);
  return { attributeId, value: urn.slice(attributeId.length + 1) };
}

function match(indent: string, matchId: string, value: string, attributeId: string, category: string): string {
  return [
    `${indent}<xacml:AllOf>`,
    `${indent}  <xacml:Match MatchId="${matchId}">`,
    `${indent}    <xacml:AttributeValue DataType="${XS_STRING}">${escape(value)}</xacml:AttributeValue>`,
    `${indent}    <xacml:AttributeDesignator AttributeId="${attributeId}" Category="${category}" DataType="${XS_STRING}" MustBePresent="false"/>`,
    `${indent}  </xacml:Match>`,
    `${indent}</xacml:AllOf>`,
  ].join("\n");
}

function anyOf(allOfs: string[]): string {
  return ["      <xacml:AnyOf>", ...allOfs, "      </xacml:AnyOf>"].join("\n");
}

export function writePolicyXml(identifier: string, rules: readonly PolicyRuleInput[], level = DEFAULT_AUTHENTICATION_LEVEL): string {
  const id = escape(identifier);
  const ind = "        ";
  const ruleXml = rules.map((rule, i) =>
    [
      `  <xacml:Rule RuleId="urn:altinn:resource:${id}:ruleid:${i + 1}" Effect="Permit">`,
      `    <xacml:Description>${escape(rule.description)}</xacml:Description>`,
      "    <xacml:Target>",
      anyOf(rule.subjects.map(splitSubject).map((s) => match(ind, MATCH.equalIgnoreCase, s.value, s.attributeId, CATEGORY.subject))),
      anyOf([match(ind, MATCH.equal, identifier, RESOURCE_ATTRIBUTE, CATEGORY.resource)]),
      anyOf(rule.actions.map((a) => match(ind, MATCH.equal, a, ACTION_ID, CATEGORY.action))),
      "    </xacml:Target>",
      "  </xacml:Rule>",
    ].join("\n"),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<xacml:Policy xmlns:xsl="http://www.w3.org/2001/XMLSchema-instance" xmlns:xacml="${XACML_NS}" PolicyId="urn:altinn:resource:${id}:policyid:1" Version="1.0" RuleCombiningAlgId="urn:oasis:names:tc:xacml:3.0:rule-combining-algorithm:deny-overrides">`,
    "  <xacml:Target/>",
    ...ruleXml,
    "  <xacml:ObligationExpressions>",
    '    <xacml:ObligationExpression FulfillOn="Permit" ObligationId="urn:altinn:obligation:1">',
    '      <xacml:AttributeAssignmentExpression AttributeId="urn:altinn:obligation-assignment:1" Category="urn:altinn:minimum-authenticationlevel">',
    `        <xacml:AttributeValue DataType="http://www.w3.org/2001/XMLSchema#integer">${level}</xacml:AttributeValue>`,
    "      </xacml:AttributeAssignmentExpression>",
    "    </xacml:ObligationExpression>",
    "  </xacml:ObligationExpressions>",
    "</xacml:Policy>",
    "",
  ].join("\n");
}
