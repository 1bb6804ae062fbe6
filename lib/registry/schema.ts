// The System Register's wire format (reference §2): the body of POST/PUT /vendor and the response of
// the vendor reads. One zod schema per body, shared by the API routes and the vendor's pages.
import { z } from "zod";

// Lengths the real API does not document: generous caps so that no field can carry megabytes.
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

export const systemInputSchema = z.object({
  id: z.string().max(LIMITS.id),
  vendor: z.object({ authority: id.optional(), ID: id }),
  name: langMap,
  description: langMap,
  rights: list(rightSchema).default([]),
  accessPackages: list(packageSchema).default([]),
  clientId: list(id.min(1)).default([]),
  allowedRedirectUrls: list(z.string().trim().max(LIMITS.url)).default([]),
  isVisible: z.boolean().default(true),
});

export const rightsSchema = list(rightSchema);
export const packagesSchema = list(packageSchema);

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

export interface ChangeLogEntry {
  systemId: string;
  changedByOrgNumber: string;
  changeType: "create" | "update" | "rightsupdate" | "accesspackageupdate" | "delete";
  changedData: unknown;
  created: string;
}
