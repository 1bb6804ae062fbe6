// Altinn's PDP (reference §7): authentication and scope, XACML JSON faults as Indeterminate, multi
// requests, and decisions for real system users made through the request + approval flow.
import { expect, test } from "@playwright/test";
import { ORGS, SCOPES } from "../../prisma/cast";
import { DRESS_MINST, ENDUSER_API, SAME_ORIGIN, clientUuid, createAgent, portalSession } from "../support/client-delegation";
import { DEMO_CLIENTS, getToken } from "../support/maskinporten";
import { expectBare } from "../support/problems";
import {
  PDP_API,
  RR_API,
  authorizeToken,
  bearer,
  createApeSystemUser,
  decide,
  expectProblem,
  registerSystem,
  resourceBody,
  resourceWriteToken,
  uniqueId,
  xacml,
} from "../support/service-owner";

const OK = "urn:oasis:names:tc:xacml:1.0:status:ok";
const SYNTAX = "urn:oasis:names:tc:xacml:1.0:status:syntax-error";
const MISSING = "urn:oasis:names:tc:xacml:1.0:status:missing-attribute";
const PROCESSING = "urn:oasis:names:tc:xacml:1.0:status:processing-error";
const APE = ORGS.ape.orgNo;
const UNKNOWN_SU = "00000000-0000-4000-8000-000000000000";

test.describe("authentication", () => {
  test("no token is 401, a token without the authorize scope is 403", async ({ request }) => {
    const res = await request.post(PDP_API, { data: xacml(UNKNOWN_SU, "read", APE) });
    await expectBare(res, 401);
    expect(res.headers()["www-authenticate"]).toContain("Bearer");
    const vendor = await getToken(request, DEMO_CLIENTS.smartcloud, { scopes: [SCOPES.kravOgBetalinger] });
    await expectBare(await request.post(PDP_API, { headers: bearer(vendor), data: xacml(UNKNOWN_SU, "read", APE) }), 403);
    await expect(getToken(request, DEMO_CLIENTS.smartcloud, { scopes: [SCOPES.authorize] })).rejects.toThrow(/invalid_scope/);
  });
});

test.describe("XACML faults and multi requests", () => {
  let token: string;
  test.beforeAll(async ({ request }) => {
    token = await authorizeToken(request);
  });

  test("a body that is not JSON is a 400 problem", async ({ request }) => {
    const res = await request.post(PDP_API, { headers: { ...bearer(token), "content-type": "application/json" }, data: Buffer.from("{not json") });
    await expectProblem(res, 400, "AUTH.VLD-00000");
  });

  test("malformed XACML is 200 with Indeterminate and the XACML status", async ({ request }) => {
    const cases: [unknown, string][] = [
      [{}, SYNTAX],
      [{ Request: [] }, SYNTAX],
      [{ Request: { AccessSubject: [{ Attribute: [{ Value: "x" }] }] } }, SYNTAX],
      [{ Request: { ...xacml(UNKNOWN_SU, "read", APE).Request, Action: [] } }, MISSING],
      [{ Request: { ...xacml(UNKNOWN_SU, "read", APE).Request, AccessSubject: [{ Attribute: [{ AttributeId: "urn:altinn:userid", Value: "1" }] }] } }, MISSING],
      [xacml(UNKNOWN_SU, "read", "12345"), SYNTAX],
    ];
    for (const [body, status] of cases) {
      const [r, ...rest] = await decide(request, token, body);
      expect(rest).toEqual([]);
      expect(r?.Decision, JSON.stringify(body)).toBe("Indeterminate");
      expect(r?.Status.StatusCode.Value).toBe(status);
      expect(r?.Status.StatusMessage).toBeTruthy();
    }
  });

  test("unknown resource is Indeterminate; unknown system user is NotApplicable", async ({ request }) => {
    const [unknownResource] = await decide(request, token, xacml(UNKNOWN_SU, "read", APE, "no-such-resource"));
    expect(unknownResource).toMatchObject({ Decision: "Indeterminate", Status: { StatusCode: { Value: PROCESSING } } });
    const [unknownUser] = await decide(request, token, xacml(UNKNOWN_SU, "read", APE));
    expect(unknownUser).toMatchObject({ Decision: "NotApplicable", Status: { StatusCode: { Value: OK } } });
    expect(unknownUser?.Obligations).toBeUndefined();
  });

  test("MultiRequests answer in RequestReference order, each on its own, with IncludeInResult categories", async ({ request }) => {
    const body = {
      Request: {
        AccessSubject: [{ Id: "s1", Attribute: [{ AttributeId: "urn:altinn:systemuser:uuid", Value: UNKNOWN_SU }] }],
        Action: [{ Id: "a1", Attribute: [{ AttributeId: "urn:oasis:names:tc:xacml:1.0:action:action-id", Value: "read" }] }],
        Resource: [
          { Id: "r1", Attribute: [{ AttributeId: "urn:altinn:resource", Value: "ske-krav-og-betalinger" }, { AttributeId: "urn:altinn:organization:identifier-no", Value: APE, IncludeInResult: true }] },
          { Id: "r2", Attribute: [{ AttributeId: "urn:altinn:resource", Value: "no-such-resource" }, { AttributeId: "urn:altinn:organization:identifier-no", Value: APE }] },
        ],
        MultiRequests: { RequestReference: [{ ReferenceId: ["s1", "a1", "r2"] }, { ReferenceId: ["s1", "a1", "r1"] }, { ReferenceId: ["s1", "r1"] }] },
      },
    };
    const results = await decide(request, token, body);
    expect(results.map((r) => [r.Decision, r.Status.StatusCode.Value])).toEqual([
      ["Indeterminate", PROCESSING],
      ["NotApplicable", OK],
      ["Indeterminate", MISSING],
    ]);
    expect(results[1]?.Category).toEqual([
      { CategoryId: "urn:oasis:names:tc:xacml:3.0:attribute-category:resource", Attribute: [{ AttributeId: "urn:altinn:organization:identifier-no", Value: APE, IncludeInResult: true }] },
    ]);
  });
});

