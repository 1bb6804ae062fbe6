// Stored request rows → the vendor's view of them, and the keys that make "one live X per triple" a
// database rule (schema.prisma: liveKey).
import { env } from "../env";
import type { SystemPackage, SystemRight } from "../registry/schema";
import type { RequestDto, RequestKind } from "./schema";
import { now as clockNow } from "../clock";

/** Altinn reports a request older than 180 days as timed out (reference §3). */
export const REQUEST_LIFETIME_DAYS = 180;

export function isTimedOut(created: Date, now = clockNow()): boolean {
  return now.getTime() - created.getTime() > REQUEST_LIFETIME_DAYS * 24 * 3600 * 1000;
}

export function requestLiveKey(kind: RequestKind, systemId: string, partyOrgNo: string, externalRef: string): string {
  return `${kind}|${systemId}|${partyOrgNo}|${externalRef}`;
}

/** Where the end user approves: Altinn's am.ui host, here the portal itself. */
export function confirmUrl(kind: RequestKind, id: string): string {
  const page = kind === "agent" ? "agentrequest" : "request";
  return `${env.baseUrl}/accessmanagement/ui/systemuser/${page}?id=${encodeURIComponent(id)}&DONTCHOOSEREPORTEE=true`;
}

/** RequestSystemUserController: `Created(platform + "authentication/api/v1/systemuser/request/" + id)`, for both kinds. */
export function requestLocation(id: string): string {
  return `${env.baseUrl}/authentication/api/v1/systemuser/request/${id}`;
}

export interface RequestRow {
  id: string;
  kind: string;
  systemId: string;
  partyOrgNo: string;
  externalRef: string;
  integrationTitle: string;
  rights: unknown;
  accessPackages: unknown;
  status: string;
  redirectUrl: string | null;
  escalated: boolean;
  created: Date;
}

const arr = <T>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : []);

export function toRequestDto(row: RequestRow, now = clockNow()): RequestDto {
  const kind: RequestKind = row.kind === "agent" ? "agent" : "standard";
  return {
    id: row.id,
    integrationTitle: row.integrationTitle,
    externalRef: row.externalRef,
    systemId: row.systemId,
    partyOrgNo: row.partyOrgNo,
    ...(kind === "standard" ? { rights: arr<SystemRight>(row.rights) } : {}),
    accessPackages: arr<SystemPackage>(row.accessPackages),
    status: row.status,
    redirectUrl: row.redirectUrl,
    confirmUrl: confirmUrl(kind, row.id),
    escalated: row.escalated,
    created: row.created.toISOString(),
    timedOut: isTimedOut(row.created, now),
  };
}

/**
 * RequestSystemUserService copies a stored request into a new response without `Escalated` in
 * GetRequestByGuid, GetRequestByExternalRef and GetAgentRequestByGuid: those reads (and the 200 of a
 * standard re-POST, which goes through GetRequestByExternalRef) always say `escalated: false`. Only
 * GetAgentRequestByExternalRef and the lists return the stored flag.
 */
export function toSingleReadDto(row: RequestRow, via: "id" | "externalRef", now = clockNow()): RequestDto {
  const dto = toRequestDto(row, now);
  const keepsEscalated = row.kind === "agent" && via === "externalRef";
  return keepsEscalated ? dto : { ...dto, escalated: false };
}

/** .NET's default(DateTime) as System.Text.Json writes it. */
export const UNSET_DATETIME = "0001-01-01T00:00:00";

/** The 201's body is the object the service built before storing it: `Created` never set, `escalated` false. */
export function toCreatedDto(row: RequestRow, now = clockNow()): RequestDto {
  return { ...toRequestDto(row, now), escalated: false, created: UNSET_DATETIME };
}
