// The Resource Registry's policy endpoints as Altinn/altinn-resource-registry
// src/Altinn.ResourceRegistry/Controllers/ResourceController.cs answers them (GetPolicy, WritePolicy,
// FindSubjectsInPolicy, GetFlattenRules, GetRights), and a real Altinn policy file uploaded and evaluated
// by the PDP as Altinn's would.
import { readFileSync } from "node:fs";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { ORGS, SCOPES } from "../../prisma/cast";
import { DRESS_MINST, ENDUSER_API, SAME_ORIGIN, clientUuid, createAgent, portalSession } from "../support/client-delegation";
import { DEMO_CLIENTS, getToken } from "../support/maskinporten";
import {
  RR_API,
  authorizeToken,
  bearer,
  decide,
  expectBare,
  expectString,
  policyXml,
  resourceBody,
  resourceWriteToken,
  uniqueId,
  uploadPolicy,
  xacml,
} from "../support/service-owner";

const P = "urn:altinn:accesspackage:";
const ACTION_ID = "urn:oasis:names:tc:xacml:1.0:action:action-id";
const fixture = (name: string) => readFileSync(`e2e/fixtures/xacml/${name}`);

async function newResource(request: APIRequestContext, token: string, id = uniqueId("pol")): Promise<string> {
  const res = await request.post(RR_API, { headers: bearer(token), data: resourceBody(id) });
  // the throwaway database is fresh per run; a retried test finds its fixed-id resource already there
  expect([201, 409], await res.text()).toContain(res.status());
  return id;
}

test.describe("policy file: upload and read back", () => {
  // ResourceControllerWithDbTests.SetResourcePolicy_OK; GetPolicy: File(stream, "text/xml", "policy.xml")
  test("POST and PUT store the multipart policyFile (201, empty, Location id/policy); GET serves it byte for byte", async ({ request }) => {
    const token = await resourceWriteToken(request);
    const id = await newResource(request, token);
    const first = policyXml(id, [{ subjects: ["urn:altinn:rolecode:DAGL", `${P}skatt-naering`], actions: ["read", "write"], description: "Leaders & tax staff" }]);
    const posted = await uploadPolicy(request, token, id, first, "post");
    expect({ status: posted.status(), body: await posted.text(), location: posted.headers().location }).toEqual({ status: 201, body: "", location: `${id}/policy` });
    const got = await request.get(`${RR_API}/${id}/policy`);
    expect(got.status()).toBe(200);
    expect(got.headers()["content-type"]).toBe("text/xml");
    expect(got.headers()["content-disposition"]).toContain("filename=policy.xml");
    expect(await got.text()).toBe(first);

    // a file as Altinn's tools write it, with a byte-order mark and CRLF line ends: stored as sent
    const second = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(policyXml(id, [{ subjects: [`${P}regnskapsforer-lonn`], actions: ["read"] }]).replaceAll("\n", "\r\n"))]);
    const put = await uploadPolicy(request, token, id, second, "put");
    expect({ status: put.status(), body: await put.text() }).toEqual({ status: 201, body: "" });
    expect(await (await request.get(`${RR_API}/${id}/policy`)).body()).toEqual(second);
  });

  test("writes need the write scope, a multipart body and the file; a refused file changes nothing", async ({ request }) => {
    const token = await resourceWriteToken(request);
    const id = await newResource(request, token);
    const good = policyXml(id, [{ subjects: ["urn:altinn:rolecode:DAGL"], actions: ["read"] }]);
    await expectBare(await request.put(`${RR_API}/${id}/policy`, { multipart: { policyFile: { name: "policy.xml", mimeType: "text/xml", buffer: Buffer.from(good) } } }), 401);
    const authorizeOnly = await getToken(request, DEMO_CLIENTS.skatteetaten, { scopes: [SCOPES.authorize] });
    await expectBare(await uploadPolicy(request, authorizeOnly, id, good), 403);
    // [ApiController] gives an IFormFile action Consumes("multipart/form-data"): anything else is 415
    const json = await request.put(`${RR_API}/${id}/policy`, { headers: bearer(token), data: { rules: [] } });
    expect(json.status()).toBe(415);
    expect(await json.json()).toMatchObject({ title: "Unsupported Media Type", status: 415 });
    // WritePolicy: no file, an unknown resource, then what the parser and EnsureValidPolicy refuse
    await expectString(await request.put(`${RR_API}/${id}/policy`, { headers: bearer(token), multipart: { other: { name: "policy.xml", mimeType: "text/xml", buffer: Buffer.from(good) } } }), 400, "The policy file can not be null", "json");
    await expectString(await request.put(`${RR_API}/${id}/policy`, { headers: bearer(token), multipart: { policyFile: good } }), 400, "The policy file can not be null", "json");
    await expectString(await uploadPolicy(request, token, "no-such-resource", good), 400, "Unknown resource", "json");
    await expectString(await uploadPolicy(request, token, id, policyXml("another-resource", [{ subjects: ["urn:altinn:rolecode:DAGL"], actions: ["read"] }])), 400, "Policy not accepted: Contains rules for a different registry resource", "json");
    const refused = [
      good.replace('Effect="Permit"', 'Effect="Deny"'),
      good.replace('AttributeId="urn:altinn:rolecode"', 'AttributeId="urn:altinn:userid"'),
      good.replace("</xacml:Rule>", ""),
      "not xml at all",
    ];
    for (const xml of refused) {
      const res = await uploadPolicy(request, token, id, xml);
      expect(res.status(), xml.slice(0, 40)).toBe(400);
      expect(typeof (await res.json())).toBe("string");
    }
    // nothing was stored
    await expectString(await request.get(`${RR_API}/${id}/policy`), 404, "Unable to find requested policy", "text");
    await expectBare(await request.get(`${RR_API}/${id}/policy/rules`), 404);
  });
});

