// The wire shapes of the mirrored APIs as zod schemas, named as Altinn's own OpenAPI documents name them
// (the C# model names). Request bodies are the very schemas the routes bind with (lib/*/schema.ts);
// responses are written here once, proven equal to the TypeScript types the code answers with (the
// `Same<>` checks below fail to compile when one side changes), and checked against live answers in
// e2e/api/openapi.spec.ts. Responses are strict: a member the document does not name fails that test.
import { z } from "zod";
import { changeRequestSchema, type ChangeRequestDto } from "../changerequests/schema";
import type { ClientInfoPaginated, SystemUserInternalDto } from "../clients/api";
import { xacmlRootSchema } from "../pdp/xacml";
import { agentRequestSchema, standardRequestSchema, type RequestDto } from "../requests/schema";
import {
  packagesSchema,
  rightsSchema,
  systemInputSchema,
  type ChangeLogEntry,
  type RegisteredSystemDto,
  type RegisteredSystemSummary,
} from "../registry/schema";
import { resourceBody } from "../resources/resource-input";
import type { ResourceJson } from "../resources/resources";
import type { SystemUserDto } from "../system-users/dto";
import type { AccessListInfoDto, ResourceConnectionDto } from "../access-lists/lists";
import type { MembershipDto } from "../access-lists/members";
import type { AttributeMatchV2, PolicyRightsDto, PolicyRuleDto } from "../resources/xacml-views";

