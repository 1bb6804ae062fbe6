export { expectProblem, expectBare, expectBinding, expectString } from "./problems";
// Fixtures for the service-owner, PDP and Skatteetaten specs, built through the real HTTP contracts:
// Skatteetaten's tokens, XACML requests, and system users made by request + approval in the browser.
import { expect, type APIRequestContext, type APIResponse, type Browser } from "@playwright/test";
import { SignJWT, importJWK, type JWK } from "jose";
import { randomUUID } from "node:crypto";
import { currentSigningJwk } from "./test-db";
import { ORGS, SCOPES, SEED_RESOURCE_ID, SEED_SYSTEM_ID } from "../../prisma/cast";
import { approveInBrowser } from "./client-delegation";
import { DEMO_CLIENTS, decodeJwt, getToken } from "./maskinporten";
import { TEST_ENV } from "../test-env";
import { writePolicyXml } from "../../lib/resources/xacml-write";

export const RR_API = "/resourceregistry/api/v1/resource";
export const PDP_API = "/authorization/api/v1/authorize";
export const STADIG_KONSERT = "15919110098";
export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

export const resourceWriteToken = (request: APIRequestContext) => getToken(request, DEMO_CLIENTS.skatteetaten, { scopes: [SCOPES.resourceWrite] });
/**
 * `token` with another scope claim, signed with the issuer's own key from this run's throwaway database
 * (read-only): for scopes Maskinporten grants to no demo client, such as Altinn's own
 * `altinn:authorization/authorize.admin`.
 */
export async function withScope(token: string, scope: string): Promise<string> {
  const jwk = await currentSigningJwk();
  return new SignJWT({ ...decodeJwt(token), scope, jti: randomUUID() }).setProtectedHeader({ alg: "RS256", kid: jwk.kid, typ: "at+jwt" }).sign(await importJWK(jwk, "RS256"));
}

export const authorizeToken = (request: APIRequestContext) => getToken(request, DEMO_CLIENTS.skatteetaten, { scopes: [SCOPES.authorize] });
const vendorToken = (request: APIRequestContext) => getToken(request, DEMO_CLIENTS.smartcloud, { scopes: [SCOPES.systemregisterWrite, SCOPES.requestWrite] });


/** A XACML JSON request for one decision (reference §7). */
export function xacml(systemUserId: string, action: string, party: string, resource = SEED_RESOURCE_ID) {
  return {
    Request: {
      AccessSubject: [{ Attribute: [{ AttributeId: "urn:altinn:systemuser:uuid", Value: systemUserId }] }],
      Action: [{ Attribute: [{ AttributeId: "urn:oasis:names:tc:xacml:1.0:action:action-id", Value: action }] }],
      Resource: [
        {
          Attribute: [
            { AttributeId: "urn:altinn:resource", Value: resource },
            { AttributeId: "urn:altinn:organization:identifier-no", Value: party },
          ],
        },
      ],
    },
  };
}

/** XacmlJsonResultExternal as ASP.NET writes it (camelCase, nulls written; authorization-tmp Models/External). */
export interface XacmlResult {
  decision: string;
  status: { statusMessage: string | null; statusDetails: string[] | null; statusCode: { value: string; statusCode: unknown } };
  obligations: { id: string; attributeAssignment: Record<string, unknown>[] }[] | null;
  associateAdvice: unknown;
  category: unknown[] | null;
  policyIdentifierList: unknown;
}

export async function decide(request: APIRequestContext, token: string, body: unknown): Promise<XacmlResult[]> {
  const res = await request.post(PDP_API, { headers: bearer(token), data: body });
  expect(res.status(), await res.text()).toBe(200);
  return ((await res.json()) as { response: XacmlResult[] }).response;
}

/**
 * POST or PUT .../policy as Altinn's tools send it (ResourceControllerWithDbTests.SetResourcePolicy_OK,
 * Bruno "Creates a XACML policy for a resource"): the XACML file as the multipart field `policyFile`.
 */
