// The operation tables of the mirrored APIs, one per document, as the routes in app/ implement them
// (e2e/api/openapi.spec.ts checks that every route method is here and every operation has a route).
// Statuses and codes: the real controllers named in the route files (and the README's endpoint tables).
import type { Answer, DocumentInfo, Operation, Param } from "./document";

const path = (name: string, description?: string, format?: "uuid"): Param => ({ name, in: "path", description, format });
const query = (name: string, description?: string, required = false): Param => ({ name, in: "query", description, required });

const UNAUTHORIZED: Answer = { description: "No or an invalid bearer token (empty body, `WWW-Authenticate: Bearer`)" };
const FORBIDDEN: Answer = { description: "The token lacks the endpoint's scope (empty body)" };
const PROBLEM = (description: string): Answer => ({ description, schema: "AltinnProblemDetails" });
const BAD_BODY: Answer = { description: "A body that cannot be bound (ASP.NET's own problem)", schema: "ValidationProblemDetails" };
const NOT_FOUND_BARE: Answer = { description: "Not found (empty body)" };
const guarded = { 401: UNAUTHORIZED, 403: FORBIDDEN } as const;

const SYSTEM_ID = path("systemId", "The system's id: the vendor's organisation number, '_', a name");
const REQUEST_ID = path("requestId", "The request's id", "uuid");
const BY_EXTERNAL_REF = [SYSTEM_ID, path("orgNo", "The customer's organisation number"), path("externalRef", "The vendor's external reference")];
const PAGE_TOKEN = query("token", "The continuation token of `links.next`");

const SELF_PATH = "/systemuser/agent/{party}/{systemUserId}/self";
const SELF_PARAMS = [path("party", "The facilitator's party id"), path("systemUserId", "The agent system user's id", "uuid"), query("partyUuid", "The facilitator's party UUID")];
const SELF_ANSWERS = {
  400: PROBLEM("AUTH-00034 not an agent, AUTH-00063/00064 packages, AUTH-00051/00057 refused by Access Management; `return` for an unknown id (ValidationProblemDetails)"),
  401: UNAUTHORIZED,
  403: { description: "Not an access manager of the party, or another party's system user (empty body)" },
} as const;

export const AUTHENTICATION: DocumentInfo = {
  title: "Altinn Authentication (system users) — simulator",
  description:
    "The System Register, system-user requests, change requests, system users and client delegation, as Altinn Authentication answers them. Served by the simulator from the zod schemas that validate the requests.",
  basePath: "/authentication/api/v1",
};