test.describe("what the policy says: subjects, rules, rights", () => {
  test("the shapes of Paginated<AttributeMatchV2>, PolicyRuleDTO[] and PolicyRightsDTO[]", async ({ request }) => {
    const token = await resourceWriteToken(request);
    const id = await newResource(request, token);
    const xml = policyXml(id, [
      { subjects: ["urn:altinn:rolecode:DAGL", `${P}skatt-naering`], actions: ["read", "write"] },
      { subjects: [`${P}skatt-naering`], actions: ["read"] },
    ]);
    expect((await uploadPolicy(request, token, id, xml)).status()).toBe(201);
    const resource = [{ type: "urn:altinn:resource", value: id }];

    // FindSubjectsInPolicy: lower-cased values, each once; `links.next` null is left out (WhenWritingNull)
    const subjects = await request.get(`${RR_API}/${id}/policy/subjects`);
    expect(subjects.status()).toBe(200);
    expect(await subjects.json()).toEqual({
      links: {},
      data: [
        { type: "urn:altinn:rolecode", value: "dagl", urn: "urn:altinn:rolecode:dagl" },
        { type: "urn:altinn:accesspackage", value: "skatt-naering", urn: `${P}skatt-naering` },
      ],
    });

    // GetFlattenRules: subject × action × resource of each rule, values as written
    const rules = await request.get(`${RR_API}/${id}/policy/rules`);
    expect(rules.status()).toBe(200);
    const dagl = [{ type: "urn:altinn:rolecode", value: "DAGL" }];
    const skatt = [{ type: "urn:altinn:accesspackage", value: "skatt-naering" }];
    expect(await rules.json()).toEqual([
      { subject: dagl, action: { type: ACTION_ID, value: "read" }, resource },
      { subject: dagl, action: { type: ACTION_ID, value: "write" }, resource },
      { subject: skatt, action: { type: ACTION_ID, value: "read" }, resource },
      { subject: skatt, action: { type: ACTION_ID, value: "write" }, resource },
      { subject: skatt, action: { type: ACTION_ID, value: "read" }, resource },
    ]);

    // GetRights: grouped by right (action + resource), subjects in order, the subject types sorted
    const rights = (await (await request.get(`${RR_API}/${id}/policy/rights`)).json()) as Record<string, unknown>[];
    expect(rights).toEqual([
      {
        action: { type: ACTION_ID, value: "read" },
        resource,
        subjects: [{ subjectAttributes: dagl }, { subjectAttributes: skatt }, { subjectAttributes: skatt }],
        rightKey: expect.stringMatching(new RegExp(`^read;${id};[0-9a-f]{32}$`)),
        subjectTypes: ["urn:altinn:accesspackage", "urn:altinn:rolecode"],
      },
      {
        action: { type: ACTION_ID, value: "write" },
        resource,
        subjects: [{ subjectAttributes: dagl }, { subjectAttributes: skatt }],
        rightKey: expect.stringMatching(new RegExp(`^write;${id};[0-9a-f]{32}$`)),
        subjectTypes: ["urn:altinn:accesspackage", "urn:altinn:rolecode"],
      },
    ]);
  });

  test("no policy, or no resource: a bare 404 from each", async ({ request }) => {
    const token = await resourceWriteToken(request);
    const id = await newResource(request, token);
    for (const path of ["subjects", "rules", "rights"]) {
      await expectBare(await request.get(`${RR_API}/${id}/policy/${path}`), 404);
      await expectBare(await request.get(`${RR_API}/no-such-resource/policy/${path}`), 404);
    }
  });
});

