// The contract as documents (lib/openapi): the OpenAPI 3.1 documents at Altinn's Swagger paths cover
// every route of the mirrored APIs and nothing else, their references resolve, live answers match the
// schemas they name, and the request collection (e2e/http) calls only documented operations.
import { expect, test, type APIResponse } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { ORGS, SCOPES, SEED_ACCESS_LIST_ID, SEED_RESOURCE_ID, SEED_SYSTEM_ID } from "../../prisma/cast";
import { DRESS_MINST } from "../support/client-delegation";
import { answerValidator, type Operation } from "../../lib/openapi/document";
import { DOCUMENTS, type DocumentName } from "../../lib/openapi/operations";
import { DOCUMENT_PATHS } from "../../lib/openapi/serve";
import { DEMO_CLIENTS, getToken, signGrant } from "../support/maskinporten";
import { RESPONSE_SCHEMAS } from "../../lib/openapi/schemas";
import { openApiProblems } from "../../lib/openapi/validate";

type Doc = { openapi: string; servers: { url: string }[]; paths: Record<string, Record<string, { responses: Record<string, unknown> }>>; components: { schemas: Record<string, unknown> } };

const NAMES = Object.keys(DOCUMENTS) as DocumentName[];
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

/** Every (METHOD path) an app/ route file under `dir` implements, in OpenAPI's path syntax. */
function routesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name === "route.ts") {
        const src = readFileSync(p, "utf8");
        const path = d.slice("app".length).replace(/\[([^\]]+)\]/g, "{$1}");
        for (const m of METHODS) if (new RegExp(`export (const|async function|function) ${m}\\b`).test(src)) out.push(`${m} ${path}`);
      }
    }
  };
  walk(dir);
  return out.sort();
}

const operationKeys = (name: DocumentName) => DOCUMENTS[name].operations.map((o) => `${o.method.toUpperCase()} ${DOCUMENTS[name].info.basePath}${o.path}`).sort();

test("each document is served at its path as a valid OpenAPI 3.1 document, and every $ref resolves", async ({ request }) => {
  for (const name of NAMES) {
    const res = await request.get(DOCUMENT_PATHS[name]);
    expect(res.status(), name).toBe(200);
    expect(res.headers()["content-type"]).toContain("application/json");
    const doc = (await res.json()) as Doc;
    expect(doc.openapi).toBe("3.1.0");
    // OpenAPI 3.1's own rules (path parameters, unique operationIds, responses, security, $refs)
    expect(openApiProblems(doc), name).toEqual([]);
    expect(doc.servers[0]!.url).toMatch(new RegExp(`${DOCUMENTS[name].info.basePath}$`));
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length, name).toBeGreaterThan(0);
    for (const r of refs) expect(doc.components.schemas, `${name}: $ref ${r}`).toHaveProperty(r);
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) expect(Object.keys(op.responses).length, `${method} ${path}`).toBeGreaterThan(0);
    }
  }
});

test("the documents name exactly the routes the portal implements", () => {
  expect(operationKeys("authentication")).toEqual(routesUnder("app/authentication/api/v1").filter((r) => !r.includes("/openid/")));
  expect(operationKeys("authorization")).toEqual(routesUnder("app/authorization/api/v1"));
  expect(operationKeys("resourceregistry")).toEqual(routesUnder("app/resourceregistry/api/v1"));
  expect(operationKeys("maskinporten")).toEqual(routesUnder("app/maskinporten").filter((r) => !r.includes("well-known")));
});

function operation(name: DocumentName, method: Operation["method"], path: string): Operation {
  const op = DOCUMENTS[name].operations.find((o) => o.method === method && o.path === path);
  if (!op) throw new Error(`No operation ${method} ${path} in ${name}`);
  return op;
}

