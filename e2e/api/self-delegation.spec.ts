// Self-delegation for agent system users: POST/DELETE/GET /authentication/api/v1/systemuser/agent/{party}/{id}/self.
// Sources (Altinn/altinn-authentication):
//   src/Authentication/Controllers/SystemUserController.cs (DelegateSelfToAgentSystemUser,
//     RevokeSelfFromAgentSystemUser, IsSelfDelegatedToAgentSystemUser: policy ACCESS_MANAGEMENT_WRITE,
//     `return` ValidationProblem for an unknown id, Forbid() for another party's system user, 200 `true`)
//   src/Authentication/Services/SystemUserService.cs (the agent type AUTH-00034, packages AUTH-00063 /
//     AUTH-00064 as for a standard system user, the Access Management calls per package)
//   src/Integration/AccessManagement/AccessManagementClient.cs (AM's refusals: AUTH-00051, -00055, -00057)
//   src/Core/Problems/Problem.cs (the codes)
import { expect, test, type APIRequestContext } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { ORGS, SCOPES } from "../../prisma/cast";
import { partyIdOf, partyUuidOf } from "../../lib/parties/party-ids";
import { DRESS_MINST, ENDUSER_API, FLITTIG_GUL_HARE, PKG, REGNSKAP_MED, altinnToken, bearer, createAgent, createStandardSystemUser } from "../support/client-delegation";
import { DEMO_CLIENTS, getToken } from "../support/maskinporten";
import { expectBare, expectBinding, expectProblem } from "../support/problems";
import { authorizeToken, decide, xacml } from "../support/service-owner";

const TIGER = ORGS.tiger.orgNo;
const TIGER_PARTY = partyIdOf("organization", TIGER);
const TIGER_UUID = partyUuidOf("organization", TIGER);
const SKATT_NAERING = `${PKG}skatt-naering`;
const GLAD_LEI_PUMA = "02895998748";

const self = (id: string, partyUuid: string | null = TIGER_UUID, party: number | string = TIGER_PARTY) =>
  `/authentication/api/v1/systemuser/agent/${party}/${id}/self${partyUuid === null ? "" : `?partyUuid=${partyUuid}`}`;

type Method = "get" | "post" | "delete";
const METHODS: Method[] = ["get", "post", "delete"];
const call = (request: APIRequestContext, method: Method, url: string, token?: string) => request[method](url, token ? { headers: bearer(token) } : {});

async function expectTrue(res: Awaited<ReturnType<APIRequestContext["get"]>>, value = true): Promise<void> {
  expect(res.status(), await res.text()).toBe(200);
  expect(res.headers()["content-type"]).toContain("application/json");
  expect(await res.json()).toBe(value);
}

