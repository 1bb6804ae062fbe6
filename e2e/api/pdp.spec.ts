// Altinn's PDP (DecisionController.AuthorizeExternal, authorization-tmp): authentication and scopes, the
// answer as the real serialiser writes it, the request bound as ASP.NET binds it, faults as the real
// controller answers them, multi requests, every resource party attribute, and decisions for real system
// users made through the request + approval flow.
import { expect, test } from "@playwright/test";
import { ORGS, SCOPES } from "../../prisma/cast";
import { DRESS_MINST, ENDUSER_API, SAME_ORIGIN, clientUuid, createAgent, portalSession } from "../support/client-delegation";
import { DEMO_CLIENTS, getToken } from "../support/maskinporten";
import { expectBare, expectBinding } from "../support/problems";
import { TEST_ENV } from "../test-env";
import { partyIdOf, partyUuidOf } from "../../lib/parties/party-ids";
import {
  PDP_API,
  RR_API,
  authorizeToken,
  bearer,
  createApeSystemUser,
  decide,
  expectProblem,
  policyXml,
  putPolicy,
  registerSystem,
  resourceBody,
  resourceWriteToken,
  uniqueId,
  uploadPolicy,
  withScope,
  xacml,
} from "../support/service-owner";

const OK = "urn:oasis:names:tc:xacml:1.0:status:ok";
const SYNTAX = "urn:oasis:names:tc:xacml:1.0:status:syntax-error";
const MISSING = "urn:oasis:names:tc:xacml:1.0:status:missing-attribute";
const PROCESSING = "urn:oasis:names:tc:xacml:1.0:status:processing-error";
const APE = ORGS.ape.orgNo;
const UNKNOWN_SU = "00000000-0000-4000-8000-000000000000";

/** The whole result as ConvertResponse + ToExternal build it: statusMessage is never carried over. */
const result = (decision: string, status: string, extra: Record<string, unknown> = {}) => ({
  decision,
  status: { statusMessage: null, statusDetails: null, statusCode: { value: status, statusCode: null } },
  obligations: null,
  associateAdvice: null,
  category: null,
  policyIdentifierList: null,
  ...extra,
});
// PolicyDecisionPoint.AddObligations: the resource policy's authentication-level obligation on a Permit,
// as the seeded policy file writes it (prisma/fixtures/policies/ske-krav-og-betalinger.xml)
const AUTH_LEVEL = [
  {
    id: "urn:altinn:obligation:1",
    attributeAssignment: [{ attributeId: "urn:altinn:obligation-assignment:1", value: "3", category: "urn:altinn:minimum-authenticationlevel", dataType: "http://www.w3.org/2001/XMLSchema#integer", issuer: null }],
  },
];

test.describe("authentication", () => {
  test("no token is 401, a token without the authorize scope is 403", async ({ request }) => {
    const res = await request.post(PDP_API, { data: xacml(UNKNOWN_SU, "read", APE) });
    await expectBare(res, 401);
    expect(res.headers()["www-authenticate"]).toContain("Bearer");
    const vendor = await getToken(request, DEMO_CLIENTS.smartcloud, { scopes: [SCOPES.kravOgBetalinger] });
    await expectBare(await request.post(PDP_API, { headers: bearer(vendor), data: xacml(UNKNOWN_SU, "read", APE) }), 403);
    await expect(getToken(request, DEMO_CLIENTS.smartcloud, { scopes: [SCOPES.authorize] })).rejects.toThrow(/invalid_scope/);
  });

  // Program.cs: AuthorizeScopeAccess = authorize OR authorize.admin (Bruno postAuthorizeTtdReadPermitAuthorizeAdminScope)
  test("the authorize.admin scope is accepted as well", async ({ request }) => {
    const admin = await withScope(await authorizeToken(request), "altinn:authorization/authorize.admin");
    const [r] = await decide(request, admin, xacml(UNKNOWN_SU, "read", APE));
    expect(r).toEqual(result("NotApplicable", OK));
  });
});

