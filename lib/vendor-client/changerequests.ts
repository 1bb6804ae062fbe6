// The vendor's side of a change request (ChangeRequestSystemUserController): ask the owner of a standard
// system user to add and remove rights and packages, give the confirmUrl to the customer, read its status.
import { text } from "../i18n/text";
import { randomUUID } from "node:crypto";
import { exchange } from "./http";
import type { AccessPackage, Right } from "./requests";
import type { StepResult } from "./types";

const CHANGE_API = "/authentication/api/v1/systemuser/changerequest/vendor";

export interface NewChangeRequest {
  systemUserId: string;
  /** The vendor's correlation id (becomes the change request's id); a new UUID when not given. */
  correlationId?: string;
  requiredRights?: Right[];
  unwantedRights?: Right[];
  requiredAccessPackages?: AccessPackage[];
  unwantedAccessPackages?: AccessPackage[];
  redirectUrl?: string;
}

export interface ChangeRequestView {
  id: string;
  status: string;
  confirmUrl?: string;
  [k: string]: unknown;
}

const base = (baseUrl: string) => baseUrl.replace(/\/+$/, "");

export async function createChangeRequest(baseUrl: string, token: string, req: NewChangeRequest): Promise<StepResult<ChangeRequestView>> {
  const { systemUserId, correlationId, ...body } = req;
  const query = new URLSearchParams({ "correlation-id": correlationId ?? randomUUID(), "system-user-id": systemUserId });
  const { step, body: res } = await exchange({
    title: text("createChange"),
    method: "POST",
    url: `${base(baseUrl)}${CHANGE_API}?${query}`,
    bearer: token,
    json: JSON.parse(JSON.stringify(body)),
  });
  return { step, value: step.ok ? (res as ChangeRequestView) : null };
}

export async function getChangeRequest(baseUrl: string, token: string, id: string): Promise<StepResult<ChangeRequestView>> {
  const { step, body } = await exchange({ title: text("readChange"), method: "GET", url: `${base(baseUrl)}${CHANGE_API}/${encodeURIComponent(id)}`, bearer: token });
  return { step, value: step.ok ? (body as ChangeRequestView) : null };
}