export const AUTHENTICATION_OPERATIONS: Operation[] = [
  // System Register (SystemRegisterController.cs)
  { method: "get", path: "/systemregister", operationId: "getSystems", tag: "SystemRegister", summary: "Every visible, live system", scope: "portal", responses: { 200: { description: "The systems", schema: "RegisteredSystemDTO[]" }, ...guarded } },
  { method: "get", path: "/systemregister/{systemId}", operationId: "getSystem", tag: "SystemRegister", summary: "One system", scope: "portal", params: [SYSTEM_ID], responses: { 200: { description: "The system", schema: "RegisteredSystemDTO" }, ...guarded, 404: PROBLEM("Unknown system") } },
  { method: "get", path: "/systemregister/{systemId}/rights", operationId: "getSystemRights", tag: "SystemRegister", summary: "The system's rights", scope: "portal", params: [SYSTEM_ID], responses: { 200: { description: "Rights", schema: "RightResponse[]" }, ...guarded, 404: PROBLEM("Unknown system") } },
  { method: "get", path: "/systemregister/{systemId}/accesspackages", operationId: "getSystemAccessPackages", tag: "SystemRegister", summary: "The system's access packages", scope: "portal", params: [SYSTEM_ID], responses: { 200: { description: "Access packages", schema: "AccessPackageResponse[]" }, ...guarded, 404: PROBLEM("Unknown system") } },
  { method: "post", path: "/systemregister/vendor", operationId: "createSystem", tag: "SystemRegister", summary: "Register a system", scope: "systemRegisterWrite", body: { schema: "RegisterSystemRequest" }, responses: { 200: { description: "The new system's internal id (a JSON string)" }, 400: PROBLEM("Validation problem (STD-00000 with AUTH.VLD-* codes), or a body that cannot be bound"), ...guarded } },
  { method: "get", path: "/systemregister/vendor", operationId: "getVendorSystems", tag: "SystemRegister", summary: "The vendor's own systems", scope: "systemRegisterWrite", responses: { 200: { description: "The systems", schema: "RegisteredSystemDTO[]" }, ...guarded } },
  { method: "get", path: "/systemregister/vendor/{systemId}", operationId: "getVendorSystem", tag: "SystemRegister", summary: "One of the vendor's systems", scope: "systemRegisterWrite", params: [SYSTEM_ID], responses: { 200: { description: "The system", schema: "RegisteredSystemResponse" }, ...guarded, 404: PROBLEM("Unknown system, or another vendor's") } },
  { method: "put", path: "/systemregister/vendor/{systemId}", operationId: "updateSystem", tag: "SystemRegister", summary: "Update a system", scope: "systemRegisterWrite", params: [SYSTEM_ID], body: { schema: "RegisterSystemRequest" }, responses: { 200: { description: "Updated (`true`)" }, 400: PROBLEM("Validation problem"), ...guarded, 404: PROBLEM("Unknown system") } },
  { method: "delete", path: "/systemregister/vendor/{systemId}", operationId: "deleteSystem", tag: "SystemRegister", summary: "Soft-delete a system", scope: "systemRegisterWrite", params: [SYSTEM_ID], responses: { 200: { description: "Deleted (`true`)" }, 400: PROBLEM("Unknown or already deleted system"), ...guarded } },
  { method: "put", path: "/systemregister/vendor/{systemId}/rights", operationId: "updateSystemRights", tag: "SystemRegister", summary: "Replace the system's rights", scope: "systemRegisterWrite", params: [SYSTEM_ID], body: { schema: "RightList" }, responses: { 200: { description: "Updated" }, 400: PROBLEM("Validation problem"), ...guarded } },
  { method: "put", path: "/systemregister/vendor/{systemId}/accesspackages", operationId: "updateSystemAccessPackages", tag: "SystemRegister", summary: "Replace the system's access packages", scope: "systemRegisterWrite", params: [SYSTEM_ID], body: { schema: "AccessPackageList" }, responses: { 200: { description: "Updated" }, 400: PROBLEM("Validation problem"), ...guarded } },
  { method: "get", path: "/systemregister/vendor/{systemId}/changelog", operationId: "getSystemChangeLog", tag: "SystemRegister", summary: "The system's change log", scope: "systemRegisterWrite", params: [SYSTEM_ID], responses: { 200: { description: "The changes, oldest first", schema: "SystemChangeLog[]" }, ...guarded, 404: PROBLEM("Unknown system") } },

  // Requests (RequestSystemUserController.cs)
  { method: "post", path: "/systemuser/request/vendor", operationId: "createRequest", tag: "Requests", summary: "Ask a customer for a standard system user", scope: "requestWrite", body: { schema: "CreateRequestSystemUser" }, responses: { 201: { description: "Created (`Location` names the request)", schema: "RequestSystemResponse" }, 200: { description: "A request for the same system, party and externalRef exists: that one", schema: "RequestSystemResponse" }, 400: PROBLEM("Validation problem or AUTH-000xx"), ...guarded } },
  { method: "get", path: "/systemuser/request/vendor/{requestId}", operationId: "getRequest", tag: "Requests", summary: "A standard request", scope: "requestRead", params: [REQUEST_ID], responses: { 200: { description: "The request", schema: "RequestSystemResponse" }, ...guarded, 404: PROBLEM("Unknown request (AUTH-00010)") } },
  { method: "delete", path: "/systemuser/request/vendor/{requestId}", operationId: "deleteRequest", tag: "Requests", summary: "Delete a request", scope: "requestWrite", params: [REQUEST_ID], responses: { 202: { description: "Deleted" }, ...guarded, 404: PROBLEM("Unknown request") } },
  { method: "get", path: "/systemuser/request/vendor/byexternalref/{systemId}/{orgNo}/{externalRef}", operationId: "getRequestByExternalRef", tag: "Requests", summary: "A standard request by its triple", scope: "requestRead", params: BY_EXTERNAL_REF, responses: { 200: { description: "The request", schema: "RequestSystemResponse" }, ...guarded, 404: PROBLEM("Unknown request") } },
  { method: "get", path: "/systemuser/request/vendor/bysystem/{systemId}", operationId: "getRequestsBySystem", tag: "Requests", summary: "The system's standard requests, 50 per page", scope: "requestRead", params: [SYSTEM_ID, PAGE_TOKEN], responses: { 200: { description: "One page", schema: "PaginatedRequestSystemResponse" }, ...guarded, 404: PROBLEM("Unknown system (AUTH-00011)") } },
  { method: "post", path: "/systemuser/request/vendor/agent", operationId: "createAgentRequest", tag: "Requests", summary: "Ask an accounting firm for an agent system user", scope: "requestWrite", body: { schema: "CreateAgentRequestSystemUser" }, responses: { 201: { description: "Created", schema: "RequestSystemResponse" }, 200: { description: "The existing request of the triple", schema: "RequestSystemResponse" }, 400: PROBLEM("Validation problem or AUTH-000xx"), ...guarded } },
  { method: "get", path: "/systemuser/request/vendor/agent/{requestId}", operationId: "getAgentRequest", tag: "Requests", summary: "An agent request", scope: "requestRead", params: [REQUEST_ID], responses: { 200: { description: "The request", schema: "RequestSystemResponse" }, ...guarded, 404: PROBLEM("Unknown request") } },
  { method: "get", path: "/systemuser/request/vendor/agent/byexternalref/{systemId}/{orgNo}/{externalRef}", operationId: "getAgentRequestByExternalRef", tag: "Requests", summary: "An agent request by its triple", scope: "requestRead", params: BY_EXTERNAL_REF, responses: { 200: { description: "The request", schema: "RequestSystemResponse" }, ...guarded, 404: PROBLEM("Unknown request") } },
  { method: "get", path: "/systemuser/request/vendor/agent/bysystem/{systemId}", operationId: "getAgentRequestsBySystem", tag: "Requests", summary: "The system's agent requests, 50 per page", scope: "requestRead", params: [SYSTEM_ID, PAGE_TOKEN], responses: { 200: { description: "One page", schema: "PaginatedRequestSystemResponse" }, ...guarded, 404: PROBLEM("Unknown system") } },

  // Change requests (ChangeRequestSystemUserController.cs)
  { method: "post", path: "/systemuser/changerequest/vendor", operationId: "createChangeRequest", tag: "ChangeRequests", summary: "Ask the owner to change a standard system user's rights", scope: "requestWrite", params: [query("correlation-id", "The change request's id (uuid)", true), query("system-user-id", "The system user's id (uuid)", true)], body: { schema: "ChangeRequestSystemUser" }, responses: { 201: { description: "Created", schema: "ChangeRequestResponse" }, 200: { description: "NoChangeNeeded, or the existing change request of the correlation id", schema: "ChangeRequestResponse" }, 400: { description: "Plain text for a missing or equal correlation id; else a validation problem", text: true }, ...guarded, 404: PROBLEM("Unknown system user (AUTH-00015)") } },
  { method: "get", path: "/systemuser/changerequest/vendor/{requestId}", operationId: "getChangeRequest", tag: "ChangeRequests", summary: "A change request", scope: "requestRead", params: [REQUEST_ID], responses: { 200: { description: "The change request", schema: "ChangeRequestResponse" }, ...guarded, 404: PROBLEM("Unknown change request") } },
  { method: "delete", path: "/systemuser/changerequest/vendor/{requestId}", operationId: "deleteChangeRequest", tag: "ChangeRequests", summary: "Delete a change request", scope: "requestWrite", params: [REQUEST_ID], responses: { 202: { description: "Deleted" }, ...guarded, 404: PROBLEM("Unknown change request") } },
  { method: "get", path: "/systemuser/changerequest/vendor/byexternalref/{systemId}/{orgNo}/{externalRef}", operationId: "getChangeRequestByExternalRef", tag: "ChangeRequests", summary: "A change request by the system user's triple", scope: "requestRead", params: BY_EXTERNAL_REF, responses: { 200: { description: "The change request", schema: "ChangeRequestResponse" }, ...guarded, 404: PROBLEM("Unknown change request") } },
  { method: "get", path: "/systemuser/changerequest/vendor/bysystem/{systemId}", operationId: "getChangeRequestsBySystem", tag: "ChangeRequests", summary: "The system's change requests, 50 per page", scope: "requestRead", params: [SYSTEM_ID, PAGE_TOKEN], responses: { 200: { description: "One page", schema: "PaginatedChangeRequestResponse" }, ...guarded, 404: PROBLEM("Unknown system") } },

  // System users (SystemUserController.cs)
  { method: "get", path: "/systemuser/vendor/byquery", operationId: "getSystemUserByQuery", tag: "SystemUsers", summary: "The vendor's system user of a customer", scope: "requestWrite", params: [query("system-id", undefined, true), query("orgno", undefined, true), query("external-ref", "Defaults to orgno")], responses: { 200: { description: "The system user", schema: "SystemUserExternalDTO" }, 400: { description: "A required parameter is missing" }, ...guarded, 404: NOT_FOUND_BARE } },
  { method: "get", path: "/systemuser/vendor/bysystem/{systemId}", operationId: "getSystemUsersBySystem", tag: "SystemUsers", summary: "The system's system users, 50 per page", scope: "systemRegisterWrite", params: [SYSTEM_ID, PAGE_TOKEN], responses: { 200: { description: "One page", schema: "PaginatedSystemUserExternalDTO" }, ...guarded, 404: PROBLEM("Unknown system (AUTH-00011)") } },
  { method: "get", path: "/systemuser/byExternalId", operationId: "getSystemUserByExternalId", tag: "SystemUsers", summary: "Maskinporten's lookup of a system user", scope: "systemUserLookup", params: [query("clientId", undefined, true), query("systemProviderOrgNo", undefined, true), query("systemUserOwnerOrgNo", undefined, true), query("externalRef", "Defaults to systemUserOwnerOrgNo")], responses: { 200: { description: "The system user (`productName` = the system id)", schema: "SystemUserExternalDTO" }, 400: { description: "A required parameter is missing" }, ...guarded, 404: NOT_FOUND_BARE } },

  // Token exchange (AuthenticationController.ExchangeExternalSystemToken)
  { method: "get", path: "/exchange/{tokenProvider}", operationId: "exchangeToken", tag: "Authentication", summary: "Exchange a Maskinporten token for an Altinn token", description: "The Maskinporten token as bearer; the Altinn token (keeping `authorization_details`) as plain text. Only `maskinporten` is simulated.", params: [path("tokenProvider", "maskinporten (id-porten and altinnstudio are not simulated: 401)")], responses: { 200: { description: "The Altinn token (plain text)", text: true }, 400: { description: "Unknown token provider", text: true }, 401: { description: "No or an unreadable token (empty body)" }, 410: { description: "X-Altinn-EnterpriseUser-Authentication: enterprise users are gone", schema: "AltinnProblemDetails" } } },

  // Client delegation (SystemUserClientDelegationController.cs): an Altinn token of the client administrator
  { method: "get", path: "/enduser/systemuser/agents", operationId: "getAgents", tag: "ClientDelegation", summary: "The party's agent system users", altinnToken: true, scope: "clientDelegationRead", params: [query("party", "The facilitator's organisation number", true)], responses: { 200: { description: "The agent system users", schema: "SystemUserInternalDTO[]" }, ...guarded, 404: PROBLEM("Unknown party") } },
  { method: "get", path: "/enduser/systemuser/clients/available", operationId: "getAvailableClients", tag: "ClientDelegation", summary: "The facilitator's clients that the agent's packages fit", altinnToken: true, scope: "clientDelegationRead", params: [query("agent", "The agent system user's id", true)], responses: { 200: { description: "The clients", schema: "ClientInfoPaginated" }, 400: PROBLEM("AUTH.VLD-00014/00015"), ...guarded } },
  { method: "get", path: "/enduser/systemuser/clients", operationId: "getClients", tag: "ClientDelegation", summary: "The clients delegated to the agent system user", altinnToken: true, scope: "clientDelegationRead", params: [query("agent", "The agent system user's id", true)], responses: { 200: { description: "The clients", schema: "ClientInfoPaginated" }, 400: PROBLEM("AUTH.VLD-00014/00015"), ...guarded } },
  { method: "post", path: "/enduser/systemuser/clients", operationId: "addClient", tag: "ClientDelegation", summary: "Delegate a client to the agent system user", altinnToken: true, scope: "clientDelegationWrite", params: [query("agent", "The agent system user's id", true), query("client", "The client's party UUID", true)], responses: { 200: { description: "Delegated", schema: "AgentDelegationResponse" }, 400: PROBLEM("AUTH.VLD-00014/15/16, AUTH-00079 not a client, AUTH-00080 no package"), ...guarded } },
  { method: "delete", path: "/enduser/systemuser/clients", operationId: "removeClient", tag: "ClientDelegation", summary: "Remove a client from the agent system user", altinnToken: true, scope: "clientDelegationWrite", params: [query("agent", "The agent system user's id", true), query("client", "The client's party UUID", true)], responses: { 200: { description: "Removed", schema: "AgentDelegationResponse" }, 400: PROBLEM("AUTH.VLD-00014/15/16"), ...guarded } },
  // Self-delegation (SystemUserController.cs): an access manager's Altinn token, no scope (policy ACCESS_MANAGEMENT_WRITE)
  { method: "post", path: SELF_PATH, operationId: "delegateSelfToAgentSystemUser", tag: "SystemUsers", summary: "Add the facilitator itself as a client of its agent system user", altinnToken: true, params: SELF_PARAMS, responses: { 200: { description: "`true`" }, ...SELF_ANSWERS } },
  { method: "delete", path: SELF_PATH, operationId: "revokeSelfFromAgentSystemUser", tag: "SystemUsers", summary: "Remove the facilitator itself from its agent system user", altinnToken: true, params: SELF_PARAMS, responses: { 200: { description: "`true`" }, ...SELF_ANSWERS } },
  { method: "get", path: SELF_PATH, operationId: "isSelfDelegatedToAgentSystemUser", tag: "SystemUsers", summary: "Whether the facilitator itself is added", altinnToken: true, params: SELF_PARAMS, responses: { 200: { description: "`true` or `false`" }, ...SELF_ANSWERS, 500: PROBLEM("AUTH-00055: the packages of another party could not be read") } },
];