/** Compile-time proof that a schema's output and a type the code answers with are the same. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const same = <T extends true>(_: T) => undefined;

const langMap = z.strictObject({ nb: z.string(), nn: z.string(), en: z.string() });
const right = z.strictObject({ action: z.string().optional(), resource: z.array(z.strictObject({ id: z.string(), value: z.string() })) });
const accessPackage = z.strictObject({ urn: z.string() });
const dateTime = z.string().describe("ISO 8601 date and time");

export const registeredSystemResponse = z.strictObject({
  id: z.string(),
  vendor: z.strictObject({ authority: z.literal("iso6523-actorid-upis"), ID: z.string() }),
  name: langMap,
  description: langMap,
  rights: z.array(right),
  accessPackages: z.array(accessPackage),
  clientId: z.array(z.string()),
  allowedRedirectUrls: z.array(z.string()),
  isVisible: z.boolean(),
  isDeleted: z.boolean(),
});
same<Same<z.output<typeof registeredSystemResponse>, RegisteredSystemDto>>(true);

export const registeredSystemDto = z.strictObject({
  systemId: z.string(),
  systemVendorOrgNumber: z.string(),
  systemVendorOrgName: z.string(),
  name: langMap,
  description: langMap,
  rights: z.array(right),
  accessPackages: z.array(accessPackage),
  isVisible: z.boolean(),
});
same<Same<z.output<typeof registeredSystemDto>, RegisteredSystemSummary>>(true);

export const systemChangeLog = z.strictObject({
  systemInternalId: z.string(),
  changedByOrgNumber: z.string(),
  changeType: z.enum(["create", "update", "rightsupdate", "accesspackageupdate", "delete"]),
  changedData: z.unknown().optional(),
  clientId: z.string().optional(),
  created: dateTime,
});
same<Same<z.output<typeof systemChangeLog>, ChangeLogEntry>>(true);

export const requestSystemResponse = z.strictObject({
  id: z.string(),
  integrationTitle: z.string(),
  externalRef: z.string(),
  systemId: z.string(),
  partyOrgNo: z.string(),
  rights: z.array(right).optional(),
  accessPackages: z.array(accessPackage),
  status: z.string().describe("New, Accepted, Rejected, Denied, Timedout"),
  redirectUrl: z.string().nullable(),
  confirmUrl: z.string(),
  escalated: z.boolean(),
  created: dateTime,
  timedOut: z.boolean(),
});
same<Same<z.output<typeof requestSystemResponse>, RequestDto>>(true);

const paginated = <T extends z.ZodType>(item: T) => z.strictObject({ links: z.strictObject({ next: z.string().nullable() }), data: z.array(item) });

export const systemUserExternalDto = z.strictObject({
  id: z.string(),
  integrationTitle: z.string(),
  systemId: z.string(),
  productName: z.string(),
  reporteeOrgNo: z.string(),
  created: dateTime,
  isDeleted: z.boolean(),
  supplierName: z.string(),
  supplierOrgno: z.string(),
  externalRef: z.string(),
  userType: z.string(),
});
same<Same<z.output<typeof systemUserExternalDto>, SystemUserDto>>(true);

export const systemUserInternalDto = systemUserExternalDto.extend({
  systemInternalId: z.string(),
  partyId: z.string(),
  partyUuId: z.string(),
  userType: z.literal("agent"),
  accessPackages: z.array(accessPackage),
});
same<Same<z.output<typeof systemUserInternalDto>, SystemUserInternalDto>>(true);

export const changeRequestResponse = z.strictObject({
  id: z.string(),
  externalRef: z.string(),
  systemId: z.string(),
  systemUserId: z.string(),
  partyOrgNo: z.string(),
  requiredRights: z.array(right),
  unwantedRights: z.array(right),
  requiredAccessPackages: z.array(accessPackage),
  unwantedAccessPackages: z.array(accessPackage),
  status: z.string().describe("New, Accepted, Rejected, Denied, Timedout, NoChangeNeeded"),
  redirectUrl: z.string().nullable(),
  confirmUrl: z.string(),
  created: dateTime,
  timedOut: z.boolean(),
});
same<Same<z.output<typeof changeRequestResponse>, ChangeRequestDto>>(true);

export const clientInfoPaginated = z.strictObject({
  links: z.strictObject({ next: z.null() }),
  systemUserInformation: z.strictObject({ systemUserId: z.string(), systemUserOwnerOrg: z.string() }),
  data: z.array(z.strictObject({ clientId: z.string(), clientOrganizationNumber: z.string(), clientOrganizationName: z.string() })),
});
same<Same<z.output<typeof clientInfoPaginated>, ClientInfoPaginated>>(true);

export const agentDelegationResponse = z.strictObject({ agent: z.string(), client: z.string() });

// Errors: Altinn's problem details (lib/problems/problem.ts writes them), ASP.NET's own binding problem.
export const altinnProblemDetails = z.looseObject({
  type: z.string(),
  title: z.string(),
  status: z.number(),
  detail: z.string().optional(),
  code: z.string(),
  statusDescription: z.string().optional(),
  traceId: z.string(),
  validationErrors: z.array(z.looseObject({ code: z.string(), title: z.string().optional(), detail: z.string().optional(), paths: z.array(z.string()) })).optional(),
});
export const validationProblemDetails = z.strictObject({
  type: z.string(),
  title: z.string(),
  status: z.literal(400),
  errors: z.record(z.string(), z.array(z.string())),
  traceId: z.string(),
});

// The PDP's answer (Models/External/XacmlJsonResponseExternal.cs, camelCase with nulls written).
const xacmlAttributeAssignment = z.strictObject({ attributeId: z.string(), value: z.string(), category: z.string(), dataType: z.string(), issuer: z.string().nullable() });
const xacmlResultAttribute = z.looseObject({ attributeId: z.string(), value: z.string(), dataType: z.string() });
export const xacmlJsonResponseExternal = z.strictObject({
  response: z.array(
    z.strictObject({
      decision: z.enum(["Permit", "Deny", "NotApplicable", "Indeterminate"]),
      status: z.strictObject({ statusMessage: z.null(), statusDetails: z.null(), statusCode: z.strictObject({ value: z.string(), statusCode: z.null() }) }),
      obligations: z.array(z.strictObject({ id: z.string(), attributeAssignment: z.array(xacmlAttributeAssignment) })).nullable(),
      associateAdvice: z.null(),
      category: z.array(z.looseObject({ categoryId: z.string(), attribute: z.array(xacmlResultAttribute) })).nullable(),
      policyIdentifierList: z.null(),
    }),
  ),
});

// The Resource Registry's ServiceResource as the simulator keeps it.
const resourceLangs = langMap;
export const serviceResource = z.strictObject({
  identifier: z.string(),
  title: resourceLangs,
  description: resourceLangs,
  rightDescription: resourceLangs,
  hasCompetentAuthority: z.strictObject({ organization: z.string(), orgcode: z.string(), name: z.string() }),
  resourceType: z.string(),
  delegable: z.boolean(),
  visible: z.boolean(),
  resourceReferences: z.array(z.strictObject({ referenceSource: z.literal("Default"), reference: z.string(), referenceType: z.literal("MaskinportenScope") })),
  accessListMode: z.string(),
  status: z.string(),
});
same<Same<z.output<typeof serviceResource>, ResourceJson>>(true);

// The Resource Registry's policy views (lib/resources/xacml-views.ts) and access lists (lib/access-lists).
const urnTypeValue = z.strictObject({ type: z.string(), value: z.string() });
export const policyRuleDto = z.strictObject({ subject: z.array(urnTypeValue), action: urnTypeValue, resource: z.array(urnTypeValue) });
same<Same<z.output<typeof policyRuleDto>, PolicyRuleDto>>(true);
export const policyRightsDto = z.strictObject({
  action: urnTypeValue,
  resource: z.array(urnTypeValue),
  subjects: z.array(z.strictObject({ subjectAttributes: z.array(urnTypeValue) })),
  rightKey: z.string(),
  subjectTypes: z.array(z.string()),
});
same<Same<z.output<typeof policyRightsDto>, PolicyRightsDto>>(true);
export const attributeMatchV2 = z.strictObject({ type: z.string(), value: z.string(), urn: z.string() });
same<Same<z.output<typeof attributeMatchV2>, AttributeMatchV2>>(true);

export const resourceConnectionDto = z.strictObject({ resourceIdentifier: z.string(), actionFilters: z.array(z.string()).optional(), createdAt: dateTime, updatedAt: dateTime });
same<Same<z.output<typeof resourceConnectionDto>, ResourceConnectionDto>>(true);
export const accessListInfoDto = z.strictObject({
  urn: z.string(),
  identifier: z.string(),
  name: z.string(),
  description: z.string(),
  createdAt: dateTime,
  updatedAt: dateTime,
  resourceConnections: z.array(resourceConnectionDto).optional(),
});
same<Same<z.output<typeof accessListInfoDto>, AccessListInfoDto>>(true);
export const membershipDto = z.strictObject({ id: z.string(), since: dateTime, identifiers: z.record(z.string(), z.string()) });
same<Same<z.output<typeof membershipDto>, MembershipDto>>(true);

// The access-list bodies are bound by hand as the real converters do (lib/access-lists: parseListBody,
// parseConnectionBody, parseMembersBody); these schemas describe the same shapes for the document.
export const createAccessListModel = z.object({ name: z.string().max(255), description: z.string().max(2000).optional() });
export const upsertAccessListResourceConnectionDto = z.object({ actionFilters: z.array(z.string().max(255)).max(100).optional() });
export const upsertAccessListPartyMembersListDto = z.strictObject({
  data: z.array(z.string().describe("urn:altinn:organization:identifier-no:<orgno>, urn:altinn:party:uuid:<uuid> or urn:altinn:party:id:<id>")).max(100),
});

// Maskinporten (the simulator's issuer): the token endpoint's form, answer and error (RFC 6749 §5).
export const tokenRequestForm = z.object({
  grant_type: z.literal("urn:ietf:params:oauth:grant-type:jwt-bearer"),
  assertion: z.string().describe("The JWT grant, signed with the client's key (RS256/384/512; kid from the client's keys)"),
});
export const tokenResponse = z.strictObject({ access_token: z.string(), token_type: z.literal("Bearer"), expires_in: z.number(), scope: z.string() });
export const oauthError = z.strictObject({ error: z.string(), error_description: z.string() });

/**
 * The named schemas of every document, by the name Altinn's documents use. Requests are generated as
 * input (what a caller may send), responses as output (what the portal answers).
 */
