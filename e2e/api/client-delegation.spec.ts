// The end-user client-delegation API (reference §5): session authentication, validation codes, the client
// list rules (AUTH-00079/00080), add/remove, cross-site and cross-tenant refusals.
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { ORGS } from "../../prisma/cast";
import {
  DRESS_MINST,
  ENDUSER_API,
  FLITTIG_GUL_HARE,
  REGNSKAP_MED,
  SAME_ORIGIN,
  createAgent,
  createStandardSystemUser,
  portalSession,
} from "../support/client-delegation";

const TIGER = ORGS.tiger.orgNo;
const clients = (agent: string, client?: string) => `${ENDUSER_API}/clients?agent=${agent}${client ? `&client=${client}` : ""}`;
const available = (agent: string) => `${ENDUSER_API}/clients/available?agent=${agent}`;

async function expectProblem(res: APIResponse, status: number, code: string) {
  expect(res.status(), await res.text()).toBe(status);
  expect(res.headers()["content-type"]).toContain("application/problem+json");
  const body = (await res.json()) as { code: string; status: number; validationErrors?: { code: string }[] };
  expect(body.status).toBe(status);
  if (code.startsWith("AUTH.VLD")) expect(body.validationErrors?.[0]?.code).toBe(code);
  expect(body.code).toBe(code);
}

type Listed = { clientId: string; clientOrganizationNumber: string; clientOrganizationName: string; canAdd?: boolean; reason?: { code: string; detail: string } };

/** A client list in the real API's envelope: `{ links, systemUserInformation, data }`. */
async function list(ctx: APIRequestContext, url: string): Promise<Listed[]> {
  const res = await ctx.get(url);
  expect(res.status(), await res.text()).toBe(200);
  expect(res.headers()["cache-control"]).toBe("no-store");
  const body = (await res.json()) as { links: object; systemUserInformation: { systemUserId: string; systemUserOwnerOrg: string }; data: Listed[] };
  expect(body.links).toEqual({});
  expect(body.systemUserInformation).toEqual({ systemUserId: new URL(url, "http://x").searchParams.get("agent"), systemUserOwnerOrg: TIGER });
  return body.data;
}

test.describe("without a session", () => {
  test("every endpoint answers 401 with a problem", async ({ request }) => {
    const agent = randomUUID();
    await expectProblem(await request.get(`${ENDUSER_API}/agents?party=${TIGER}`), 401, "AUTH-00043");
    await expectProblem(await request.get(available(agent)), 401, "AUTH-00043");
    await expectProblem(await request.get(clients(agent)), 401, "AUTH-00043");
    await expectProblem(await request.post(clients(agent, ORGS.veik.orgNo), { headers: SAME_ORIGIN }), 401, "AUTH-00043");
    await expectProblem(await request.delete(clients(agent, ORGS.veik.orgNo), { headers: SAME_ORIGIN }), 401, "AUTH-00043");
  });
});

test.describe("as a client administrator, without an agent", () => {
  let dress: APIRequestContext;
  test.beforeAll(async () => {
    dress = await portalSession(DRESS_MINST, TIGER);
  });
  test.afterAll(async () => dress?.dispose());

  test("bad or missing query parameters are validation problems", async () => {
    const agent = randomUUID();
    const cases: [Promise<APIResponse>, number, string][] = [
      [dress.get(`${ENDUSER_API}/agents`), 400, "AUTH.VLD-00000"],
      [dress.get(`${ENDUSER_API}/agents?party=314250051`), 400, "AUTH.VLD-00000"],
      [dress.get(`${ENDUSER_API}/clients`), 400, "AUTH.VLD-00014"],
      [dress.get(`${ENDUSER_API}/clients/available?agent=not-a-uuid`), 400, "AUTH.VLD-00014"],
      [dress.post(`${ENDUSER_API}/clients?client=${ORGS.veik.orgNo}`, { headers: SAME_ORIGIN }), 400, "AUTH.VLD-00014"],
      [dress.post(clients(agent), { headers: SAME_ORIGIN }), 400, "AUTH.VLD-00016"],
      [dress.delete(clients(agent, "12345"), { headers: SAME_ORIGIN }), 400, "AUTH.VLD-00016"],
      [dress.get(clients(agent)), 404, "AUTH-00015"],
      [dress.post(clients(agent, ORGS.veik.orgNo), { headers: SAME_ORIGIN }), 404, "AUTH-00015"],
    ];
    for (const [res, status, code] of cases) await expectProblem(await res, status, code);
  });

  test("the agents of a party: only for that party's client administrators", async () => {
    const res = await dress.get(`${ENDUSER_API}/agents?party=${TIGER}`);
    expect(res.status()).toBe(200);
    expect(res.headers()["cache-control"]).toBe("no-store");
    expect(Array.isArray(await res.json())).toBe(true);
    // DRESS MINST has no role in FLINK REGNSKAP AS, nor in TILFELDIG SUBTIL APE
    await expectProblem(await dress.get(`${ENDUSER_API}/agents?party=${ORGS.flink.orgNo}`), 403, "AUTH-00043");
    await expectProblem(await dress.get(`${ENDUSER_API}/agents?party=${ORGS.ape.orgNo}`), 403, "AUTH-00043");
    const hare = await portalSession(FLITTIG_GUL_HARE, ORGS.flink.orgNo);
    await expectProblem(await hare.get(`${ENDUSER_API}/agents?party=${TIGER}`), 403, "AUTH-00043");
    expect((await hare.get(`${ENDUSER_API}/agents?party=${ORGS.flink.orgNo}`)).status()).toBe(200);
    await hare.dispose();
  });
});