test.describe("the request as ASP.NET binds it, faults as the controller answers them", () => {
  let token: string;
  test.beforeAll(async ({ request }) => {
    token = await authorizeToken(request);
  });

  // [ApiController] + [FromBody] XacmlJsonRequestRootExternal: a body that is no JSON never reaches the action
  test("a body that is not JSON is ASP.NET's 400 binding problem", async ({ request }) => {
    const res = await request.post(PDP_API, { headers: { ...bearer(token), "content-type": "application/json" }, data: Buffer.from("{not json") });
    await expectBinding(res, "$");
  });

  // Program.cs AddControllers().AddXmlSerializerFormatters(): JSON and XML input formatters only. A PEP
  // that forgets the content type (fetch then sends text/plain) gets 415 from Altinn, so it does here.
  test("a body without a JSON content type is 415", async ({ request }) => {
    const body = JSON.stringify(xacml(UNKNOWN_SU, "read", APE));
    const forgot = await fetch(`${TEST_ENV.PUBLIC_BASE_URL}${PDP_API}`, { method: "POST", headers: bearer(token), body });
    expect(forgot.status).toBe(415);
    expect(await forgot.json()).toMatchObject({ title: "Unsupported Media Type", status: 415 });
    const plain = await request.post(PDP_API, { headers: { ...bearer(token), "content-type": "text/plain" }, data: Buffer.from(body) });
    expect(plain.status()).toBe(415);
    // the XML formatter cannot read a JSON body: the framework's 400
    await expectBinding(await request.post(PDP_API, { headers: { ...bearer(token), "content-type": "application/xml" }, data: Buffer.from(body) }));
    // application/*+json is JSON
    const problemJson = await request.post(PDP_API, { headers: { ...bearer(token), "content-type": "application/xacml+json; charset=utf-8" }, data: Buffer.from(body) });
    expect(problemJson.status(), await problemJson.text()).toBe(200);
  });

  // Models/External: Value is a string, categories are lists, Request an object
  test("a JSON type the request model cannot take is a 400 binding problem", async ({ request }) => {
    const valueList = { Request: { ...xacml(UNKNOWN_SU, "read", APE).Request, Action: [{ Attribute: [{ AttributeId: "urn:oasis:names:tc:xacml:1.0:action:action-id", Value: ["read"] }] }] } };
    for (const body of [{ Request: [] }, valueList]) {
      await expectBinding(await request.post(PDP_API, { headers: bearer(token), data: body }));
    }
  });

  // XacmlJsonRequestRootExternal bound with ASP.NET's web defaults (PropertyNameCaseInsensitive)
  test("member names in any casing bind the same request", async ({ request }) => {
    const body = {
      request: {
        accessSubject: [{ attribute: [{ attributeId: "urn:altinn:systemuser:uuid", value: UNKNOWN_SU }] }],
        action: [{ attribute: [{ attributeId: "urn:oasis:names:tc:xacml:1.0:action:action-id", value: "read" }] }],
        RESOURCE: [{ ATTRIBUTE: [{ ATTRIBUTEID: "urn:altinn:resource", VALUE: "no-such-resource" }, { attributeid: "urn:altinn:organization:identifier-no", value: APE }] }],
      },
    };
    // the unknown resource proves the camelCase/uppercase members were read: "Policy not found for resource"
    expect(await decide(request, token, body)).toEqual([result("Indeterminate", PROCESSING)]);
  });

  test("faults of the request are 200 with one Indeterminate and the XACML status", async ({ request }) => {
    const base = xacml(UNKNOWN_SU, "read", APE).Request;
    const cases: [string, unknown, string][] = [
      // DecisionController.AuthorizeExternal: a null Request is a NullReferenceException: syntax-error
      ["no Request", {}, SYNTAX],
      // PolicyDecisionPoint.GetMatchingRules: no action for the rules' action match
      ["no action", { Request: { ...base, Action: [] } }, MISSING],
      // ContextHandler.EnrichSubjectAttributes: ArgumentException
      ["invalid system user uuid", xacml("not-a-uuid", "read", APE), PROCESSING],
      ["no subject", { Request: { ...base, AccessSubject: [] } }, PROCESSING],
      // XacmlJsonXmlConverter.ConvertDataType
      ["unsupported DataType", { Request: { ...base, Action: [{ Attribute: [{ AttributeId: "urn:oasis:names:tc:xacml:1.0:action:action-id", Value: "read", DataType: "boolean" }] }] } }, PROCESSING],
    ];
    for (const [name, body, status] of cases) {
      expect(await decide(request, token, body), name).toEqual([result("Indeterminate", status)]);
    }
  });

  // ContextHandler.cs:457: "Subject attribute urn:altinn:systemuser:uuid can only be used by itself and not
  // in combination with other subject identifiers." (an ArgumentException: processing-error)
  test("a system user subject combined with another subject attribute is Indeterminate", async ({ request }) => {
    const body = xacml(UNKNOWN_SU, "read", APE);
    const subject = body.Request.AccessSubject[0]!.Attribute as { AttributeId: string; Value: string }[];
    subject.push({ AttributeId: "urn:altinn:organization:identifier-no", Value: APE });
    expect(await decide(request, token, body)).toEqual([result("Indeterminate", PROCESSING)]);
  });

  test("unknown resource is Indeterminate; unknown system user and unknown party are NotApplicable", async ({ request }) => {
    // DecisionController.Authorize: throw new ArgumentException("Policy not found for resource")
    expect(await decide(request, token, xacml(UNKNOWN_SU, "read", APE, "no-such-resource"))).toEqual([result("Indeterminate", PROCESSING)]);
    expect(await decide(request, token, xacml(UNKNOWN_SU, "read", APE))).toEqual([result("NotApplicable", OK)]);
    // a well-formed number the register does not know: no roles, no packages
    expect(await decide(request, token, xacml(UNKNOWN_SU, "read", "999999999"))).toEqual([result("NotApplicable", OK)]);
  });

  // DecisionController.Authorize: one decision per RequestReference (2 or more), categories picked by Id;
  // an exception in any part (here the unknown resource) ends the whole call with one Indeterminate
  test("MultiRequests answer in RequestReference order, with IncludeInResult categories; a failing part fails the call", async ({ request }) => {
    const su = { Id: "s1", Attribute: [{ AttributeId: "urn:altinn:systemuser:uuid", Value: UNKNOWN_SU }] };
    const read = { Id: "a1", Attribute: [{ AttributeId: "urn:oasis:names:tc:xacml:1.0:action:action-id", Value: "read" }] };
    const r1 = { Id: "r1", Attribute: [{ AttributeId: "urn:altinn:resource", Value: "ske-krav-og-betalinger" }, { AttributeId: "urn:altinn:organization:identifier-no", Value: APE, IncludeInResult: true }] };
    const r2 = { Id: "r2", Attribute: [{ AttributeId: "urn:altinn:resource", Value: "no-such-resource" }, { AttributeId: "urn:altinn:organization:identifier-no", Value: APE }] };
    const multi = (refs: string[][]) => ({ Request: { AccessSubject: [su], Action: [read], Resource: [r1, r2], MultiRequests: { RequestReference: refs.map((ReferenceId) => ({ ReferenceId })) } } });

    const echoed = [
      {
        categoryId: "urn:oasis:names:tc:xacml:3.0:attribute-category:resource",
        id: null,
        content: null,
        attribute: [{ attributeId: "urn:altinn:organization:identifier-no", value: APE, issuer: null, dataType: "http://www.w3.org/2001/XMLSchema#string", includeInResult: false }],
      },
    ];
    expect(await decide(request, token, multi([["s1", "a1", "r1"], ["s1", "r1"]]))).toEqual([
      result("NotApplicable", OK, { category: echoed }),
      result("Indeterminate", MISSING),
    ]);
    expect(await decide(request, token, multi([["s1", "a1", "r1"], ["s1", "a1", "r2"]]))).toEqual([result("Indeterminate", PROCESSING)]);
  });
});