export const AUTHORIZATION: DocumentInfo = {
  title: "Altinn Authorization (PDP) — simulator",
  description: "The external decision point: a XACML 3.0 JSON profile request, one decision per individual request.",
  basePath: "/authorization/api/v1",
};

export const AUTHORIZATION_OPERATIONS: Operation[] = [
  { method: "post", path: "/authorize", operationId: "authorizeExternal", tag: "Decision", summary: "Decide one or more XACML requests", scope: "authorize", body: { schema: "XacmlJsonRequestRootExternal" }, responses: { 200: { description: "The decisions (errors become Indeterminate)", schema: "XacmlJsonResponseExternal" }, 400: BAD_BODY, ...guarded } },
];

export const RESOURCE_REGISTRY: DocumentInfo = {
  title: "Altinn Resource Registry — simulator",
  description: "Resources, their XACML policies and the service owners' access lists.",
  basePath: "/resourceregistry/api/v1",
};

const RESOURCE_ID = path("id", "The resource's identifier");
const OWNER = path("owner", "The service owner's org code (e.g. skd)");
const LIST_ID = path("identifier", "The access list's identifier");

export const RESOURCE_REGISTRY_OPERATIONS: Operation[] = [
  { method: "get", path: "/resource/resourcelist", operationId: "getResourceList", tag: "Resource", summary: "Every resource", responses: { 200: { description: "The resources", schema: "ServiceResourceResponse[]" } } },
  { method: "get", path: "/resource/{id}", operationId: "getResource", tag: "Resource", summary: "One resource", params: [RESOURCE_ID], responses: { 200: { description: "The resource", schema: "ServiceResourceResponse" }, 404: NOT_FOUND_BARE } },
  { method: "post", path: "/resource", operationId: "createResource", tag: "Resource", summary: "Register a resource", scope: "resourceWrite", body: { schema: "ServiceResource" }, responses: { 201: { description: "Created, empty (`Location` names it)" }, 400: PROBLEM("Validation problem"), ...guarded, 409: { description: "The identifier exists (a JSON string)" } } },
  { method: "put", path: "/resource/{id}", operationId: "updateResource", tag: "Resource", summary: "Update a resource", scope: "resourceWrite", params: [RESOURCE_ID], body: { schema: "ServiceResource" }, responses: { 200: { description: "Updated, empty" }, 400: PROBLEM("Validation problem, or `Id in path does not match ID in resource` (a JSON string)"), ...guarded, 404: NOT_FOUND_BARE } },
  { method: "delete", path: "/resource/{id}", operationId: "deleteResource", tag: "Resource", summary: "Delete a resource", scope: "resourceWrite", params: [RESOURCE_ID], responses: { 204: { description: "Deleted" }, ...guarded, 404: NOT_FOUND_BARE } },
  { method: "get", path: "/resource/{id}/policy", operationId: "getPolicy", tag: "Policy", summary: "The resource's policy file (XACML 3.0)", params: [RESOURCE_ID], responses: { 200: { description: "The policy file as stored (`text/xml`, `policy.xml`)" }, 404: { description: "Unable to find resource / requested policy", text: true } } },
  { method: "post", path: "/resource/{id}/policy", operationId: "createPolicy", tag: "Policy", summary: "Store the resource's policy: multipart/form-data, file field `policyFile`", scope: "resourceWrite", params: [RESOURCE_ID], responses: { 201: { description: "Stored, empty (`Location: {id}/policy`)" }, 400: { description: "No file, unknown resource, or why the policy is refused (a JSON string)" }, ...guarded, 415: { description: "Not multipart/form-data" } } },
  { method: "put", path: "/resource/{id}/policy", operationId: "updatePolicy", tag: "Policy", summary: "Replace the resource's policy (as POST; answers 201 as the real WritePolicy)", scope: "resourceWrite", params: [RESOURCE_ID], responses: { 201: { description: "Stored, empty" }, 400: { description: "No file, unknown resource, or why the policy is refused (a JSON string)" }, ...guarded, 415: { description: "Not multipart/form-data" } } },
  { method: "get", path: "/resource/{id}/policy/subjects", operationId: "getPolicySubjects", tag: "Policy", summary: "The policy's subjects", params: [RESOURCE_ID], responses: { 200: { description: "The subjects", schema: "PaginatedAttributeMatchV2" }, 404: NOT_FOUND_BARE } },
  { method: "get", path: "/resource/{id}/policy/rules", operationId: "getPolicyRules", tag: "Policy", summary: "The policy's rules, one per subject × action × resource", params: [RESOURCE_ID], responses: { 200: { description: "The rules", schema: "PolicyRuleDTO[]" }, 404: NOT_FOUND_BARE } },
  { method: "get", path: "/resource/{id}/policy/rights", operationId: "getPolicyRights", tag: "Policy", summary: "The policy's rights, grouped with Altinn's rightKey", params: [RESOURCE_ID], responses: { 200: { description: "The rights", schema: "PolicyRightsDTO[]" }, 404: NOT_FOUND_BARE } },

  // Access lists (AccessListsController.cs): owner = the service owner's org code; ETag / If-Match as the real API
  { method: "get", path: "/access-lists/{owner}", operationId: "getAccessLists", tag: "AccessLists", summary: "The owner's access lists, 20 a page", scope: "accessListRead", params: [OWNER, PAGE_TOKEN, query("include", "resources or resource-actions"), query("resource", "With include: the resource whose connections to include")], responses: { 200: { description: "One page", schema: "PaginatedAccessListInfoDto" }, 400: PROBLEM("RR.VLD-00002 / RR.VLD-00010"), ...guarded } },
  { method: "get", path: "/access-lists/{owner}/{identifier}", operationId: "getAccessList", tag: "AccessLists", summary: "One access list", scope: "accessListRead", params: [OWNER, LIST_ID, query("include")], responses: { 200: { description: "The list (ETag, Last-Modified)", schema: "AccessListInfoDto" }, 304: { description: "Not modified (If-None-Match)" }, ...guarded, 404: NOT_FOUND_BARE, 412: { description: "A precondition failed" } } },
  { method: "put", path: "/access-lists/{owner}/{identifier}", operationId: "upsertAccessList", tag: "AccessLists", summary: "Create or update an access list", scope: "accessListWrite", params: [OWNER, LIST_ID], body: { schema: "CreateAccessListModel" }, responses: { 200: { description: "The list", schema: "AccessListInfoDto" }, 400: BAD_BODY, ...guarded, 412: { description: "A precondition failed" }, 415: { description: "Not JSON" } } },
  { method: "patch", path: "/access-lists/{owner}/{identifier}", operationId: "patchAccessList", tag: "AccessLists", summary: "Not implemented in Altinn either", scope: "accessListWrite", params: [OWNER, LIST_ID], responses: { 501: { description: "Not implemented" }, ...guarded } },
  { method: "delete", path: "/access-lists/{owner}/{identifier}", operationId: "deleteAccessList", tag: "AccessLists", summary: "Delete an access list", scope: "accessListWrite", params: [OWNER, LIST_ID], responses: { 200: { description: "The deleted list", schema: "AccessListInfoDto" }, 204: { description: "There was none" }, ...guarded, 412: { description: "A precondition failed" } } },
  { method: "get", path: "/access-lists/{owner}/{identifier}/members", operationId: "getAccessListMembers", tag: "AccessLists", summary: "The list's members, 100 a page", scope: "accessListRead", params: [OWNER, LIST_ID, PAGE_TOKEN], responses: { 200: { description: "One page", schema: "PaginatedAccessListMembershipDto" }, ...guarded, 404: NOT_FOUND_BARE, 412: { description: "The list changed while paging" } } },
  { method: "put", path: "/access-lists/{owner}/{identifier}/members", operationId: "replaceAccessListMembers", tag: "AccessLists", summary: "Replace the members", scope: "accessListWrite", params: [OWNER, LIST_ID], body: { schema: "UpsertAccessListPartyMembersListDto" }, responses: { 200: { description: "The members", schema: "PaginatedAccessListMembershipDto" }, 400: BAD_BODY, ...guarded, 404: NOT_FOUND_BARE, 412: { description: "A precondition failed" } } },
  { method: "post", path: "/access-lists/{owner}/{identifier}/members", operationId: "addAccessListMembers", tag: "AccessLists", summary: "Add members", scope: "accessListWrite", params: [OWNER, LIST_ID], body: { schema: "UpsertAccessListPartyMembersListDto" }, responses: { 200: { description: "The members", schema: "PaginatedAccessListMembershipDto" }, 400: BAD_BODY, ...guarded, 404: NOT_FOUND_BARE, 412: { description: "A precondition failed" } } },
  { method: "delete", path: "/access-lists/{owner}/{identifier}/members", operationId: "removeAccessListMembers", tag: "AccessLists", summary: "Remove members", scope: "accessListWrite", params: [OWNER, LIST_ID], body: { schema: "UpsertAccessListPartyMembersListDto" }, responses: { 200: { description: "The members", schema: "PaginatedAccessListMembershipDto" }, 400: BAD_BODY, ...guarded, 404: NOT_FOUND_BARE, 412: { description: "A precondition failed" } } },
  { method: "get", path: "/access-lists/{owner}/{identifier}/resource-connections", operationId: "getAccessListResourceConnections", tag: "AccessLists", summary: "The list's resources with their action filters, 100 a page", scope: "accessListRead", params: [OWNER, LIST_ID, PAGE_TOKEN], responses: { 200: { description: "One page", schema: "PaginatedResourceConnectionDto" }, ...guarded, 404: NOT_FOUND_BARE } },
  { method: "put", path: "/access-lists/{owner}/{identifier}/resource-connections/{resourceIdentifier}", operationId: "upsertAccessListResourceConnection", tag: "AccessLists", summary: "Connect one of the owner's resources", scope: "accessListWrite", params: [OWNER, LIST_ID, path("resourceIdentifier")], body: { schema: "UpsertAccessListResourceConnectionDto", required: false }, responses: { 200: { description: "The connection", schema: "ResourceConnectionDto" }, 400: PROBLEM("RR-00002 unknown resource"), ...guarded, 404: NOT_FOUND_BARE, 412: { description: "A precondition failed" } } },
  { method: "delete", path: "/access-lists/{owner}/{identifier}/resource-connections/{resourceIdentifier}", operationId: "deleteAccessListResourceConnection", tag: "AccessLists", summary: "Disconnect a resource", scope: "accessListWrite", params: [OWNER, LIST_ID, path("resourceIdentifier")], responses: { 200: { description: "The removed connection", schema: "ResourceConnectionDto" }, 204: { description: "It was not connected" }, ...guarded, 412: { description: "A precondition failed" } } },
];