test.describe("an agent system user of TIGER holding Regnskapsfører med signeringsrettighet", () => {
  test.describe.configure({ mode: "serial" });
  let agent: string;
  let dress: APIRequestContext;

  test.beforeAll(async ({ request, browser }) => {
    agent = (await createAgent(request, browser, [REGNSKAP_MED])).id;
    dress = await portalSession(DRESS_MINST, TIGER);
  });
  test.afterAll(async () => dress?.dispose());

  test("is listed among the firm's agents", async () => {
    const agents = (await (await dress.get(`${ENDUSER_API}/agents?party=${TIGER}`)).json()) as Record<string, unknown>[];
    const mine = agents.find((a) => a.id === agent);
    expect(mine).toMatchObject({ userType: "agent", reporteeOrgNo: TIGER, supplierOrgno: ORGS.smartcloud.orgNo, supplierName: ORGS.smartcloud.name, clientCount: 0, isDeleted: false });
    expect(typeof mine?.created).toBe("string");
    expect(typeof mine?.externalRef).toBe("string");
    expect(mine?.accessPackages).toEqual([{ urn: REGNSKAP_MED, name: "Regnskapsfører med signeringsrettighet" }]);
  });

  test("available clients come from the ER relations, each saying whether it can be added", async () => {
    const rows = await list(dress, available(agent));
    const byOrg = new Map(rows.map((r) => [r.clientOrganizationNumber, r]));
    // HUMAN TOPP KATT BIL is a sole proprietorship (ENK) client through REGN
    for (const org of [ORGS.veik, ORGS.sitrongul, ORGS.oppstemt, ORGS.opplyst, ORGS.toppkatt]) {
      expect(byOrg.get(org.orgNo)).toMatchObject({ clientId: org.orgNo, clientOrganizationName: org.name, canAdd: true });
    }
    // revisor only (LILLA, SKJØR) and forretningsfører (PUMA) do not give the regnskapsfører package
    for (const org of [ORGS.lilla, ORGS.skjor, ORGS.puma]) {
      const r = byOrg.get(org.orgNo);
      expect(r?.canAdd).toBe(false);
      expect(r?.reason?.code).toBe("AUTH-00080");
      expect(r?.reason?.detail).toContain("missing Regnskapsfører med signeringsrettighet");
    }
    expect(byOrg.has(ORGS.ape.orgNo)).toBe(false);
    expect(rows).toHaveLength(8);
  });

  test("a client is added once (201, then 200), then listed as delegated and no longer available", async () => {
    const first = await dress.post(clients(agent, ORGS.veik.orgNo), { headers: SAME_ORIGIN });
    expect(first.status(), await first.text()).toBe(201);
    expect(await first.json()).toMatchObject({ agent, client: ORGS.veik.orgNo, clientOrganizationNumber: ORGS.veik.orgNo, clientOrganizationName: ORGS.veik.name, status: "added" });
    const again = await dress.post(clients(agent, ORGS.veik.orgNo), { headers: SAME_ORIGIN });
    expect(again.status()).toBe(200);
    expect((await again.json()).status).toBe("alreadyDelegated");
    const delegated = await list(dress, clients(agent));
    expect(delegated.map((c) => [c.clientId, c.clientOrganizationNumber, c.clientOrganizationName])).toEqual([[ORGS.veik.orgNo, ORGS.veik.orgNo, ORGS.veik.name]]);
    expect((await list(dress, available(agent))).some((c) => c.clientId === ORGS.veik.orgNo)).toBe(false);
    const agents = (await (await dress.get(`${ENDUSER_API}/agents?party=${TIGER}`)).json()) as { id: string; clientCount: number }[];
    expect(agents.find((a) => a.id === agent)?.clientCount).toBe(1);
  });

  test("clients that are not the firm's, or do not give every package, are refused and nothing changes", async () => {
    await expectProblem(await dress.post(clients(agent, ORGS.lilla.orgNo), { headers: SAME_ORIGIN }), 400, "AUTH-00080");
    await expectProblem(await dress.post(clients(agent, ORGS.puma.orgNo), { headers: SAME_ORIGIN }), 400, "AUTH-00080");
    await expectProblem(await dress.post(clients(agent, ORGS.ape.orgNo), { headers: SAME_ORIGIN }), 400, "AUTH-00079");
    await expectProblem(await dress.post(clients(agent, ORGS.skatteetaten.orgNo), { headers: SAME_ORIGIN }), 400, "AUTH-00079");
    expect((await list(dress, clients(agent))).map((c) => c.clientId)).toEqual([ORGS.veik.orgNo]);
  });

  test("cross-site state changes are refused (Origin must be the portal)", async () => {
    await expectProblem(await dress.post(clients(agent, ORGS.sitrongul.orgNo)), 403, "AUTH-00043");
    await expectProblem(await dress.post(clients(agent, ORGS.sitrongul.orgNo), { headers: { origin: "http://evil.example" } }), 403, "AUTH-00043");
    await expectProblem(await dress.delete(clients(agent, ORGS.veik.orgNo), { headers: { origin: "http://localhost:1" } }), 403, "AUTH-00043");
    expect((await list(dress, clients(agent))).map((c) => c.clientId)).toEqual([ORGS.veik.orgNo]);
  });

  test("another firm's client administrator cannot see or change the agent", async () => {
    const hare = await portalSession(FLITTIG_GUL_HARE, ORGS.flink.orgNo);
    await expectProblem(await hare.get(available(agent)), 404, "AUTH-00015");
    await expectProblem(await hare.get(clients(agent)), 404, "AUTH-00015");
    await expectProblem(await hare.post(clients(agent, ORGS.sitrongul.orgNo), { headers: SAME_ORIGIN }), 404, "AUTH-00015");
    // ENKEL SKJØR is FLINK's own client (REGN): still not through TIGER's agent
    await expectProblem(await hare.post(clients(agent, ORGS.skjor.orgNo), { headers: SAME_ORIGIN }), 404, "AUTH-00015");
    await expectProblem(await hare.delete(clients(agent, ORGS.veik.orgNo), { headers: SAME_ORIGIN }), 404, "AUTH-00015");
    const agents = (await (await hare.get(`${ENDUSER_API}/agents?party=${ORGS.flink.orgNo}`)).json()) as { id: string }[];
    expect(agents.some((a) => a.id === agent)).toBe(false);
    await hare.dispose();
    expect((await list(dress, clients(agent))).map((c) => c.clientId)).toEqual([ORGS.veik.orgNo]);
  });

  test("a delegated client is removed once (then AUTH-00038) and is available again", async () => {
    const res = await dress.delete(clients(agent, ORGS.veik.orgNo), { headers: SAME_ORIGIN });
    expect(res.status(), await res.text()).toBe(200);
    expect(await res.json()).toMatchObject({ agent, client: ORGS.veik.orgNo, clientOrganizationName: ORGS.veik.name });
    await expectProblem(await dress.delete(clients(agent, ORGS.veik.orgNo), { headers: SAME_ORIGIN }), 400, "AUTH-00038");
    expect(await list(dress, clients(agent))).toEqual([]);
    expect((await list(dress, available(agent))).find((c) => c.clientId === ORGS.veik.orgNo)?.canAdd).toBe(true);
  });
});

test("a standard system user has no clients: AUTH.VLD-00015 on every agent endpoint", async ({ request, browser }) => {
  const standard = await createStandardSystemUser(request, browser);
  const dress = await portalSession(DRESS_MINST, TIGER);
  await expectProblem(await dress.get(available(standard)), 400, "AUTH.VLD-00015");
  await expectProblem(await dress.get(clients(standard)), 400, "AUTH.VLD-00015");
  await expectProblem(await dress.post(clients(standard, ORGS.veik.orgNo), { headers: SAME_ORIGIN }), 400, "AUTH.VLD-00015");
  await expectProblem(await dress.delete(clients(standard, ORGS.veik.orgNo), { headers: SAME_ORIGIN }), 400, "AUTH.VLD-00015");
  const agents = (await (await dress.get(`${ENDUSER_API}/agents?party=${TIGER}`)).json()) as { id: string }[];
  expect(agents.some((a) => a.id === standard)).toBe(false);
  await dress.dispose();
});
