// The recorded exchanges on the control server (its own portal: a reset empties Skatteetaten's key cache,
// and its exchange table is bounded at 200 rows, e2e/test-env.ts CONTROL_ENV): the API provider's own
// calls to Maskinporten appear in the caller's flow, and old records are dropped, never the live data.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { simulatorKit } from "../kit";
import { CONTROL_ENV } from "../test-env";

const sim = simulatorKit({ baseURL: CONTROL_ENV.PUBLIC_BASE_URL });
const KRAV_SCOPE = "skatteetaten:kravogbetalinger";
const SKATTEETATEN_CLIENT = "5f3c8b0e-7d21-4a9e-b6c4-2e8f1a0d9c73";
const LIMIT = 200;

interface Exchange {
  seq: number;
  flowId: string;
  from: string;
  to: string;
  method: string;
  url: string;
  status: number;
  jwts: { where: string; payload: Record<string, unknown> }[];
}

test.beforeEach(async () => {
  await sim.reset();
});

async function flowOf(request: APIRequestContext, flow: string): Promise<Exchange[]> {
  const res = await request.get(`/simulator/api/exchanges?flow=${flow}&limit=500`);
  expect(res.status()).toBe(200);
  return ((await res.json()) as { exchanges: Exchange[] }).exchanges.reverse();
}

// lib/skatteetaten/remote-keys.ts (metadata, then the JWKS) and altinn-token.ts (its own token), each
// sent with the caller's flow (lib/exchanges/flow.ts flowHeaders).
test("a call to Skatteetaten's API with its caches cold: the metadata, the JWKS, its own token and the PDP in one flow", async ({ request }) => {
  const s = await sim.scenario("approved-standard-system-user");
  const token = await sim.token({ scopes: [KRAV_SCOPE], systemUser: { org: s.partyOrgNo, externalRef: s.externalRef } });
  expect(token.status).toBe(200);
  const flow = randomUUID();
  const res = await request.get(`/skatteetaten/api/innkreving/kravogbetalinger/v1/krav/${s.partyOrgNo}`, { headers: { authorization: `Bearer ${token.accessToken}`, "x-simulator-flow": flow } });
  expect(res.status(), await res.text()).toBe(200);

  const xs = await flowOf(request, flow);
  const line = (x: Exchange) => `${x.from}->${x.to} ${x.method} ${new URL(x.url).pathname} ${x.status}`;
  const lines = xs.map(line);
  // the reset dropped the keys Skatteetaten had cached: it reads Maskinporten's metadata, then the JWKS
  expect(lines.indexOf("skatteetaten->maskinporten GET /maskinporten/.well-known/oauth-authorization-server 200")).toBeGreaterThanOrEqual(0);
  expect(lines.indexOf("skatteetaten->maskinporten GET /maskinporten/jwk 200")).toBeGreaterThan(lines.indexOf("skatteetaten->maskinporten GET /maskinporten/.well-known/oauth-authorization-server 200"));
  // its own token for the PDP (a token cached before the reset is refused by the PDP first: 401, then a new one)
  const own = xs.find((x) => line(x) === "skatteetaten->maskinporten POST /maskinporten/token 200");
  expect(own?.jwts.find((j) => j.where === "request body assertion")?.payload).toMatchObject({ iss: SKATTEETATEN_CLIENT, scope: "altinn:authorization/authorize" });
  // the PDP last among Skatteetaten's own calls (the API's answer, recorded when it ends, comes after it)
  expect(lines.filter((l) => l.startsWith("skatteetaten->")).at(-1)).toBe("skatteetaten->pdp POST /authorization/api/v1/authorize 200");
  expect(lines.at(-1)).toBe(`vendor->skatteetaten GET /skatteetaten/api/innkreving/kravogbetalinger/v1/krav/${s.partyOrgNo} 200`);
  expect(lines.filter((l) => l.startsWith("vendor->"))).toEqual([`vendor->skatteetaten GET /skatteetaten/api/innkreving/kravogbetalinger/v1/krav/${s.partyOrgNo} 200`]);

  // warm: the next call in another flow needs neither the keys nor a token
  const again = randomUUID();
  expect((await request.get(`/skatteetaten/api/innkreving/kravogbetalinger/v1/krav/${s.partyOrgNo}`, { headers: { authorization: `Bearer ${token.accessToken}`, "x-simulator-flow": again } })).status()).toBe(200);
  // (the PDP's exchange ends, and is recorded, before the API's own answer)
  expect((await flowOf(request, again)).map(line)).toEqual([
    "skatteetaten->pdp POST /authorization/api/v1/authorize 200",
    `vendor->skatteetaten GET /skatteetaten/api/innkreving/kravogbetalinger/v1/krav/${s.partyOrgNo} 200`,
  ]);
});

// lib/exchanges/recorder.ts prune: the table keeps the newest SIMULATOR_EXCHANGES_LIMIT rows; nothing else is deleted.
test("bounded storage: beyond the limit the oldest exchanges are dropped, the live data stays", async ({ request }) => {
  test.setTimeout(120_000);
  const s = await sim.scenario("approved-standard-system-user");
  const first = randomUUID();
  expect((await request.get("/maskinporten/jwk", { headers: { "x-simulator-flow": first } })).status()).toBe(200);
  expect(await flowOf(request, first)).toHaveLength(1);

  // more than the limit, written in many batches (each read writes this process's pending ones first)
  const bulk = randomUUID();
  const made = LIMIT + 200;
  for (let i = 0; i < made; i += 5) {
    for (let j = 0; j < 5; j++) expect((await request.get("/maskinporten/jwk", { headers: { "x-simulator-flow": bulk } })).status()).toBe(200);
    expect((await request.get("/simulator/api/exchanges?limit=1")).status()).toBe(200);
  }
  await expect.poll(async () => (await flowOf(request, first)).length, { timeout: 10_000 }).toBe(0);
  const kept = await flowOf(request, bulk);
  expect(kept.length).toBeLessThan(made);
  expect(kept.length).toBeGreaterThan(LIMIT / 2);
  // the newest are kept: the last one made is there
  const newest = await request.get("/simulator/api/exchanges?limit=500");
  const all = (await newest.json()) as { exchanges: Exchange[]; latest: number };
  // pruned every 20 batches: at most the limit plus the batches written since the last prune
  expect(all.exchanges.length).toBeLessThanOrEqual(LIMIT + 120);
  expect(all.exchanges[0]!.flowId).toBe(bulk);

  // the live data is untouched: the system user still gets its token
  const token = await sim.token({ scopes: [KRAV_SCOPE], systemUser: { org: s.partyOrgNo, externalRef: s.externalRef } });
  expect(token.status).toBe(200);
});
