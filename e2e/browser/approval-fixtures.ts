// Shared by the end-user specs: requests created over HTTP as SmartCloud, the vendor's reads, and the
// cast members who take part in approval.
import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { PKG, REQUESTS, RESOURCE } from "../api/vendor-fixtures";
import { loginAs } from "./helpers";

export const PERSON = {
  stadig: "15919110098", // daglig leder + tilgangsstyrer, TILFELDIG SUBTIL APE
  mus: "02877310097", // employee of APE without rights
  dress: "06857897380", // daglig leder + tilgangsstyrer, TILBAKEHOLDEN USYMMETRISK TIGER AS
  hare: "09909410026", // styrets leder + tilgangsstyrer of KONKURRENT DATA AS (LEDE is not in the resource's policy)
} as const;

export const ORG = { ape: "310904473", tiger: "314250052", konkurrent: "315000009" } as const;

export const KRAV_RIGHT = { resource: [{ id: "urn:altinn:resource", value: RESOURCE }] };
export const KRAV_READ = { action: "read", ...KRAV_RIGHT };
export const SKATT_NAERING = { urn: `${PKG}skatt-naering` };

export interface RequestDto {
  id: string;
  status: string;
  escalated: boolean;
  confirmUrl: string;
  redirectUrl: string | null;
}

export async function createRequest(request: APIRequestContext, headers: Record<string, string>, body: Record<string, unknown>, agent = false): Promise<RequestDto> {
  const res = await request.post(`${REQUESTS}/vendor${agent ? "/agent" : ""}`, { headers, data: body });
  const text = await res.text();
  expect(res.status(), text).toBe(201);
  return JSON.parse(text) as RequestDto;
}

export async function readRequest(request: APIRequestContext, headers: Record<string, string>, id: string, agent = false): Promise<RequestDto> {
  const res = await request.get(`${REQUESTS}/vendor/${agent ? "agent/" : ""}${id}`, { headers });
  expect(res.status(), await res.text()).toBe(200);
  return (await res.json()) as RequestDto;
}

/** The vendor's view: GET /systemuser/vendor/byquery. */
export async function systemUserByQuery(request: APIRequestContext, headers: Record<string, string>, systemId: string, orgNo: string, externalRef: string) {
  const q = new URLSearchParams({ "system-id": systemId, orgno: orgNo, "external-ref": externalRef });
  return request.get(`/authentication/api/v1/systemuser/vendor/byquery?${q}`, { headers });
}

/** The confirmUrl's path and query, for page.goto on the test server. */
export function confirmPath(dto: RequestDto): string {
  const u = new URL(dto.confirmUrl);
  return `${u.pathname}${u.search}`;
}

/** Opens the confirm page without a session: login first, then back to the page (no party chooser). */
export async function openAs(page: Page, pid: string, path: string) {
  await page.context().clearCookies();
  await page.goto(path);
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  await loginAs(page, pid, { callbackUrl: path });
  expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(path);
}

/** Points the hidden input `name` of the page's form at another value (a forged form post). */
export async function forgeHidden(page: Page, name: string, value: string) {
  // after hydration: React would otherwise write the rendered value back over the forged one
  await page.waitForLoadState("networkidle");
  await page.evaluate(([n, v]) => {
    const input = document.querySelector<HTMLInputElement>(`input[type="hidden"][name="${n}"]`);
    if (!input) throw new Error(`no hidden input ${n}`);
    input.value = v!;
  }, [name, value]);
}

/** Turns the first submit button with `fromValue` into one that posts `toValue` (a forged decision). */
export async function forgeDecision(page: Page, fromValue: string, toValue: string) {
  await page.evaluate(([from, to]) => {
    const button = document.querySelector<HTMLButtonElement>(`button[name="decision"][value="${from}"]`);
    if (!button) throw new Error(`no ${from} button`);
    button.value = to!;
  }, [fromValue, toValue]);
}
