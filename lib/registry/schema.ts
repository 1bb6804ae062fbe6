// The System Register's wire format (reference §2): the body of POST/PUT /vendor and the response of
// the vendor reads. One zod schema per body, shared by the API routes and the vendor's pages.
import { z } from "zod";

// Lengths the real API does not document: generous caps so that no field can carry megabytes (issue 8).
export const LIMITS = { id: 255, text: 2000, url: 2000, list: 100 } as const;
const id = z.string().trim().max(LIMITS.id);
const list = <T extends z.ZodType>(item: T) => z.array(item).max(LIMITS.list);
const text = z.string().trim().min(1, "Required.").max(LIMITS.text);
const langMap = z.object({ nb: text, nn: text, en: text }, { error: "A map with the keys nb, nn and en." });

export const rightSchema = z.object({
  action: id.min(1).optional(),
  resource: list(z.object({ id, value: id })),
});
export const packageSchema = z.object({ urn: id });

// The System Register's own bodies bind Right, AttributePair ([Required] id and value) and AccessPackage
// (Urn nullable) as they are: list members are not trimmed (TrimStringsActionFilter only trims the
// body's own and nested objects' string properties); the rules give the AUTH.VLD-* codes.
const raw = z.string().max(LIMITS.id);
const systemRightSchema = z.object({
  action: raw.optional(),
  resource: list(z.object({ id: raw, value: raw })).default([]),
});
const systemPackageSchema = z.object({ urn: raw.optional() });

// RegisterSystemRequest; `id` and `vendor.ID` are trimmed as the real action filter does.
export const systemInputSchema = z.object({
  id,
  vendor: z.object({ authority: id.optional(), ID: id }),
  name: langMap,
  description: langMap,
  rights: list(systemRightSchema).default([]),
  accessPackages: list(systemPackageSchema).default([]),
  clientId: list(raw).default([]),
  allowedRedirectUrls: list(z.string().max(LIMITS.url)).default([]),
  isVisible: z.boolean().default(true),
});

export const rightsSchema = list(systemRightSchema);
export const packagesSchema = list(systemPackageSchema);
export type SystemPackageInput = z.infer<typeof systemPackageSchema>;

export type SystemRight = z.infer<typeof rightSchema>;
export type SystemPackage = z.infer<typeof packageSchema>;
export type SystemInput = z.infer<typeof systemInputSchema>;

export interface LangMap {
  nb: string;
  nn: string;
  en: string;
}

/** A registered system as the vendor endpoints answer it. */
export interface RegisteredSystemDto {
  id: string;
  vendor: { authority: "iso6523-actorid-upis"; ID: string };
  name: LangMap;
  description: LangMap;
  rights: SystemRight[];
  accessPackages: SystemPackage[];
  clientId: string[];
  allowedRedirectUrls: string[];
  isVisible: boolean;
  isDeleted: boolean;
}

/** RegisteredSystemDTO: a system as GET /systemregister, /{systemId} and GET /vendor answer it. */
export interface RegisteredSystemSummary {
  systemId: string;
  systemVendorOrgNumber: string;
  /** Always "" in Altinn (a getter-only property of RegisteredSystemResponse). */
  systemVendorOrgName: string;
  name: LangMap;
  description: LangMap;
  rights: SystemRight[];
  accessPackages: SystemPackage[];
  isVisible: boolean;
}

export type ChangeType = "create" | "update" | "rightsupdate" | "accesspackageupdate" | "delete";

/** SystemChangeLog as GET /vendor/{systemId}/changelog answers it. */
export interface ChangeLogEntry {
  systemInternalId: string;
  changedByOrgNumber: string;
  changeType: ChangeType;
  changedData?: unknown;
  clientId?: string;
  created: string;
}