test.describe("self-delegation of agent system users", () => {
  test.describe.configure({ mode: "serial" });
  let agent: string;
  let clientAgent: string;
  let standard: string;
  let dress: string;

  test.beforeAll(async ({ request, browser }) => {
    // three approvals in a browser: more than one test's time on a loaded machine
    test.setTimeout(180_000);
    // an agent holding an assignable package (skatt-naering: delegable and assignable), one holding a
    // client package, and a standard system user, all of TILBAKEHOLDEN USYMMETRISK TIGER AS
    agent = (await createAgent(request, browser, [SKATT_NAERING])).id;
    clientAgent = (await createAgent(request, browser, [REGNSKAP_MED])).id;
    standard = await createStandardSystemUser(request, browser);
    dress = await altinnToken(request, DRESS_MINST, ["altinn:portal/enduser"]);
  });

  test("no token or not an Altinn token: a bare 401 with a Bearer challenge", async ({ request }) => {
    const mp = await getToken(request, DEMO_CLIENTS.smartcloud, { scopes: [SCOPES.systemregisterWrite] });
    for (const m of METHODS) {
      await expectBare(await call(request, m, self(agent)), 401);
      await expectBare(await call(request, m, self(agent), mp), 401);
    }
  });

  test("a user without ACCESS_MANAGEMENT_WRITE for the party: a bare 403, before the id is even bound", async ({ request }) => {
    // GLAD LEI PUMA manages access for PUMA only; FLITTIG GUL HARE for FLINK and KONKURRENT
    for (const pid of [GLAD_LEI_PUMA, FLITTIG_GUL_HARE]) {
      const token = await altinnToken(request, pid);
      for (const m of METHODS) {
        await expectBare(await call(request, m, self(agent), token), 403);
        await expectBare(await call(request, m, self("not-a-guid"), token), 403);
      }
    }
    // DRESS MINST has no role in TILFELDIG SUBTIL APE; a party id that is no party
    for (const party of [partyIdOf("organization", ORGS.ape.orgNo), 99, "abc"]) await expectBare(await call(request, "post", self(agent, TIGER_UUID, party), dress), 403);
  });

  test("another org's party: the system user is not that party's, Forbid() (a bare 403)", async ({ request }) => {
    const hare = await altinnToken(request, FLITTIG_GUL_HARE);
    const flink = partyIdOf("organization", ORGS.flink.orgNo);
    for (const m of METHODS) await expectBare(await call(request, m, self(agent, partyUuidOf("organization", ORGS.flink.orgNo), flink), hare), 403);
  });

  test("a route id or partyUuid that is not a GUID: ASP.NET's binding problem", async ({ request }) => {
    for (const m of METHODS) {
      await expectBinding(await call(request, m, self("not-a-guid"), dress), "systemUserId");
      await expectBinding(await call(request, m, self(agent, "xyz"), dress), "partyUuid");
    }
  });

  test("an unknown system user: the controller's ValidationProblem under `return`", async ({ request }) => {
    const id = randomUUID();
    for (const m of METHODS) {
      const errors = await expectBinding(await call(request, m, self(id), dress), "return");
      expect(errors).toEqual({ return: [`SystemUser with Id ${id} Not Found`] });
    }
  });

  test("a standard system user: AUTH-00034 for POST and DELETE; GET answers (it holds no packages)", async ({ request }) => {
    await expectProblem(await call(request, "post", self(standard), dress), 400, "AUTH-00034");
    await expectProblem(await call(request, "delete", self(standard), dress), 400, "AUTH-00034");
    await expectTrue(await call(request, "get", self(standard), dress), false);
  });

  test("an agent holding a client package: AUTH-00064, as for a standard system user (not assignable)", async ({ request }) => {
    const body = await expectProblem(await call(request, "post", self(clientAgent), dress), 400, "AUTH-00064");
    expect(body).toMatchObject({ NotDelegablePackages: REGNSKAP_MED });
    await expectTrue(await call(request, "get", self(clientAgent), dress), false);
  });

  test("a bad party UUID: AM refuses the delegation (AUTH-00051), the revoke (AUTH-00057), the read (AUTH-00055, 500)", async ({ request }) => {
    for (const uuid of [randomUUID(), null, partyUuidOf("organization", ORGS.flink.orgNo)]) {
      await expectProblem(await call(request, "post", self(agent, uuid), dress), 400, "AUTH-00051");
      await expectProblem(await call(request, "delete", self(agent, uuid), dress), 400, "AUTH-00057");
      await expectProblem(await call(request, "get", self(agent, uuid), dress), 500, "AUTH-00055");
    }
    await expectTrue(await call(request, "get", self(agent), dress), false);
  });

  test("added: true (twice); the PDP then Permits the agent for TIGER itself; removed: NotApplicable at once", async ({ request }) => {
    const pdp = await authorizeToken(request);
    const decision = async () => (await decide(request, pdp, xacml(agent, "read", TIGER)))[0]!.decision;
    expect(await decision()).toBe("NotApplicable");

    await expectTrue(await call(request, "post", self(agent), dress));
    // ASP.NET binds the query key case-insensitively; Altinn's own portal sends `partyuuid`
    await expectTrue(await call(request, "post", self(agent).replace("partyUuid", "partyuuid"), dress));
    await expectTrue(await call(request, "get", self(agent), dress));
    expect(await decision()).toBe("Permit");
    // the policy grants skatt-naering read only
    expect((await decide(request, pdp, xacml(agent, "write", TIGER)))[0]!.decision).toBe("NotApplicable");
    // not a client delegation through the firm: the client-delegation API does not list it
    const cd = await altinnToken(request, DRESS_MINST);
    const listed = await request.get(`${ENDUSER_API}/clients?agent=${agent}`, { headers: bearer(cd) });
    expect(listed.status()).toBe(200);
    expect(((await listed.json()) as { data: unknown[] }).data).toEqual([]);

    await expectTrue(await call(request, "delete", self(agent), dress));
    await expectTrue(await call(request, "get", self(agent), dress), false);
    expect(await decision()).toBe("NotApplicable");
    // idempotent
    await expectTrue(await call(request, "delete", self(agent), dress));
  });
});