export const REQUEST_SCHEMAS = {
  RegisterSystemRequest: systemInputSchema,
  RightList: rightsSchema,
  AccessPackageList: packagesSchema,
  CreateRequestSystemUser: standardRequestSchema,
  CreateAgentRequestSystemUser: agentRequestSchema,
  ChangeRequestSystemUser: changeRequestSchema,
  XacmlJsonRequestRootExternal: xacmlRootSchema,
  ServiceResource: resourceBody,
  MaskinportenTokenRequest: tokenRequestForm,
  CreateAccessListModel: createAccessListModel,
  UpsertAccessListResourceConnectionDto: upsertAccessListResourceConnectionDto,
  UpsertAccessListPartyMembersListDto: upsertAccessListPartyMembersListDto,
} as const;

export const RESPONSE_SCHEMAS = {
  RightResponse: right,
  AccessPackageResponse: accessPackage,
  RegisteredSystemResponse: registeredSystemResponse,
  RegisteredSystemDTO: registeredSystemDto,
  SystemChangeLog: systemChangeLog,
  RequestSystemResponse: requestSystemResponse,
  PaginatedRequestSystemResponse: paginated(requestSystemResponse),
  SystemUserExternalDTO: systemUserExternalDto,
  PaginatedSystemUserExternalDTO: paginated(systemUserExternalDto),
  SystemUserInternalDTO: systemUserInternalDto,
  ChangeRequestResponse: changeRequestResponse,
  PaginatedChangeRequestResponse: paginated(changeRequestResponse),
  ClientInfoPaginated: clientInfoPaginated,
  AgentDelegationResponse: agentDelegationResponse,
  AltinnProblemDetails: altinnProblemDetails,
  ValidationProblemDetails: validationProblemDetails,
  XacmlJsonResponseExternal: xacmlJsonResponseExternal,
  ServiceResourceResponse: serviceResource,
  MaskinportenTokenResponse: tokenResponse,
  OAuthError: oauthError,
  PolicyRuleDTO: policyRuleDto,
  PolicyRightsDTO: policyRightsDto,
  PaginatedAttributeMatchV2: z.strictObject({ links: z.strictObject({}), data: z.array(attributeMatchV2) }),
  AccessListInfoDto: accessListInfoDto,
  PaginatedAccessListInfoDto: paginated(accessListInfoDto),
  ResourceConnectionDto: resourceConnectionDto,
  PaginatedResourceConnectionDto: paginated(resourceConnectionDto),
  PaginatedAccessListMembershipDto: paginated(membershipDto),
} as const;

export type RequestSchemaName = keyof typeof REQUEST_SCHEMAS;
export type ResponseSchemaName = keyof typeof RESPONSE_SCHEMAS;
