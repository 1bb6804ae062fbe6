// Skatteetaten's "Krav og betalinger" API as an external API provider: token validation through the
// published JWKS, scope, system user, party check digit, then Altinn's PDP over HTTP. Errors in
// Skatteetaten's own { kode, melding, korrelasjonsid }.
import { expect, test, type APIResponse } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { ORGS, SCOPES } from "../../prisma/cast";
import { loginAs } from "../browser/helpers";
import { LUR_GRONN_REV, createClientInBrowser, newKeyPair, pasteKey, selfServiceClient } from "../browser/maskinporten-fixtures";
import { DRESS_MINST, ENDUSER_API, REGNSKAP_MED, SAME_ORIGIN, approveInBrowser, clientUuid, portalSession } from "../support/client-delegation";
import { DEMO_CLIENTS, getToken, signGrant } from "../support/maskinporten";
import { bearer, createApeSystemUser } from "../support/service-owner";
import { TEST_ENV } from "../test-env";

const KRAV = (orgNo: string) => `/skatteetaten/api/innkreving/kravogbetalinger/v1/krav/${orgNo}`;
const APE = ORGS.ape.orgNo;

async function expectSkeError(res: APIResponse, status: number, kode: string): Promise<{ kode: string; melding: string; korrelasjonsid: string }> {
  const text = await res.text();
  expect(res.status(), text).toBe(status);
  expect(res.headers()["content-type"]).toContain("application/json");
  const body = JSON.parse(text) as { kode: string; melding: string; korrelasjonsid: string };
  expect(Object.keys(body).sort()).toEqual(["kode", "korrelasjonsid", "melding"]);
  expect(body.kode).toBe(kode);
  expect(body.korrelasjonsid).toMatch(/^[0-9a-f-]{36}$/);
  return body;
}

interface KravBody {
  organisasjonsnummer: string;
  krav: { kravid: string; kravtype: string; beskrivelse: string; periode: string; forfallsdato: string; gjenstaaendeBeloep: number; kid: string }[];
  sumGjenstaaende: number;
  valuta: string;
}

function expectClaimsOf(body: KravBody, orgNo: string) {
  expect(body.organisasjonsnummer).toBe(orgNo);
  expect(body.valuta).toBe("NOK");
  expect(body.krav.length).toBeGreaterThan(0);
  for (const k of body.krav) {
    expect(Object.keys(k).sort()).toEqual(["beskrivelse", "forfallsdato", "gjenstaaendeBeloep", "kid", "kravid", "kravtype", "periode"]);
    expect(k.forfallsdato).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Number.isInteger(Math.round(k.gjenstaaendeBeloep * 100))).toBe(true);
  }
  const sumOre = body.krav.reduce((s, k) => s + Math.round(k.gjenstaaendeBeloep * 100), 0);
  expect(Math.round(body.sumGjenstaaende * 100)).toBe(sumOre);
}

test("no token is 401 with a bare Bearer challenge; a bad token is 401 invalid_token", async ({ request }) => {
  const none = await request.get(KRAV(APE));
  await expectSkeError(none, 401, "KOB-401");
  expect(none.headers()["www-authenticate"]).toBe('Bearer realm="skatteetaten"');
  const garbage = await request.get(KRAV(APE), { headers: bearer("abc.def.ghi") });
  await expectSkeError(garbage, 401, "KOB-401");
  expect(garbage.headers()["www-authenticate"]).toContain('error="invalid_token"');
  // a grant signed by the vendor itself is not a Maskinporten token
  const selfMade = await signGrant(DEMO_CLIENTS.smartcloud, { scopes: [SCOPES.kravOgBetalinger] });
  await expectSkeError(await request.get(KRAV(APE), { headers: bearer(selfMade) }), 401, "KOB-401");
});

test("a token without the scope is 403; a plain vendor token (no system user) is 403 with the reason", async ({ request }) => {
  const otherScope = await getToken(request, DEMO_CLIENTS.smartcloud, { scopes: [SCOPES.requestRead] });
  const scopeRes = await request.get(KRAV(APE), { headers: bearer(otherScope) });
  await expectSkeError(scopeRes, 403, "KOB-403-SCOPE");
  expect(scopeRes.headers()["www-authenticate"]).toContain('error="insufficient_scope"');
  const plain = await getToken(request, DEMO_CLIENTS.smartcloud, { scopes: [SCOPES.kravOgBetalinger] });
  const body = await expectSkeError(await request.get(KRAV(APE), { headers: bearer(plain) }), 403, "KOB-403-SYSTEMBRUKER");
  expect(body.melding).toContain("systembruker");
  // checks come in order: a bad org number does not matter before the system user is known
  await expectSkeError(await request.get(KRAV("123"), { headers: bearer(plain) }), 403, "KOB-403-SYSTEMBRUKER");
});