test.describe("a policy file written for Altinn works here", () => {
  // Altinn/altinn-resource-registry test/Bruno/.../Testdata/Policies/devtest_gar_bruno_client_resource.xacml,
  // uploaded unchanged: Altinn 2 client role codes and the client access packages, read and write. Altinn's
  // PDP permits an agent system user for a delegated client whose relation gives the facilitator a package
  // the rule names (ContextHandler.AddAccessPackageAttributes; Bruno SysUser_ClientDelg_AccPkg_*_Permit).
  test("the real devtest_gar_bruno_client_resource policy: Permit and NotApplicable as Altinn's PDP decides", async ({ request, browser }) => {
    const rrToken = await resourceWriteToken(request);
    const id = await newResource(request, rrToken, "devtest_gar_bruno_client_resource");
    const file = fixture("devtest_gar_bruno_client_resource.xacml");
    expect((await uploadPolicy(request, rrToken, id, file, "post")).status()).toBe(201);
    expect(await (await request.get(`${RR_API}/${id}/policy`)).body()).toEqual(file);
    expect(((await (await request.get(`${RR_API}/${id}/policy/subjects`)).json()) as { data: { urn: string }[] }).data.map((s) => s.urn)).toContain(`${P}regnskapsforer-med-signeringsrettighet`);

    // an agent system user of the accounting firm with regnskapsfører med signeringsrettighet, and a client
    const agent = await createAgent(request, browser);
    const dress = await portalSession(DRESS_MINST, ORGS.tiger.orgNo);
    const added = await dress.post(`${ENDUSER_API}/clients?agent=${agent.id}&client=${clientUuid(ORGS.veik.orgNo)}`, { headers: SAME_ORIGIN });
    expect(added.status(), await added.text()).toBe(200);
    await dress.dispose();
    const token = await authorizeToken(request);
    const decision = async (party: string, action: string) => (await decide(request, token, xacml(agent.id, action, party, id)))[0]?.decision;
    expect(await decision(ORGS.veik.orgNo, "read")).toBe("Permit");
    expect(await decision(ORGS.veik.orgNo, "write")).toBe("Permit");
    // no rule names the action; the firm's other client is not delegated to this system user
    expect(await decision(ORGS.veik.orgNo, "sign")).toBe("NotApplicable");
    expect(await decision(ORGS.sitrongul.orgNo, "read")).toBe("NotApplicable");

    // the service owner replaces it: only the auditor's package may read; the agent's package is no longer named
    expect((await uploadPolicy(request, rrToken, id, policyXml(id, [{ subjects: [`${P}ansvarlig-revisor`], actions: ["read"] }]))).status()).toBe(201);
    expect(await decision(ORGS.veik.orgNo, "read")).toBe("NotApplicable");
    // and back: the real file again
    expect((await uploadPolicy(request, rrToken, id, file)).status()).toBe(201);
    expect(await decision(ORGS.veik.orgNo, "read")).toBe("Permit");
  });
});
