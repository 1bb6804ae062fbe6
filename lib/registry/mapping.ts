// Stored system rows ↔ the System Register's wire format.
import { createHash } from "node:crypto";
import { toIso6523OrgId } from "../identifiers/orgno";
import type { ChangeLogEntry, RegisteredSystemDto, SystemPackage, SystemRight } from "./schema";

export interface SystemRow {
  id: string;
  vendorOrgNo: string;
  nameNb: string;
  nameNn: string;
  nameEn: string;
  descriptionNb: string;
  descriptionNn: string;
  descriptionEn: string;
  rights: unknown;
  accessPackages: unknown;
  allowedRedirectUrls: unknown;
  isVisible: boolean;
  isDeleted: boolean;
  clientIds?: { clientId: string }[];
}

const arr = <T>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : []);

export function toSystemDto(row: SystemRow): RegisteredSystemDto {
  return {
    id: row.id,
    vendor: { authority: "iso6523-actorid-upis", ID: toIso6523OrgId(row.vendorOrgNo) },
    name: { nb: row.nameNb, nn: row.nameNn, en: row.nameEn },
    description: { nb: row.descriptionNb, nn: row.descriptionNn, en: row.descriptionEn },
    rights: arr<SystemRight>(row.rights),
    accessPackages: arr<SystemPackage>(row.accessPackages),
    clientId: (row.clientIds ?? []).map((c) => c.clientId).sort(),
    allowedRedirectUrls: arr<string>(row.allowedRedirectUrls),
    isVisible: row.isVisible,
    isDeleted: row.isDeleted,
  };
}

/** Rights as stored: one resource attribute each, action only when named. */
export function storedRights(rights: readonly SystemRight[]): SystemRight[] {
  return rights.map((r) => ({ ...(r.action ? { action: r.action } : {}), resource: r.resource.map((a) => ({ id: a.id, value: a.value })) }));
}

export function storedPackages(packages: readonly SystemPackage[]): SystemPackage[] {
  return packages.map((p) => ({ urn: p.urn }));
}

/**
 * Altinn answers POST /vendor with the system's internal UUID. The simulator keys systems by their id,
 * so it derives a stable UUID from it (name-based, SHA-256) rather than storing a second key.
 */
export function systemInternalId(systemId: string): string {
  const h = createHash("sha256").update(`altinn-system:${systemId}`).digest("hex");
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export function toChangeLogEntry(row: { systemId: string; changedBy: string; changeType: string; data: unknown; created: Date }): ChangeLogEntry {
  return {
    systemId: row.systemId,
    changedByOrgNumber: row.changedBy,
    changeType: row.changeType as ChangeLogEntry["changeType"],
    changedData: row.data,
    created: row.created.toISOString(),
  };
}
