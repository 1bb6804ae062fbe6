// The System Register's wire format (reference §2): the body of POST/PUT /vendor and the response of
// the vendor reads. One zod schema per body, shared by the API routes and the vendor's pages.
import { z } from "zod";

const text = z.string().trim().min(1, "Required.");
const langMap = z.object({ nb: text, nn: text, en: text }, { error: "A map with the keys nb, nn and en." });

export const rightSchema = z.object({
  action: z.string().trim().min(1).optional(),
  resource: z.array(z.object({ id: z.string().trim(), value: z.string().trim() })),
});
export const packageSchema = z.object({ urn: z.string().trim() });

// The System Register's own bodies bind Right, AttributePair ([Required] id and value) and AccessPackage
// (Urn nullable) as they are: list members are not trimmed (TrimStringsActionFilter only trims the
// body's own and nested objects' string properties); the rules give the AUTH.VLD-* codes.
const systemRightSchema = z.object({
  action: z.string().optional(),
  resource: z.array(z.object({ id: z.string(), value: z.string() })).default([]),
});
const systemPackageSchema = z.object({ urn: z.string().optional() });

// RegisterSystemRequest; `id` and `vendor.ID` are trimmed as the real action filter does.
export const systemInputSchema = z.object({
  id: z.string().trim(),
  vendor: z.object({ authority: z.string().trim().optional(), ID: z.string().trim() }),
  name: langMap,
  description: langMap,
  rights: z.array(systemRightSchema).default([]),
  accessPackages: z.array(systemPackageSchema).default([]),
  clientId: z.array(z.string()).default([]),
  allowedRedirectUrls: z.array(z.string()).default([]),
  isVisible: z.boolean().default(true),
});

export const rightsSchema = z.array(systemRightSchema);
export const packagesSchema = z.array(systemPackageSchema);
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
