// The client-delegation API as Altinn answers it. Sources (Altinn/altinn-authentication):
//   src/Authentication/Controllers/SystemUserClientDelegationController.cs (C below)
//   src/Authentication/AuthenticationHost.cs (JwtCookie, POLICY_CLIENTDELEGATION_READ/_WRITE)
//   src/Core/Errors/ValidationErrors.cs (VLD-00014/15/16), src/Core/Problems/Problem.cs (AUTH-00079/80)
//   src/Authentication/Model/ClientInfoPaginated.cs, ClientInfo.cs, ClientDelegationResponse.cs,
//   src/Core/Models/SystemUserInternalDTO.cs
//   altinn-authorization-tmp ClientDelegationService.GetClients (the available list's package filter)
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { ORGS, SCOPES } from "../../prisma/cast";
import { partyIdOf, partyUuidOf } from "../../lib/parties/party-ids";
import {
  CD_READ,
  CD_WRITE,
  DRESS_MINST,
  ENDUSER_API,
  FLITTIG_GUL_HARE,
  REGNSKAP_MED,
  SAME_ORIGIN,
  altinnToken,
  bearer,
  createAgent,
  createStandardSystemUser,
  portalSession,
} from "../support/client-delegation";
import { DEMO_CLIENTS, getToken } from "../support/maskinporten";
import { expectBare, expectBinding, expectProblem } from "../support/problems";

const TIGER = ORGS.tiger.orgNo;
const uuid = (org: { orgNo: string }) => partyUuidOf("organization", org.orgNo);
const clients = (agent: string, client?: string) => `${ENDUSER_API}/clients?agent=${agent}${client ? `&client=${client}` : ""}`;
const available = (agent: string) => `${ENDUSER_API}/clients/available?agent=${agent}`;

type ClientInfo = { clientId: string; clientOrganizationNumber: string; clientOrganizationName: string };

/** ClientInfoPaginated<ClientInfo>: exactly `{ links: { next: null }, systemUserInformation, data }`. */
async function list(res: APIResponse, agent: string): Promise<ClientInfo[]> {
  expect(res.status(), await res.text()).toBe(200);
  expect(res.headers()["cache-control"]).toBe("no-store");
  const body = (await res.json()) as { links: unknown; systemUserInformation: unknown; data: ClientInfo[] };
  expect(Object.keys(body).sort()).toEqual(["data", "links", "systemUserInformation"]);
  expect(body.links).toEqual({ next: null });
  expect(body.systemUserInformation).toEqual({ systemUserId: agent, systemUserOwnerOrg: TIGER });
  for (const c of body.data) expect(Object.keys(c).sort()).toEqual(["clientId", "clientOrganizationName", "clientOrganizationNumber"]);
  return body.data;
}

const row = (org: { orgNo: string; name: string }): ClientInfo => ({ clientId: uuid(org), clientOrganizationNumber: org.orgNo, clientOrganizationName: org.name });

test.describe("authentication and scopes (AuthenticationHost.cs: JwtCookie + scope policies)", () => {
  test("no token: a bare 401 with a Bearer challenge on every endpoint", async ({ request }) => {
    const agent = randomUUID();
    for (const res of [
      request.get(`${ENDUSER_API}/agents?party=${TIGER}`),
      request.get(available(agent)),
      request.get(clients(agent)),
      request.post(clients(agent, uuid(ORGS.veik))),
      request.delete(clients(agent, uuid(ORGS.veik))),
    ]) await expectBare(await res, 401);
  });

  test("a Maskinporten token or a malformed token is not an Altinn token: 401", async ({ request }) => {
    const mp = await getToken(request, DEMO_CLIENTS.smartcloud, { scopes: [SCOPES.systemregisterWrite] });
    await expectBare(await request.get(`${ENDUSER_API}/agents?party=${TIGER}`, { headers: bearer(mp) }), 401);
    await expectBare(await request.get(clients(randomUUID()), { headers: bearer("not.a.jwt") }), 401);
    await expectBare(await request.get(clients(randomUUID()), { headers: { authorization: "Basic abc" } }), 401);
  });

  test("an Altinn token needs exactly .read for reads and .write for writes: else a bare 403", async ({ request }) => {
    const none = await altinnToken(request, DRESS_MINST, ["altinn:portal/enduser"]);
    const read = await altinnToken(request, DRESS_MINST, [CD_READ]);
    const write = await altinnToken(request, DRESS_MINST, [CD_WRITE]);
    const agent = randomUUID();
    await expectBare(await request.get(`${ENDUSER_API}/agents?party=${TIGER}`, { headers: bearer(none) }), 403);
    await expectBare(await request.get(`${ENDUSER_API}/agents?party=${TIGER}`, { headers: bearer(write) }), 403);
    await expectBare(await request.get(available(agent), { headers: bearer(write) }), 403);
    await expectBare(await request.post(clients(agent, uuid(ORGS.veik)), { headers: bearer(read) }), 403);
    await expectBare(await request.delete(clients(agent, uuid(ORGS.veik)), { headers: bearer(read) }), 403);
    expect((await request.get(`${ENDUSER_API}/agents?party=${TIGER}`, { headers: bearer(read) })).status()).toBe(200);
  });
});