test.describe("standard system user", () => {
  test("Permit for the delegated right on the owner only; another action or party is not", async ({ request, browser }) => {
    const su = await createApeSystemUser(request, browser);
    const token = await authorizeToken(request);
    const [permit] = await decide(request, token, xacml(su.id, "read", APE));
    expect(permit).toMatchObject({ Decision: "Permit", Status: { StatusCode: { Value: OK } } });
    expect(permit?.Obligations).toEqual([expect.objectContaining({ Id: "urn:altinn:obligation:authenticationLevel1" })]);
    const [write] = await decide(request, token, xacml(su.id, "write", APE));
    expect(write?.Decision).toBe("NotApplicable");
    const [otherParty] = await decide(request, token, xacml(su.id, "read", ORGS.veik.orgNo));
    expect(otherParty?.Decision).toBe("NotApplicable");
    expect(otherParty?.Status.StatusMessage).toContain("owner");
  });

  test("the resource's policy and access list take effect on the next decision", async ({ request, browser }) => {
    const rrToken = await resourceWriteToken(request);
    const resource = uniqueId();
    const created = await request.post(RR_API, { headers: bearer(rrToken), data: resourceBody(resource) });
    expect(created.status(), await created.text()).toBe(201);
    const readRule = { subjects: ["urn:altinn:rolecode:DAGL"], actions: ["read"], description: "" };
    expect((await request.put(`${RR_API}/${resource}/policy`, { headers: bearer(rrToken), data: { rules: [readRule] } })).status()).toBe(200);
    const systemId = await registerSystem(request, resource);
    const su = await createApeSystemUser(request, browser, { systemId, resource });
    const token = await authorizeToken(request);
    const decision = async () => (await decide(request, token, xacml(su.id, "read", APE, resource)))[0]?.Decision;
    expect(await decision()).toBe("Permit");

    // the access list is enabled and APE is not on it: Permit becomes Deny
    const enabled = await request.put(`${RR_API}/${resource}`, { headers: bearer(rrToken), data: resourceBody(resource, { accessListMode: "Enabled" }) });
    expect(enabled.status(), await enabled.text()).toBe(200);
    expect(await decision()).toBe("Deny");
    expect((await request.put(`${RR_API}/${resource}`, { headers: bearer(rrToken), data: resourceBody(resource) })).status()).toBe(200);
    expect(await decision()).toBe("Permit");

    // the policy no longer names read: the delegated right is void
    const writeOnly = { rules: [{ ...readRule, actions: ["write"] }] };
    expect((await request.put(`${RR_API}/${resource}/policy`, { headers: bearer(rrToken), data: writeOnly })).status()).toBe(200);
    expect(await decision()).toBe("NotApplicable");
    // a system user holding a right cannot be orphaned by deleting the resource
    await expectProblem(await request.delete(`${RR_API}/${resource}`, { headers: bearer(rrToken) }), 409, "RR-00006");
  });
});

test.describe("agent system user", () => {
  test("Permit for a delegated client that gives the package; not for other clients, the facilitator, or after removal", async ({ request, browser }) => {
    const agent = await createAgent(request, browser);
    const dress = await portalSession(DRESS_MINST, ORGS.tiger.orgNo);
    const clients = (client: string) => `${ENDUSER_API}/clients?agent=${agent.id}&client=${clientUuid(client)}`;
    const added = await dress.post(clients(ORGS.veik.orgNo), { headers: SAME_ORIGIN });
    expect(added.status(), await added.text()).toBe(200);
    const token = await authorizeToken(request);
    const decision = async (party: string, action = "read") => (await decide(request, token, xacml(agent.id, action, party)))[0];

    expect((await decision(ORGS.veik.orgNo))?.Decision).toBe("Permit");
    // regnskapsfører med signeringsrettighet may also write on the seeded policy
    expect((await decision(ORGS.veik.orgNo, "write"))?.Decision).toBe("Permit");
    // SITRONGUL is the firm's client too, but not delegated to this system user
    expect((await decision(ORGS.sitrongul.orgNo))?.Decision).toBe("NotApplicable");
    // the facilitator itself is not a client
    expect((await decision(ORGS.tiger.orgNo))?.Decision).toBe("NotApplicable");

    const removed = await dress.delete(clients(ORGS.veik.orgNo), { headers: SAME_ORIGIN });
    expect(removed.status(), await removed.text()).toBe(200);
    const after = await decision(ORGS.veik.orgNo);
    expect(after?.Decision).toBe("NotApplicable");
    expect(after?.Status.StatusMessage).toContain("not a client delegated");
    await dress.dispose();
  });
});