export function uploadPolicy(request: APIRequestContext, token: string, identifier: string, xml: string | Buffer, method: "post" | "put" = "put"): Promise<APIResponse> {
  const buffer = typeof xml === "string" ? Buffer.from(xml, "utf8") : xml;
  return request[method](`${RR_API}/${identifier}/policy`, { headers: bearer(token), multipart: { policyFile: { name: "policy.xml", mimeType: "text/xml", buffer } } });
}

/** A policy file of Permit rules (subjects as urns), as the service owner's form writes it. */
export const policyXml = (identifier: string, rules: { subjects: string[]; actions: string[]; description?: string }[]) =>
  writePolicyXml(identifier, rules.map((r) => ({ description: "", ...r })));

/** Uploads a policy and expects the real 201. */
export async function putPolicy(request: APIRequestContext, token: string, identifier: string, rules: { subjects: string[]; actions: string[] }[]): Promise<void> {
  const res = await uploadPolicy(request, token, identifier, policyXml(identifier, rules));
  expect(res.status(), await res.text()).toBe(201);
}

export function uniqueId(prefix = "h3-test"): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

export function resourceBody(identifier: string, over: Record<string, unknown> = {}) {
  return {
    identifier,
    title: { nb: "Testressurs", nn: "Testressurs", en: "Test resource" },
    description: { nb: "Beskrivelse", nn: "Skildring", en: "Description" },
    hasCompetentAuthority: { organization: ORGS.skatteetaten.orgNo },
    resourceType: "Default",
    delegable: true,
    visible: true,
    resourceReferences: [{ referenceSource: "Default", reference: SCOPES.kravOgBetalinger, referenceType: "MaskinportenScope" }],
    accessListMode: "Disabled",
    status: "Completed",
    ...over,
  };
}

/** A SmartCloud system with rights on `resource` (read), for tests that must not touch the seeded one. */
export async function registerSystem(request: APIRequestContext, resource: string): Promise<string> {
  const id = `${ORGS.smartcloud.orgNo}_h3${randomUUID().slice(0, 8)}`;
  const text = { nb: "H3 testsystem", nn: "H3 testsystem", en: "H3 test system" };
  const res = await request.post("/authentication/api/v1/systemregister/vendor", {
    headers: bearer(await vendorToken(request)),
    data: {
      id,
      vendor: { authority: "iso6523-actorid-upis", ID: `0192:${ORGS.smartcloud.orgNo}` },
      name: text,
      description: text,
      rights: [{ action: "read", resource: [{ id: "urn:altinn:resource", value: resource }] }],
      accessPackages: [],
      clientId: [],
      allowedRedirectUrls: [],
      isVisible: false,
    },
  });
  // the System Register answers a registration with 200 (the real one) or 201
  expect([200, 201], await res.text()).toContain(res.status());
  return id;
}

/** A standard system user of TILFELDIG SUBTIL APE with read on `resource`, approved by STADIG KONSERT. */
export async function createApeSystemUser(
  request: APIRequestContext,
  browser: Browser,
  opts: { systemId?: string; resource?: string } = {},
): Promise<{ id: string; externalRef: string }> {
  const externalRef = `test-${randomUUID()}`;
  const res = await request.post("/authentication/api/v1/systemuser/request/vendor", {
    headers: bearer(await vendorToken(request)),
    data: {
      systemId: opts.systemId ?? SEED_SYSTEM_ID,
      partyOrgNo: ORGS.ape.orgNo,
      externalRef,
      rights: [{ action: "read", resource: [{ id: "urn:altinn:resource", value: opts.resource ?? SEED_RESOURCE_ID }] }],
    },
  });
  expect(res.status(), await res.text()).toBe(201);
  const created = (await res.json()) as { id: string; confirmUrl: string };
  await approveInBrowser(browser, STADIG_KONSERT, created.confirmUrl);
  return { id: created.id, externalRef };
}