/** A XACML request naming the resource party by `attributeId` (XacmlRequestAttribute.cs). */
function byParty(systemUserId: string, attributeId: string, value: string) {
  const body = xacml(systemUserId, "read", APE);
  body.Request.Resource[0]!.Attribute[1] = { AttributeId: attributeId, Value: value };
  return body;
}

test.describe("standard system user", () => {
  test("Permit for the delegated right on the owner only, the whole answer as the real serialiser writes it", async ({ request, browser }) => {
    const su = await createApeSystemUser(request, browser);
    const token = await authorizeToken(request);
    // Bruno AccessList_SystemUser_ResourceDelg_Permit asserts `data.response[0].decision`
    expect(await decide(request, token, xacml(su.id, "read", APE))).toEqual([result("Permit", OK, { obligations: AUTH_LEVEL })]);
    expect(await decide(request, token, xacml(su.id, "write", APE))).toEqual([result("NotApplicable", OK)]);
    expect(await decide(request, token, xacml(su.id, "read", ORGS.veik.orgNo))).toEqual([result("NotApplicable", OK)]);
  });

  // ContextHandler.GetResourceAttributeValues + EnrichResourceParty: every attribute naming the owner
  test("every resource party attribute of the real context handler names the same party", async ({ request, browser }) => {
    const su = await createApeSystemUser(request, browser);
    const token = await authorizeToken(request);
    const decision = async (attributeId: string, value: string) => (await decide(request, token, byParty(su.id, attributeId, value)))[0]?.decision;
    expect(await decision("urn:altinn:organization:identifier-no", APE)).toBe("Permit");
    // "For supporting legacy use of this attribute. (old PEPS)"
    expect(await decision("urn:altinn:organizationnumber", APE)).toBe("Permit");
    expect(await decision("urn:altinn:partyid", String(partyIdOf("organization", APE)))).toBe("Permit");
    expect(await decision("urn:altinn:party:uuid", partyUuidOf("organization", APE))).toBe("Permit");
    // the same ids of another party, and ids the register does not know
    expect(await decision("urn:altinn:partyid", String(partyIdOf("organization", ORGS.veik.orgNo)))).toBe("NotApplicable");
    expect(await decision("urn:altinn:partyid", "1")).toBe("NotApplicable");
    // Guid.TryParse on the resource party uuid: an invalid one is ignored, so no party at all
    expect(await decision("urn:altinn:party:uuid", "not-a-uuid")).toBe("NotApplicable");
    // organization:uuid / person:uuid are subject attributes in the real code (DelegationContextHandler):
    // as a resource attribute they name no party
    expect(await decision("urn:altinn:organization:uuid", partyUuidOf("organization", APE))).toBe("NotApplicable");
  });

  test("the resource's policy and access list take effect on the next decision", async ({ request, browser }) => {
    const rrToken = await resourceWriteToken(request);
    const resource = uniqueId();
    const created = await request.post(RR_API, { headers: bearer(rrToken), data: resourceBody(resource) });
    expect(created.status(), await created.text()).toBe(201);
    const readRule = { subjects: ["urn:altinn:rolecode:DAGL"], actions: ["read"] };
    await putPolicy(request, rrToken, resource, [readRule]);
    const systemId = await registerSystem(request, resource);
    const su = await createApeSystemUser(request, browser, { systemId, resource });
    const token = await authorizeToken(request);
    const decision = async () => (await decide(request, token, xacml(su.id, "read", APE, resource)))[0];
    expect((await decision())?.decision).toBe("Permit");

    // the obligation is the stored policy's own (PolicyDecisionPoint.AddObligations; altinn-authorization-tmp
    // src/pkgs/Altinn.Authorization.ABAC/src/Altinn.Authorization.ABAC/PolicyDecisionPoint.cs), read again
    // when the file changes; a policy without ObligationExpressions gives none (XacmlJsonXmlConverter: null)
    const file = policyXml(resource, [readRule]);
    const upload = async (xml: string) => expect((await uploadPolicy(request, rrToken, resource, xml)).status()).toBe(201);
    await upload(file.replace('#integer">3<', '#integer">2<'));
    expect((await decision())?.obligations).toEqual([{ ...AUTH_LEVEL[0], attributeAssignment: [{ ...AUTH_LEVEL[0]!.attributeAssignment[0], value: "2" }] }]);
    await upload(file.replace(/\s*<xacml:ObligationExpressions>[\s\S]*<\/xacml:ObligationExpressions>/, ""));
    expect(await decision()).toMatchObject({ decision: "Permit", obligations: null });
    await upload(file);
    expect((await decision())?.obligations).toEqual(AUTH_LEVEL);

    // the access list is enabled and APE is not on it: Permit becomes Deny (DecisionController.Authorize;
    // the status message it sets is dropped by ConvertResponse like every other)
    const enabled = await request.put(`${RR_API}/${resource}`, { headers: bearer(rrToken), data: resourceBody(resource, { accessListMode: "Enabled" }) });
    expect(enabled.status(), await enabled.text()).toBe(200);
    expect(await decision()).toEqual(result("Deny", OK));
    expect((await request.put(`${RR_API}/${resource}`, { headers: bearer(rrToken), data: resourceBody(resource) })).status()).toBe(200);
    expect((await decision())?.decision).toBe("Permit");

    // the policy no longer names read: the delegated right is void
    await putPolicy(request, rrToken, resource, [{ ...readRule, actions: ["write"] }]);
    expect((await decision())?.decision).toBe("NotApplicable");
    // a system user holding a right cannot be orphaned by deleting the resource
    await expectProblem(await request.delete(`${RR_API}/${resource}`, { headers: bearer(rrToken) }), 409, "RR-00006");
  });

  // An API provider's PEP, written against Altinn's documented answer (camelCase, as Altinn's own Bruno
  // tests read it: `data.response[0].decision`) and a camelCase request, run against the simulator.
  test("a PEP written against the real response shape works against the simulator", async ({ request, browser }) => {
    const su = await createApeSystemUser(request, browser);
    const token = await authorizeToken(request);
    async function isPermitted(systemUserId: string, orgNo: string, action: string): Promise<boolean> {
      const res = await fetch(`${TEST_ENV.PUBLIC_BASE_URL}/authorization/api/v1/authorize`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({
          request: {
            accessSubject: [{ attribute: [{ attributeId: "urn:altinn:systemuser:uuid", value: systemUserId }] }],
            action: [{ attribute: [{ attributeId: "urn:oasis:names:tc:xacml:1.0:action:action-id", value: action }] }],
            resource: [{ attribute: [{ attributeId: "urn:altinn:resource", value: "ske-krav-og-betalinger" }, { attributeId: "urn:altinn:organization:identifier-no", value: orgNo }] }],
          },
        }),
      });
      if (!res.ok) throw new Error(`PDP ${res.status}`);
      const body = (await res.json()) as { response: { decision: string }[] };
      return body.response[0]!.decision === "Permit";
    }
    expect(await isPermitted(su.id, APE, "read")).toBe(true);
    expect(await isPermitted(su.id, APE, "write")).toBe(false);
    expect(await isPermitted(su.id, ORGS.veik.orgNo, "read")).toBe(false);
  });
});

