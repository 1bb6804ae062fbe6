// The vendor's flows as sequences of recorded steps; each stops at the first failed step. Shared by the
// CLI (lib/vendor-client/cli.ts) and the portal's console (lib/vendor-client/console.ts).
import { text } from "../i18n/text";
import { createChangeRequest, getChangeRequest, type ChangeRequestView, type NewChangeRequest } from "./changerequests";
import type { SystemUserSelector } from "./grant";
import { exchange } from "./http";
import { decodeForDisplay } from "./jwt";
import { discoverIssuer, requestToken, type IssuedToken } from "./maskinporten";
import { createRequest, getRequest, getSystem, VENDOR_SCOPES, type NewRequest, type SystemUserRequestView } from "./requests";
import { fetchKrav, KRAV_OG_BETALINGER_SCOPE, type KravResponse } from "./skatteetaten";
import type { StepRecord, VendorCredentials } from "./types";

export interface Flow<T> {
  ok: boolean;
  steps: StepRecord[];
  value: T | null;
}

export async function tokenFlow(creds: VendorCredentials, scopes: string[], systemUser?: SystemUserSelector): Promise<Flow<IssuedToken>> {
  const meta = await discoverIssuer(creds.baseUrl);
  if (!meta.value) return { ok: false, steps: [meta.step], value: null };
  const token = await requestToken(creds, meta.value, { scopes, systemUser });
  return { ok: token.value !== null, steps: [meta.step, token.step], value: token.value };
}

/**
 * A Maskinporten token exchanged for an Altinn token (AuthenticationController exchange/maskinporten):
 * the answer is the token as plain text, shown decoded.
 */
export async function exchangeFlow(creds: VendorCredentials, scopes: string[], systemUser?: SystemUserSelector): Promise<Flow<string>> {
  const token = await tokenFlow(creds, scopes, systemUser);
  if (!token.value) return { ...token, value: null };
  const ex = await exchange({ title: text("exchange"), method: "GET", url: `${creds.baseUrl}/authentication/api/v1/exchange/maskinporten`, bearer: token.value.accessToken });
  const altinnToken = ex.step.ok && typeof ex.body === "string" ? ex.body : null;
  const decoded = altinnToken ? decodeForDisplay(text("altinnTokenJwt"), altinnToken) : null;
  if (decoded) ex.step.jwts.push(decoded);
  return { ok: altinnToken !== null, steps: [...token.steps, ex.step], value: altinnToken };
}

export interface CallInput {
  systemUser: SystemUserSelector;
  /** The party whose claims are read: the owner (standard) or a client of the facilitator (agent). */
  partyOrgNo?: string;
  scopes?: string[];
}

/** Runtime (reference §1 step 7): system-user token, then the API call for the party. */
export async function callFlow(creds: VendorCredentials, input: CallInput): Promise<Flow<KravResponse>> {
  const token = await tokenFlow(creds, input.scopes ?? [KRAV_OG_BETALINGER_SCOPE], input.systemUser);
  if (!token.value) return { ...token, value: null };
  const call = await fetchKrav(creds.baseUrl, token.value.accessToken, input.partyOrgNo ?? input.systemUser.orgNo);
  return { ok: call.value !== null, steps: [...token.steps, call.step], value: call.value };
}

/** Creates a request; without rights or packages given, asks for everything the system offers. */
export async function requestFlow(creds: VendorCredentials, req: NewRequest): Promise<Flow<SystemUserRequestView>> {
  const needSystem = !req.rights?.length && !req.accessPackages?.length;
  const scopes = needSystem ? [VENDOR_SCOPES.requestWrite, VENDOR_SCOPES.systemregisterWrite] : [VENDOR_SCOPES.requestWrite];
  const token = await tokenFlow(creds, scopes);
  if (!token.value) return { ...token, value: null };
  const steps = [...token.steps];
  let body = req;
  if (needSystem) {
    const system = await getSystem(creds.baseUrl, token.value.accessToken, req.systemId);
    steps.push(system.step);
    if (!system.value) return { ok: false, steps, value: null };
    body = req.agent
      ? { ...req, accessPackages: system.value.accessPackages ?? [] }
      : { ...req, rights: system.value.rights ?? [], accessPackages: system.value.accessPackages ?? [] };
  }
  const created = await createRequest(creds.baseUrl, token.value.accessToken, body);
  steps.push(created.step);
  return { ok: created.value !== null, steps, value: created.value };
}

/**
 * Reads a request; without `agent`, a standard request is looked for first and, when there is none
 * (404), the agent request of that id: the vendor need not remember which kind it asked for.
 */
export async function statusFlow(creds: VendorCredentials, requestId: string, agent: boolean): Promise<Flow<SystemUserRequestView>> {
  const token = await tokenFlow(creds, [VENDOR_SCOPES.requestRead]);
  if (!token.value) return { ...token, value: null };
  const steps = [...token.steps];
  let read = await getRequest(creds.baseUrl, token.value.accessToken, requestId, agent);
  steps.push(read.step);
  if (!agent && read.step.response?.status === 404) {
    read = await getRequest(creds.baseUrl, token.value.accessToken, requestId, true);
    steps.push(read.step);
  }
  return { ok: read.value !== null, steps, value: read.value };
}

/** Creates a change request (request.write), or reads one (request.read). */
export async function changeRequestFlow(creds: VendorCredentials, input: { create: NewChangeRequest } | { id: string }): Promise<Flow<ChangeRequestView>> {
  const token = await tokenFlow(creds, ["create" in input ? VENDOR_SCOPES.requestWrite : VENDOR_SCOPES.requestRead]);
  if (!token.value) return { ...token, value: null };
  const r = "create" in input ? await createChangeRequest(creds.baseUrl, token.value.accessToken, input.create) : await getChangeRequest(creds.baseUrl, token.value.accessToken, input.id);
  return { ok: r.value !== null, steps: [...token.steps, r.step], value: r.value };
}
