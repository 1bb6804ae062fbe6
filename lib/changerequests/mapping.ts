// Stored change requests (SystemUserRequest rows of kind "change", id = the vendor's correlation id) →
// ChangeRequestResponse.
import { env } from "../env";
import type { SystemPackage, SystemRight } from "../registry/schema";
import { isTimedOut } from "../requests/mapping";
import type { ChangeRequestDto } from "./schema";
import { now as clockNow } from "../clock";

export const CHANGE_KIND = "change";

/** ChangeRequestSystemUserController: CONFIRMURL1 + host + "/accessmanagement/ui/systemuser/changerequest?id=" + id + "&DONTCHOOSEREPORTEE=true". */
export function changeConfirmUrl(id: string): string {
  return `${env.baseUrl}${changeConfirmPath(id)}`;
}

export function changeConfirmPath(id: string): string {
  return `/accessmanagement/ui/systemuser/changerequest?id=${encodeURIComponent(id)}&DONTCHOOSEREPORTEE=true`;
}

/** CreateChangeRequest: Created(platform + "authentication/api/v1/systemuser/changerequest/" + id). */
export function changeLocation(id: string): string {
  return `${env.baseUrl}/authentication/api/v1/systemuser/changerequest/${id}`;
}

export interface ChangeRow {
  id: string;
  systemId: string;
  partyOrgNo: string;
  externalRef: string;
  systemUserId: string | null;
  requiredRights: unknown;
  unwantedRights: unknown;
  requiredAccessPackages: unknown;
  unwantedAccessPackages: unknown;
  status: string;
  redirectUrl: string | null;
  created: Date;
}

const arr = <T>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : []);

export function toChangeDto(row: ChangeRow, now = clockNow()): ChangeRequestDto {
  return {
    id: row.id,
    externalRef: row.externalRef,
    systemId: row.systemId,
    systemUserId: row.systemUserId ?? "",
    partyOrgNo: row.partyOrgNo,
    requiredRights: arr<SystemRight>(row.requiredRights),
    unwantedRights: arr<SystemRight>(row.unwantedRights),
    requiredAccessPackages: arr<SystemPackage>(row.requiredAccessPackages),
    unwantedAccessPackages: arr<SystemPackage>(row.unwantedAccessPackages),
    status: row.status,
    redirectUrl: row.redirectUrl,
    confirmUrl: changeConfirmUrl(row.id),
    created: row.created.toISOString(),
    timedOut: isTimedOut(row.created, now),
  };
}