// HUMAN TOPP KATT BIL and its innehaver EVENTYRLIG FALK: Altinn's own tt02 test data (the cast has them).
const ENK = { orgNo: ORGS.toppkatt.orgNo, innehaverPid: "31886896576" };

test.describe("agent system user", () => {
  test("Permit for a delegated client that gives the package; not for other clients, the facilitator, or after removal", async ({ request, browser }) => {
    const agent = await createAgent(request, browser);
    const dress = await portalSession(DRESS_MINST, ORGS.tiger.orgNo);
    const clients = (client: string) => `${ENDUSER_API}/clients?agent=${agent.id}&client=${clientUuid(client)}`;
    const added = await dress.post(clients(ORGS.veik.orgNo), { headers: SAME_ORIGIN });
    expect(added.status(), await added.text()).toBe(200);
    const token = await authorizeToken(request);
    const decision = async (party: string, action = "read") => (await decide(request, token, xacml(agent.id, action, party)))[0]?.decision;

    expect(await decision(ORGS.veik.orgNo)).toBe("Permit");
    // regnskapsfører med signeringsrettighet may also write on the seeded policy
    expect(await decision(ORGS.veik.orgNo, "write")).toBe("Permit");
    // SITRONGUL is the firm's client too, but not delegated to this system user
    expect(await decision(ORGS.sitrongul.orgNo)).toBe("NotApplicable");
    // the facilitator itself is not a client
    expect(await decision(ORGS.tiger.orgNo)).toBe("NotApplicable");

    const removed = await dress.delete(clients(ORGS.veik.orgNo), { headers: SAME_ORIGIN });
    expect(removed.status(), await removed.text()).toBe(200);
    expect(await decision(ORGS.veik.orgNo)).toBe("NotApplicable");
    await dress.dispose();
  });

  // Bruno SysUser_ClientDelg_AccPkg_ENK_Permit (party uuid of the ENK), SysUser_ClientDelg_AccPkg_ENK-INNH_Permit
  // (party uuid of its owner) and SysUser_ClientDelg_AccPkg_ENK-INNH-Pid_Permit (the owner's
  // person:identifier-no): a client delegation of a sole proprietorship reaches its owner
  // (Access Management's ConnectionBaseQueryBuilder, "Innehaver av Enk").
  test("a sole proprietorship client: Permit for the ENK and for its owner by every identifier", async ({ request, browser }) => {
    const agent = await createAgent(request, browser);
    const token = await authorizeToken(request);
    const decision = async (attributeId: string, value: string) => (await decide(request, token, byParty(agent.id, attributeId, value)))[0]?.decision;
    const owner: [string, string][] = [
      ["urn:altinn:person:identifier-no", ENK.innehaverPid],
      ["urn:altinn:party:uuid", partyUuidOf("person", ENK.innehaverPid)],
      ["urn:altinn:partyid", String(partyIdOf("person", ENK.innehaverPid))],
    ];
    // not yet delegated: neither the ENK nor its owner
    expect(await decision("urn:altinn:organization:identifier-no", ENK.orgNo)).toBe("NotApplicable");
    for (const [id, value] of owner) expect(await decision(id, value), id).toBe("NotApplicable");

    // the firm's client administrator delegates the ENK (a client of the cast through REGN)
    const dress = await portalSession(DRESS_MINST, ORGS.tiger.orgNo);
    const added = await dress.post(`${ENDUSER_API}/clients?agent=${agent.id}&client=${clientUuid(ENK.orgNo)}`, { headers: SAME_ORIGIN });
    expect(added.status(), await added.text()).toBe(200);
    await dress.dispose();
    expect(await decision("urn:altinn:party:uuid", partyUuidOf("organization", ENK.orgNo))).toBe("Permit");
    for (const [id, value] of owner) expect(await decision(id, value), id).toBe("Permit");
    // another person (not the owner of a delegated ENK) is not reached
    expect(await decision("urn:altinn:person:identifier-no", DRESS_MINST)).toBe("NotApplicable");
  });
});