/** The live answer is one the document lists, in the schema it names for that status. */
async function conforms(res: APIResponse, name: DocumentName, method: Operation["method"], path: string): Promise<unknown> {
  const op = operation(name, method, path);
  expect(Object.keys(op.responses), `${method} ${path} answered ${res.status()}`).toContain(String(res.status()));
  const schema = answerValidator(op, res.status());
  if (!schema) return null;
  const body = await res.json();
  const parsed = schema.safeParse(body);
  expect(parsed.success, `${method} ${path} ${res.status()}: ${parsed.error?.message}`).toBe(true);
  return body;
}

test("live answers of the Authentication API match the documented schemas", async ({ request }) => {
  const token = await getToken(request, DEMO_CLIENTS.smartcloud, { scopes: [SCOPES.systemregisterWrite, SCOPES.requestWrite, SCOPES.requestRead] });
  const headers = { authorization: `Bearer ${token}` };
  const base = "/authentication/api/v1";
  await conforms(await request.get(`${base}/systemregister/vendor/${SEED_SYSTEM_ID}`, { headers }), "authentication", "get", "/systemregister/vendor/{systemId}");
  await conforms(await request.get(`${base}/systemregister/vendor`, { headers }), "authentication", "get", "/systemregister/vendor");
  await conforms(await request.get(`${base}/systemregister/vendor/${SEED_SYSTEM_ID}/changelog`, { headers }), "authentication", "get", "/systemregister/vendor/{systemId}/changelog");
  const created = await request.post(`${base}/systemuser/request/vendor`, {
    headers,
    data: { systemId: SEED_SYSTEM_ID, partyOrgNo: ORGS.ape.orgNo, externalRef: `openapi-${randomUUID()}`, rights: [{ resource: [{ id: "urn:altinn:resource", value: SEED_RESOURCE_ID }] }] },
  });
  expect(created.status()).toBe(201);
  const req = (await conforms(created, "authentication", "post", "/systemuser/request/vendor")) as { id: string };
  await conforms(await request.get(`${base}/systemuser/request/vendor/${req.id}`, { headers }), "authentication", "get", "/systemuser/request/vendor/{requestId}");
  await conforms(await request.get(`${base}/systemuser/request/vendor/bysystem/${SEED_SYSTEM_ID}`, { headers }), "authentication", "get", "/systemuser/request/vendor/bysystem/{systemId}");
  await conforms(await request.get(`${base}/systemuser/vendor/bysystem/${SEED_SYSTEM_ID}`, { headers }), "authentication", "get", "/systemuser/vendor/bysystem/{systemId}");
  // errors: a domain validation problem, ASP.NET's binding problem, a bare 401
  const invalid = await request.post(`${base}/systemuser/request/vendor`, { headers, data: { systemId: SEED_SYSTEM_ID, partyOrgNo: "123" } });
  expect(invalid.status()).toBe(400);
  await conforms(invalid, "authentication", "post", "/systemuser/request/vendor");
  const unbound = await request.post(`${base}/systemuser/request/vendor`, { headers, data: { systemId: 42 } });
  expect(unbound.status()).toBe(400);
  expect(RESPONSE_SCHEMAS.ValidationProblemDetails.safeParse(await unbound.json()).success).toBe(true);
  await conforms(await request.get(`${base}/systemuser/request/vendor/${req.id}`), "authentication", "get", "/systemuser/request/vendor/{requestId}");
});