test.describe("validation (C: ValidateSystemUser, ValidateClient; [ApiController] query binding)", () => {
  let token: string;
  test.beforeAll(async ({ request }) => {
    token = await altinnToken(request, DRESS_MINST);
  });

  test("a missing agent or client, or an unknown system user, is VLD-00014 / VLD-00016 with paths ?agent / ?client", async ({ request }) => {
    const h = { headers: bearer(token) };
    const missing = await expectProblem(await request.get(`${ENDUSER_API}/clients`, h), 400, "AUTH.VLD-00014");
    expect(missing.validationErrors).toEqual([expect.objectContaining({ code: "AUTH.VLD-00014", paths: ["?agent"] })]);
    const unknown = await expectProblem(await request.get(available(randomUUID()), h), 400, "AUTH.VLD-00014");
    expect(unknown.validationErrors?.[0]?.title).toBe("System user not found");
    // POST/DELETE merge both validations
    for (const res of [request.post(`${ENDUSER_API}/clients`, h), request.delete(clients(randomUUID()), h)]) {
      const body = await expectProblem(await res, 400, "AUTH.VLD-00016");
      expect(body.validationErrors?.map((e) => [e.code, e.paths])).toEqual([
        ["AUTH.VLD-00014", ["?agent"]],
        ["AUTH.VLD-00016", ["?client"]],
      ]);
    }
  });

  test("a value that is not a GUID is ASP.NET's binding problem", async ({ request }) => {
    await expectBinding(await request.get(available("not-a-uuid"), { headers: bearer(token) }), "agent");
    await expectBinding(await request.post(clients(randomUUID(), "314250052"), { headers: bearer(token) }), "client");
  });

  test("validation comes before the PDP check: another firm's administrator gets VLD-00014 too", async ({ request }) => {
    const hare = await altinnToken(request, FLITTIG_GUL_HARE);
    await expectProblem(await request.get(clients(randomUUID()), { headers: bearer(hare) }), 400, "AUTH.VLD-00014");
  });
});

test.describe("agents?party= (C: GetAllAgentSystemUsersForParty)", () => {
  test("unknown or missing party: 404 ProblemDetails 'Party not found'; not a client administrator: bare 403", async ({ request }) => {
    const token = await altinnToken(request, DRESS_MINST);
    for (const q of ["?party=314250051", "?party=999999999", ""]) {
      const res = await request.get(`${ENDUSER_API}/agents${q}`, { headers: bearer(token) });
      expect(res.status(), q).toBe(404);
      expect(res.headers()["content-type"]).toContain("application/problem+json");
      expect(await res.json()).toMatchObject({ title: "Party not found", status: 404 });
    }
    // DRESS MINST has no role in FLINK REGNSKAP AS, nor in TILFELDIG SUBTIL APE
    await expectBare(await request.get(`${ENDUSER_API}/agents?party=${ORGS.flink.orgNo}`, { headers: bearer(token) }), 403);
    await expectBare(await request.get(`${ENDUSER_API}/agents?party=${ORGS.ape.orgNo}`, { headers: bearer(token) }), 403);
    const hare = await altinnToken(request, FLITTIG_GUL_HARE);
    await expectBare(await request.get(`${ENDUSER_API}/agents?party=${TIGER}`, { headers: bearer(hare) }), 403);
    expect((await request.get(`${ENDUSER_API}/agents?party=${ORGS.flink.orgNo}`, { headers: bearer(hare) })).status()).toBe(200);
  });
});