test("after Maskinporten rotates its signing key, tokens of the new key and of the old one are both accepted", async ({ request }) => {
  const plain = () => getToken(request, DEMO_CLIENTS.smartcloud, { scopes: [SCOPES.kravOgBetalinger] });
  const kid = (jwt: string) => (JSON.parse(Buffer.from(jwt.split(".")[0]!, "base64url").toString()) as { kid: string }).kid;
  const before = await plain();
  // a 403 for the missing system user proves the token itself was validated (a bad token is 401)
  await expectSkeError(await request.get(KRAV(APE), { headers: bearer(before) }), 403, "KOB-403-SYSTEMBRUKER");
  execFileSync("npx", ["tsx", "lib/maskinporten/rotate-cli.ts"], { env: { ...process.env, DATABASE_URL: TEST_ENV.DATABASE_URL }, stdio: "pipe" });
  // the token endpoint picks up a key rotated by another process within a second (its key cache)
  let after = await plain();
  for (let i = 0; i < 30 && kid(after) === kid(before); i++) {
    await new Promise((r) => setTimeout(r, 100));
    after = await plain();
  }
  expect(kid(after)).not.toBe(kid(before));
  await expectSkeError(await request.get(KRAV(APE), { headers: bearer(after) }), 403, "KOB-403-SYSTEMBRUKER");
  await expectSkeError(await request.get(KRAV(APE), { headers: bearer(before) }), 403, "KOB-403-SYSTEMBRUKER");
});

test("standard system user: the owner's claims; a bad org number is 400; another party is 403 naming the PDP decision", async ({ request, browser }) => {
  const su = await createApeSystemUser(request, browser);
  const token = await getToken(request, DEMO_CLIENTS.smartcloud, { scopes: [SCOPES.kravOgBetalinger], systemUser: { orgNo: APE, externalRef: su.externalRef } });
  // the 200 proves Skatteetaten's PEP read the PDP's real camelCase answer (`response[0].decision`, as
  // Altinn's Bruno tests read it); the PascalCase shape it used to read would be a KOB-502 here
  const ok = await request.get(KRAV(APE), { headers: bearer(token) });
  expect(ok.status(), await ok.text()).toBe(200);
  expectClaimsOf((await ok.json()) as KravBody, APE);

  for (const bad of ["310904474", "31090447", "abcdefghi"]) {
    await expectSkeError(await request.get(KRAV(bad), { headers: bearer(token) }), 400, "KOB-400");
  }
  const other = await expectSkeError(await request.get(KRAV(ORGS.veik.orgNo), { headers: bearer(token) }), 403, "KOB-403-TILGANG");
  expect(other.melding).toContain("NotApplicable");
  expect(other.melding).toContain(su.id);
});

test("agent system user: one token serves each delegated client, and only those", async ({ request, browser }) => {
  // a SmartCloud client of its own (the demo client id belongs to the seeded system)
  const context = await browser.newContext();
  const page = await context.newPage();
  await loginAs(page, LUR_GRONN_REV);
  const clientId = await createClientInBrowser(page, `test-${randomUUID()}`, [SCOPES.kravOgBetalinger]);
  const key = await newKeyPair(`h3-${randomUUID().slice(0, 8)}`);
  await pasteKey(page, key.publicJwk);
  await expect(page.getByTestId("key-table")).toContainText(key.publicJwk.kid!);
  await context.close();
  const client = selfServiceClient(clientId, key.publicJwk.kid!, key.privateJwk);

  const vendor = bearer(await getToken(request, DEMO_CLIENTS.smartcloud, { scopes: [SCOPES.systemregisterWrite, SCOPES.requestWrite] }));
  const systemId = `${ORGS.smartcloud.orgNo}_h3agent${randomUUID().slice(0, 8)}`;
  const text = { nb: "H3 klientsystem", nn: "H3 klientsystem", en: "H3 client system" };
  const registered = await request.post("/authentication/api/v1/systemregister/vendor", {
    headers: vendor,
    data: { id: systemId, vendor: { authority: "iso6523-actorid-upis", ID: `0192:${ORGS.smartcloud.orgNo}` }, name: text, description: text, rights: [], accessPackages: [{ urn: REGNSKAP_MED }], clientId: [clientId], allowedRedirectUrls: [], isVisible: false },
  });
  expect([200, 201], await registered.text()).toContain(registered.status());
  const externalRef = `test-${randomUUID()}`;
  const sent = await request.post("/authentication/api/v1/systemuser/request/vendor/agent", {
    headers: vendor,
    data: { systemId, partyOrgNo: ORGS.tiger.orgNo, externalRef, accessPackages: [{ urn: REGNSKAP_MED }] },
  });
  expect(sent.status(), await sent.text()).toBe(201);
  const req = (await sent.json()) as { id: string; confirmUrl: string };
  await approveInBrowser(browser, DRESS_MINST, req.confirmUrl);
  const dress = await portalSession(DRESS_MINST, ORGS.tiger.orgNo);
  const added = await dress.post(`${ENDUSER_API}/clients?agent=${req.id}&client=${clientUuid(ORGS.veik.orgNo)}`, { headers: SAME_ORIGIN });
  expect(added.status(), await added.text()).toBe(200);
  await dress.dispose();

  // the token names the facilitator; the client is the party in the URL
  const token = await getToken(request, client, { scopes: [SCOPES.kravOgBetalinger], systemUser: { orgNo: ORGS.tiger.orgNo, externalRef } });
  const ok = await request.get(KRAV(ORGS.veik.orgNo), { headers: bearer(token) });
  expect(ok.status(), await ok.text()).toBe(200);
  expectClaimsOf((await ok.json()) as KravBody, ORGS.veik.orgNo);
  // SITRONGUL is the firm's client, but not delegated to this system user; the firm itself is no client
  const notDelegated = await expectSkeError(await request.get(KRAV(ORGS.sitrongul.orgNo), { headers: bearer(token) }), 403, "KOB-403-TILGANG");
  expect(notDelegated.melding).toContain("NotApplicable");
  await expectSkeError(await request.get(KRAV(ORGS.tiger.orgNo), { headers: bearer(token) }), 403, "KOB-403-TILGANG");
});
