// The vendor's side of creating a system user (reference §3): ask for a request with an ordinary vendor
// token, give the returned confirmUrl to the customer, then poll the request until it leaves `New`.
import { text } from "../i18n/text";
import { exchange } from "./http";
import type { StepResult } from "./types";

export const VENDOR_SCOPES = {
  systemregisterWrite: "altinn:authentication/systemregister.write",
  requestWrite: "altinn:authentication/systemuser.request.write",
  requestRead: "altinn:authentication/systemuser.request.read",
} as const;

const REQUEST_API = "/authentication/api/v1/systemuser/request/vendor";

export interface Right {
  action?: string;
  resource: { id: string; value: string }[];
}
export interface AccessPackage {
  urn: string;
}

export interface NewRequest {
  /** Agent requests (reference §3): the party is the facilitator and only client packages are asked for. */
  agent: boolean;
  systemId: string;
  partyOrgNo: string;
  externalRef?: string;
  integrationTitle?: string;
  rights?: Right[];
  accessPackages?: AccessPackage[];
  redirectUrl?: string;
}

export interface SystemUserRequestView {
  id: string;
  status: string;
  confirmUrl?: string;
  systemId?: string;
  partyOrgNo?: string;
  externalRef?: string;
  [k: string]: unknown;
}

function base(baseUrl: string): string {
  return baseUrl.replace(/\/+$/, "");
}

export async function createRequest(baseUrl: string, token: string, req: NewRequest): Promise<StepResult<SystemUserRequestView>> {
  const { agent, ...fields } = req;
  const body = agent ? { ...fields, rights: undefined } : fields;
  const { step, body: res } = await exchange({
    title: text(agent ? "createAgentRequest" : "createRequest"),
    method: "POST",
    url: `${base(baseUrl)}${REQUEST_API}${agent ? "/agent" : ""}`,
    bearer: token,
    json: JSON.parse(JSON.stringify(body)),
  });
  return { step, value: step.ok ? (res as SystemUserRequestView) : null };
}

export async function getRequest(baseUrl: string, token: string, requestId: string, agent: boolean): Promise<StepResult<SystemUserRequestView>> {
  const { step, body } = await exchange({
    title: text("readRequest"),
    method: "GET",
    url: `${base(baseUrl)}${REQUEST_API}${agent ? "/agent" : ""}/${encodeURIComponent(requestId)}`,
    bearer: token,
  });
  return { step, value: step.ok ? (body as SystemUserRequestView) : null };
}

export interface RegisteredSystemView {
  id: string;
  rights?: Right[];
  accessPackages?: AccessPackage[];
  [k: string]: unknown;
}

/** The vendor's own system from the System Register, to ask for all of its rights by default. */
export async function getSystem(baseUrl: string, token: string, systemId: string): Promise<StepResult<RegisteredSystemView>> {
  const { step, body } = await exchange({
    title: text("readSystem", { system: systemId }),
    method: "GET",
    url: `${base(baseUrl)}/authentication/api/v1/systemregister/vendor/${encodeURIComponent(systemId)}`,
    bearer: token,
  });
  return { step, value: step.ok ? (body as RegisteredSystemView) : null };
}
