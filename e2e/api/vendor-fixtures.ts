export { expectProblem, expectBare, expectBinding } from "../support/problems";
// Shared by the System Register and request specs: vendor tokens, a fresh system per test, and the
// exact-problem assertion.
import { expect, type APIRequestContext, type APIResponse } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { DEMO_CLIENTS, getToken, type DemoClient } from "../support/maskinporten";

export const SCOPE = {
  registry: "altinn:authentication/systemregister.write",
  requestWrite: "altinn:authentication/systemuser.request.write",
  requestRead: "altinn:authentication/systemuser.request.read",
} as const;
export const ALL_VENDOR_SCOPES = [SCOPE.registry, SCOPE.requestWrite, SCOPE.requestRead];
export const SMARTCLOUD = DEMO_CLIENTS.smartcloud;
export const KONKURRENT = DEMO_CLIENTS.konkurrent;
export const REGISTRY = "/authentication/api/v1/systemregister";
export const REQUESTS = "/authentication/api/v1/systemuser/request";
export const RESOURCE = "ske-krav-og-betalinger";
export const PKG = "urn:altinn:accesspackage:";

export async function bearer(request: APIRequestContext, client: DemoClient = SMARTCLOUD, scopes: string[] = ALL_VENDOR_SCOPES) {
  return { authorization: `Bearer ${await getToken(request, client, { scopes })}` };
}

/** A unique system id of the vendor, e.g. 991825827_test-1a2b3c4d. */
export function uniqueSystemId(orgNo = SMARTCLOUD.orgNo): string {
  return `${orgNo}_test-${randomUUID().slice(0, 8)}`;
}

export function systemBody(id: string, over: Record<string, unknown> = {}) {
  const orgNo = id.slice(0, 9);
  return {
    id,
    vendor: { authority: "iso6523-actorid-upis", ID: `0192:${orgNo}` },
    name: { nb: "Testsystem", nn: "Testsystem", en: "Test system" },
    description: { nb: "Til test", nn: "Til test", en: "For tests" },
    rights: [{ action: "read", resource: [{ id: "urn:altinn:resource", value: RESOURCE }] }],
    accessPackages: [{ urn: `${PKG}skatt-naering` }],
    clientId: [],
    allowedRedirectUrls: ["https://smartcloud.example/altinn/callback"],
    isVisible: true,
    ...over,
  };
}

/** Registers a fresh system for the vendor of `headers` and returns its id. */
export async function registerSystem(request: APIRequestContext, headers: Record<string, string>, over: Record<string, unknown> = {}, orgNo?: string) {
  const id = uniqueSystemId(orgNo);
  const res = await request.post(`${REGISTRY}/vendor`, { headers, data: systemBody(id, over) });
  expect(res.status(), await res.text()).toBe(200);
  return id;
}

/** The response is problem+json with exactly this status and code. */
