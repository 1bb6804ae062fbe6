// The XACML 3.0 and Altinn names of a resource policy file (no dependencies: the editor page uses them too).

export const XACML_NS = "urn:oasis:names:tc:xacml:3.0:core:schema:wd-17";
export const CATEGORY = {
  subject: "urn:oasis:names:tc:xacml:1.0:subject-category:access-subject",
  resource: "urn:oasis:names:tc:xacml:3.0:attribute-category:resource",
  action: "urn:oasis:names:tc:xacml:3.0:attribute-category:action",
} as const;
export const MATCH = {
  equal: "urn:oasis:names:tc:xacml:1.0:function:string-equal",
  equalIgnoreCase: "urn:oasis:names:tc:xacml:3.0:function:string-equal-ignore-case",
} as const;
export const XS_STRING = "http://www.w3.org/2001/XMLSchema#string";
export const ACTION_ID = "urn:oasis:names:tc:xacml:1.0:action:action-id";
export const RESOURCE_ATTRIBUTE = "urn:altinn:resource";
export const ROLE_ATTRIBUTE = "urn:altinn:rolecode";
export const PACKAGE_ATTRIBUTE = "urn:altinn:accesspackage";
export const ORG_ATTRIBUTE = "urn:altinn:org";
/** Obligation categories of Altinn's policies (PolicyHelper.GetMinimumAuthenticationLevelFromXacmlPolicy). */
export const AUTH_LEVEL_CATEGORIES = ["urn:altinn:minimum-authenticationlevel", "urn:altinn:minimum-authenticationlevel-org"];

/**
 * Subject attributes the simulator evaluates. Role codes and access packages are what Altinn's context
 * handler adds for a subject (ContextHandler.EnrichSubjectAttributes); `urn:altinn:org` names a service
 * owner, which is never the subject of a system-user decision, so such a rule simply never applies here,
 * as in Altinn. Any other subject attribute (user ids, party types, access lists, delegation subjects)
 * would need a subject the simulator does not model: refused.
 */
export const KNOWN_SUBJECT_ATTRIBUTES = [ROLE_ATTRIBUTE, PACKAGE_ATTRIBUTE, ORG_ATTRIBUTE];
