// Stored system rows ↔ the System Register's wire format.
import { createHash } from "node:crypto";
import { toIso6523OrgId } from "../identifiers/orgno";
import type { ChangeLogEntry, ChangeType, RegisteredSystemDto, RegisteredSystemSummary, SystemInput, SystemPackage, SystemPackageInput, SystemRight } from "./schema";

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

/** AuthenticationHelper.MapRegisteredSystemToRegisteredSystemDTO (systemVendorOrgName is always ""). */
export function toSystemSummary(row: SystemRow): RegisteredSystemSummary {
  const d = toSystemDto(row);
  return {
    systemId: d.id,
    systemVendorOrgNumber: row.vendorOrgNo,
    systemVendorOrgName: "",
    name: d.name,
    description: d.description,
    rights: d.rights,
    accessPackages: d.accessPackages,
    isVisible: d.isVisible,
  };
}

/** Rights as stored: their resource attributes, action only when named. */
export function storedRights(rights: readonly SystemRight[]): SystemRight[] {
  return rights.map((r) => ({ ...(r.action != null ? { action: r.action } : {}), resource: r.resource.map((a) => ({ id: a.id, value: a.value })) }));
}

/** Packages as stored (validation has refused a package without urn). */
export function storedPackages(packages: readonly SystemPackageInput[]): SystemPackage[] {
  return packages.map((p) => ({ urn: p.urn ?? "" }));
}

/**
 * The changelog's `changedData` as Altinn writes it: the body object serialised by System.Text.Json
 * without options (SystemChangeLogRepository.LogChangeAsync), so in the .NET property names
 * (PascalCase; AttributePair keeps its JsonPropertyName `id`, `value`, VendorInfo its `ID`; VendorInfo's
 * `Authority` is a field, which System.Text.Json leaves out by default). Nulls are written.
 */
const pascalRights = (rights: readonly SystemRight[]) => storedRights(rights).map((r) => ({ Action: r.action ?? null, Resource: r.resource }));
const pascalPackages = (packages: readonly SystemPackageInput[]) => storedPackages(packages).map((p) => ({ Urn: p.urn }));

export function changedDataOf(change: { system: SystemInput } | { rights: SystemRight[] } | { packages: SystemPackageInput[] } | { deleted: true }): unknown {
  if ("rights" in change) return pascalRights(change.rights);
  if ("packages" in change) return pascalPackages(change.packages);
  if ("deleted" in change) return null;
  const s = change.system;
  return {
    Id: s.id,
    Vendor: { ID: s.vendor.ID },
    Name: s.name,
    Description: s.description,
    Rights: pascalRights(s.rights),
    AccessPackages: pascalPackages(s.accessPackages),
    ClientId: s.clientId,
    IsVisible: s.isVisible,
    AllowedRedirectUrls: s.allowedRedirectUrls,
  };
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

/** SystemChangeLog as the API writes it (nulls left out; a delete's changedData is null). */
export function toChangeLogEntry(row: { systemId: string; changedBy: string; changeType: string; clientId: string | null; data: unknown; created: Date }): ChangeLogEntry {
  const changeType = row.changeType as ChangeType;
  return {
    systemInternalId: systemInternalId(row.systemId),
    changedByOrgNumber: row.changedBy,
    changeType,
    // a delete logs null, which the API's WhenWritingNull leaves out
    ...(changeType === "delete" ? {} : { changedData: row.data }),
    ...(row.clientId ? { clientId: row.clientId } : {}),
    // DateTimeOffset read from timestamptz: offset +00:00
    created: row.created.toISOString().replace("Z", "+00:00"),
  };
}