test.describe("an agent system user of TIGER holding Regnskapsfører med signeringsrettighet", () => {
  test.describe.configure({ mode: "serial" });
  let agent: string;
  let dress: string;

  test.beforeAll(async ({ request, browser }) => {
    agent = (await createAgent(request, browser, [REGNSKAP_MED])).id;
    dress = await altinnToken(request, DRESS_MINST);
  });

  test("is listed among the firm's agents as a SystemUserInternalDTO", async ({ request }) => {
    const res = await request.get(`${ENDUSER_API}/agents?party=${TIGER}`, { headers: bearer(dress) });
    expect(res.status()).toBe(200);
    const mine = ((await res.json()) as Record<string, unknown>[]).find((a) => a.id === agent);
    expect(Object.keys(mine ?? {}).sort()).toEqual(
      ["accessPackages", "created", "externalRef", "id", "integrationTitle", "isDeleted", "partyId", "partyUuId", "productName", "reporteeOrgNo", "supplierName", "supplierOrgno", "systemId", "systemInternalId", "userType"].sort(),
    );
    expect(mine).toMatchObject({
      userType: "agent",
      reporteeOrgNo: TIGER,
      partyId: String(partyIdOf("organization", TIGER)),
      partyUuId: uuid(ORGS.tiger),
      supplierOrgno: ORGS.smartcloud.orgNo,
      supplierName: ORGS.smartcloud.name,
      isDeleted: false,
      accessPackages: [{ urn: REGNSKAP_MED }],
    });
    expect(mine?.systemInternalId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  test("available clients: the firm's clients giving the agent's package, by party UUID", async ({ request }) => {
    const rows = await list(await request.get(available(agent), { headers: bearer(dress) }), agent);
    // HUMAN TOPP KATT BIL is a sole proprietorship (ENK) client through REGN
    for (const org of [ORGS.veik, ORGS.sitrongul, ORGS.oppstemt, ORGS.opplyst, ORGS.toppkatt]) expect(rows).toContainEqual(row(org));
    // revisor only (LILLA, SKJØR) and forretningsfører (PUMA) do not give the regnskapsfører package; APE is no client
    for (const org of [ORGS.lilla, ORGS.skjor, ORGS.puma, ORGS.ape]) expect(rows.map((r) => r.clientOrganizationNumber)).not.toContain(org.orgNo);
  });

  test("a client is delegated: 200 { agent, client }, again 200, then listed; still among the available", async ({ request }) => {
    for (let i = 0; i < 2; i++) {
      const res = await request.post(clients(agent, uuid(ORGS.veik)), { headers: bearer(dress) });
      expect(res.status(), await res.text()).toBe(200);
      expect(await res.json()).toEqual({ agent, client: uuid(ORGS.veik) });
    }
    expect(await list(await request.get(clients(agent), { headers: bearer(dress) }), agent)).toEqual([row(ORGS.veik)]);
    expect(await list(await request.get(available(agent), { headers: bearer(dress) }), agent)).toContainEqual(row(ORGS.veik));
  });

  test("AUTH-00080 for a client lacking the package, AUTH-00079 for one that is not the firm's; nothing changes", async ({ request }) => {
    const h = { headers: bearer(dress) };
    await expectProblem(await request.post(clients(agent, uuid(ORGS.lilla)), h), 400, "AUTH-00080");
    await expectProblem(await request.post(clients(agent, uuid(ORGS.puma)), h), 400, "AUTH-00080");
    await expectProblem(await request.post(clients(agent, uuid(ORGS.ape)), h), 400, "AUTH-00079");
    await expectProblem(await request.post(clients(agent, randomUUID()), h), 400, "AUTH-00079");
    expect((await list(await request.get(clients(agent), h), agent)).map((c) => c.clientOrganizationNumber)).toEqual([ORGS.veik.orgNo]);
  });

  test("another firm's client administrator: a bare 403 (PDP on altinn_client_administration)", async ({ request }) => {
    const hare = { headers: bearer(await altinnToken(request, FLITTIG_GUL_HARE)) };
    await expectBare(await request.get(available(agent), hare), 403);
    await expectBare(await request.get(clients(agent), hare), 403);
    await expectBare(await request.post(clients(agent, uuid(ORGS.sitrongul)), hare), 403);
    // ENKEL SKJØR is FLINK's own client (REGN): still not through TIGER's agent
    await expectBare(await request.post(clients(agent, uuid(ORGS.skjor)), hare), 403);
    await expectBare(await request.delete(clients(agent, uuid(ORGS.veik)), hare), 403);
    expect((await list(await request.get(clients(agent), { headers: bearer(dress) }), agent)).map((c) => c.clientOrganizationNumber)).toEqual([ORGS.veik.orgNo]);
  });

  test("the portal session still works for the pages; its writes must come from the portal's Origin", async () => {
    const session: APIRequestContext = await portalSession(DRESS_MINST, TIGER);
    expect((await list(await session.get(clients(agent)), agent)).map((c) => c.clientOrganizationNumber)).toEqual([ORGS.veik.orgNo]);
    await expectProblem(await session.post(clients(agent, uuid(ORGS.sitrongul))), 403, "AUTH-00044");
    await expectProblem(await session.post(clients(agent, uuid(ORGS.sitrongul)), { headers: { origin: "http://evil.example" } }), 403, "AUTH-00044");
    const res = await session.post(clients(agent, uuid(ORGS.sitrongul)), { headers: SAME_ORIGIN });
    expect(res.status(), await res.text()).toBe(200);
    expect((await session.delete(clients(agent, uuid(ORGS.sitrongul)), { headers: SAME_ORIGIN })).status()).toBe(200);
    await session.dispose();
  });

  test("a delegated client is removed: 200 { agent, client }; not delegated any more: AUTH-00038", async ({ request }) => {
    const h = { headers: bearer(dress) };
    const res = await request.delete(clients(agent, uuid(ORGS.veik)), h);
    expect(res.status(), await res.text()).toBe(200);
    expect(await res.json()).toEqual({ agent, client: uuid(ORGS.veik) });
    await expectProblem(await request.delete(clients(agent, uuid(ORGS.veik)), h), 400, "AUTH-00038");
    expect(await list(await request.get(clients(agent), h), agent)).toEqual([]);
  });
});

test("a standard system user: VLD-00015 on every agent endpoint, and not among the agents", async ({ request, browser }) => {
  const standard = await createStandardSystemUser(request, browser);
  const h = { headers: bearer(await altinnToken(request, DRESS_MINST)) };
  await expectProblem(await request.get(available(standard), h), 400, "AUTH.VLD-00015");
  await expectProblem(await request.get(clients(standard), h), 400, "AUTH.VLD-00015");
  await expectProblem(await request.post(clients(standard, uuid(ORGS.veik)), h), 400, "AUTH.VLD-00015");
  await expectProblem(await request.delete(clients(standard, uuid(ORGS.veik)), h), 400, "AUTH.VLD-00015");
  const agents = (await (await request.get(`${ENDUSER_API}/agents?party=${TIGER}`, h)).json()) as { id: string }[];
  expect(agents.some((a) => a.id === standard)).toBe(false);
});

test.describe("the Altinn token issuer (OpenIdController.cs, AuthenticationController.cs) and the test token endpoint", () => {
  test("discovery document and JWKS at the real paths; a person's token carries the Altinn claims", async ({ request }) => {
    const conf = await request.get("/authentication/api/v1/openid/.well-known/openid-configuration");
    expect(conf.status()).toBe(200);
    const doc = (await conf.json()) as { issuer: string; jwks_uri: string };
    expect(doc.issuer).toMatch(/\/authentication\/api\/v1\/openid\/$/);
    expect(doc.jwks_uri).toBe(`${doc.issuer}.well-known/openid-configuration/jwks`);
    const jwks = (await (await request.get("/authentication/api/v1/openid/.well-known/openid-configuration/jwks")).json()) as { keys: { kid: string; d?: string }[] };
    const token = await altinnToken(request, DRESS_MINST, [CD_READ]);
    const [header, payload] = token.split(".").slice(0, 2).map((p) => JSON.parse(Buffer.from(p, "base64url").toString()) as Record<string, unknown>);
    expect(jwks.keys.map((k) => k.kid)).toContain(header?.kid);
    expect(jwks.keys.every((k) => k.d === undefined)).toBe(true);
    // Maskinporten's JWKS does not hold the Altinn key
    const mp = (await (await request.get("/maskinporten/jwk")).json()) as { keys: { kid: string }[] };
    expect(mp.keys.map((k) => k.kid)).not.toContain(header?.kid);
    expect(payload).toMatchObject({ iss: doc.issuer, pid: DRESS_MINST, scope: CD_READ, "urn:altinn:authlevel": 3, acr: "idporten-loa-high" });
    expect(typeof payload?.["urn:altinn:userid"]).toBe("string");
    expect(typeof payload?.["urn:altinn:partyid"]).toBe("number");
  });

  test("only for persons of the cast: 400 otherwise", async ({ request }) => {
    for (const pid of ["12345678901", "abc", ""]) {
      const res = await request.get(`/simulator/api/token/person?pid=${pid}&scopes=${CD_READ}`);
      expect(res.status(), pid).toBe(400);
      expect(await res.text()).toBe("pid is not a person of the simulator's cast");
    }
  });
});