test("live answers of change requests and system users match the documented schemas", async ({ request }) => {
  // The state through the control API (a pending change request on a fresh system user of its own).
  const built = await request.post("/simulator/api/scenarios/change-request-pending", { data: { externalRef: `openapi-${randomUUID()}` } });
  expect(built.status()).toBe(201);
  const s = (await built.json()) as { systemId: string; partyOrgNo: string; externalRef: string; systemUserId: string; changeRequestId: string };
  const token = await getToken(request, DEMO_CLIENTS.smartcloud, { scopes: [SCOPES.systemregisterWrite, SCOPES.requestWrite, SCOPES.requestRead] });
  const headers = { authorization: `Bearer ${token}` };
  const base = "/authentication/api/v1";
  const triple = `${s.systemId}/${s.partyOrgNo}/${encodeURIComponent(s.externalRef)}`;
  await conforms(await request.get(`${base}/systemuser/changerequest/vendor/${s.changeRequestId}`, { headers }), "authentication", "get", "/systemuser/changerequest/vendor/{requestId}");
  await conforms(await request.get(`${base}/systemuser/changerequest/vendor/byexternalref/${triple}`, { headers }), "authentication", "get", "/systemuser/changerequest/vendor/byexternalref/{systemId}/{orgNo}/{externalRef}");
  await conforms(await request.get(`${base}/systemuser/changerequest/vendor/bysystem/${s.systemId}`, { headers }), "authentication", "get", "/systemuser/changerequest/vendor/bysystem/{systemId}");
  await conforms(await request.get(`${base}/systemuser/changerequest/vendor/${randomUUID()}`, { headers }), "authentication", "get", "/systemuser/changerequest/vendor/{requestId}");
  const q = new URLSearchParams({ "system-id": s.systemId, orgno: s.partyOrgNo, "external-ref": s.externalRef });
  const su = (await conforms(await request.get(`${base}/systemuser/vendor/byquery?${q}`, { headers }), "authentication", "get", "/systemuser/vendor/byquery")) as { id: string };
  expect(su.id).toBe(s.systemUserId);
});

test("live answers of the seed's reads (policy, access lists, agents, exchange) match the documented schemas", async ({ request }) => {
  const rr = `/resourceregistry/api/v1/resource/${SEED_RESOURCE_ID}`;
  for (const sub of ["policy/subjects", "policy/rules", "policy/rights"]) {
    const res = await request.get(`${rr}/${sub}`);
    expect(res.status(), sub).toBe(200);
    await conforms(res, "resourceregistry", "get", `/resource/{id}/${sub}`);
  }
  const skd = { authorization: `Bearer ${await getToken(request, DEMO_CLIENTS.skatteetaten, { scopes: [SCOPES.accessListRead] })}` };
  const al = "/resourceregistry/api/v1/access-lists/skd";
  await conforms(await request.get(al, { headers: skd }), "resourceregistry", "get", "/access-lists/{owner}");
  await conforms(await request.get(`${al}/${SEED_ACCESS_LIST_ID}`, { headers: skd }), "resourceregistry", "get", "/access-lists/{owner}/{identifier}");
  await conforms(await request.get(`${al}/${SEED_ACCESS_LIST_ID}/members`, { headers: skd }), "resourceregistry", "get", "/access-lists/{owner}/{identifier}/members");
  await conforms(await request.get(`${al}/${SEED_ACCESS_LIST_ID}/resource-connections`, { headers: skd }), "resourceregistry", "get", "/access-lists/{owner}/{identifier}/resource-connections");
  await conforms(await request.get(`${al}/no-such-list`, { headers: skd }), "resourceregistry", "get", "/access-lists/{owner}/{identifier}");

  const person = await request.get(`/simulator/api/token/person?pid=${DRESS_MINST}&scopes=altinn:clientdelegations.read`);
  const agents = await request.get(`/authentication/api/v1/enduser/systemuser/agents?party=${ORGS.tiger.orgNo}`, { headers: { authorization: `Bearer ${await person.text()}` } });
  expect(agents.status()).toBe(200);
  await conforms(agents, "authentication", "get", "/enduser/systemuser/agents");
  const vendor = await getToken(request, DEMO_CLIENTS.smartcloud, { scopes: [SCOPES.requestRead] });
  const exchanged = await request.get("/authentication/api/v1/exchange/maskinporten", { headers: { authorization: `Bearer ${vendor}` } });
  expect(exchanged.status()).toBe(200);
  await conforms(exchanged, "authentication", "get", "/exchange/{tokenProvider}");
});