export const MASKINPORTEN: DocumentInfo = {
  title: "Maskinporten (the simulator's issuer)",
  description: "The token endpoint for JWT grants (RFC 7523), with Altinn's system-user authorization_details. Maskinporten publishes no OpenAPI document: this one is the simulator's.",
  basePath: "/maskinporten",
};

export const MASKINPORTEN_OPERATIONS: Operation[] = [
  { method: "post", path: "/token", operationId: "token", tag: "Token", summary: "An access token for a signed JWT grant", body: { schema: "MaskinportenTokenRequest", contentType: "application/x-www-form-urlencoded" }, responses: { 200: { description: "The access token", schema: "MaskinportenTokenResponse" }, 400: { description: "invalid_grant, invalid_scope, invalid_altinn_customer_configuration (MP-303), ...", schema: "OAuthError" }, 401: { description: "invalid_client", schema: "OAuthError" } } },
  { method: "get", path: "/jwk", operationId: "jwks", tag: "Token", summary: "The issuer's signing keys (JWKS)", responses: { 200: { description: "JWK set" } } },
];

export const DOCUMENTS = {
  authentication: { info: AUTHENTICATION, operations: AUTHENTICATION_OPERATIONS },
  authorization: { info: AUTHORIZATION, operations: AUTHORIZATION_OPERATIONS },
  resourceregistry: { info: RESOURCE_REGISTRY, operations: RESOURCE_REGISTRY_OPERATIONS },
  maskinporten: { info: MASKINPORTEN, operations: MASKINPORTEN_OPERATIONS },
} as const;

export type DocumentName = keyof typeof DOCUMENTS;
