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

export const systemInputSchema = z.object({
  id: z.string(),
  vendor: z.object({ authority: z.string().optional(), ID: z.string().trim() }),
  name: langMap,
  description: langMap,
  rights: z.array(rightSchema).default([]),
  accessPackages: z.array(packageSchema).default([]),
  clientId: z.array(z.string().trim().min(1)).default([]),
  allowedRedirectUrls: z.array(z.string().trim()).default([]),
  isVisible: z.boolean().default(true),
});

export const rightsSchema = z.array(rightSchema);
export const packagesSchema = z.array(packageSchema);

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