test("live answers of the PDP, the Resource Registry and Maskinporten match the documented schemas", async ({ request }) => {
  const pdpToken = await getToken(request, DEMO_CLIENTS.skatteetaten, { scopes: [SCOPES.authorize] });
  const decision = await request.post("/authorization/api/v1/authorize", {
    headers: { authorization: `Bearer ${pdpToken}` },
    data: {
      Request: {
        AccessSubject: [{ Attribute: [{ AttributeId: "urn:altinn:systemuser:uuid", Value: randomUUID() }] }],
        Action: [{ Attribute: [{ AttributeId: "urn:oasis:names:tc:xacml:1.0:action:action-id", Value: "read", DataType: "http://www.w3.org/2001/XMLSchema#string" }] }],
        Resource: [{ Attribute: [{ AttributeId: "urn:altinn:resource", Value: SEED_RESOURCE_ID }, { AttributeId: "urn:altinn:organization:identifier-no", Value: ORGS.ape.orgNo }] }],
      },
    },
  });
  expect(decision.status()).toBe(200);
  const body = (await conforms(decision, "authorization", "post", "/authorize")) as { response: { decision: string }[] };
  expect(body.response[0]!.decision).toBe("NotApplicable");

  await conforms(await request.get("/resourceregistry/api/v1/resource/resourcelist"), "resourceregistry", "get", "/resource/resourcelist");
  await conforms(await request.get(`/resourceregistry/api/v1/resource/${SEED_RESOURCE_ID}`), "resourceregistry", "get", "/resource/{id}");

  const refused = await request.post("/maskinporten/token", { form: { grant_type: "urn:ietf:params:oauth:grant-type:jwt-bearer", assertion: "not-a-jwt" } });
  expect(refused.status()).toBe(400);
  await conforms(refused, "maskinporten", "post", "/token");
  // a token answer (getToken already checked the status): its shape
  const grantOk = await request.post("/maskinporten/token", { form: { grant_type: "urn:ietf:params:oauth:grant-type:jwt-bearer", assertion: await signGrant(DEMO_CLIENTS.smartcloud, { scopes: [SCOPES.requestRead] }) } });
  expect(grantOk.status()).toBe(200);
  await conforms(grantOk, "maskinporten", "post", "/token");
});

test("the request collection calls only documented operations", () => {
  const text = readFileSync("e2e/http/altinn-systemuser.http", "utf8");
  const calls = [...text.matchAll(/^(GET|POST|PUT|PATCH|DELETE) \{\{base\}\}(\S+)$/gm)].map((m) => ({ method: m[1]!.toLowerCase(), path: m[2]!.split("?")[0]! }));
  expect(calls.length).toBeGreaterThan(8);
  const documented = NAMES.flatMap((n) => DOCUMENTS[n].operations.map((o) => ({ method: o.method, pattern: new RegExp(`^${(DOCUMENTS[n].info.basePath + o.path).replace(/\{[^}]+\}/g, "[^/]+")}$`) })));
  // the service owner's API and the issuer's metadata are the simulator's own, outside Altinn's documents
  const own = [/^\/skatteetaten\/api\//, /^\/maskinporten\/\.well-known\//];
  for (const c of calls) {
    const path = c.path.replace(/\{\{\w+\}\}/g, "x");
    const ok = documented.some((d) => d.method === c.method && d.pattern.test(path)) || own.some((r) => r.test(path));
    expect(ok, `${c.method.toUpperCase()} ${c.path}`).toBe(true);
  }
});

test("the reference page lists every operation, offline", async ({ request }) => {
  const res = await request.get("/simulator/api-reference");
  expect(res.status()).toBe(200);
  const html = await res.text();
  const total = NAMES.reduce((n, name) => n + DOCUMENTS[name].operations.length, 0);
  expect(html.match(/data-testid="operation"/g)?.length).toBe(total);
  for (const name of NAMES) expect(html).toContain(`href="${DOCUMENT_PATHS[name]}"`);
  // nothing fetched from elsewhere
  expect(html).not.toMatch(/<(script|link)[^>]+(src|href)="https?:\/\/(?!localhost)/);
});
