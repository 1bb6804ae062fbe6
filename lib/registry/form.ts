// The vendor's system form: FormData ↔ the API's body, and problems → errors per field. The page posts
// what the API would receive, so both go through the same schema and domain functions.
import { ZodError } from "zod";
import { Problem } from "../problems/problem";
import { formIssues } from "../problems/bind";
import { PATH } from "./validate";
import type { LangMap } from "./schema";

export interface SystemFormValues {
  /** The part of the system id after "<orgno>_". */
  idName: string;
  name: LangMap;
  description: LangMap;
  rights: string[]; // "resource|action" ("resource|" for every action)
  accessPackages: string[];
  clientId: string;
  allowedRedirectUrls: string;
  isVisible: boolean;
}

export interface SystemFormState {
  errors: Record<string, string>;
  message?: string;
  values?: SystemFormValues;
}

const str = (d: FormData, k: string) => String(d.get(k) ?? "");
const lines = (s: string) => s.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
const lang = (d: FormData, k: string): LangMap => ({ nb: str(d, `${k}.nb`), nn: str(d, `${k}.nn`), en: str(d, `${k}.en`) });

export function readSystemForm(d: FormData): SystemFormValues {
  return {
    idName: str(d, "idName"),
    name: lang(d, "name"),
    description: lang(d, "description"),
    rights: d.getAll("rights").map(String),
    accessPackages: d.getAll("accessPackages").map(String),
    clientId: str(d, "clientId"),
    allowedRedirectUrls: str(d, "allowedRedirectUrls"),
    isVisible: d.get("isVisible") === "on",
  };
}

/** The POST/PUT /vendor body the form stands for. */
export function systemBodyOf(v: SystemFormValues, vendorOrgNo: string, systemId?: string) {
  return {
    id: systemId ?? `${vendorOrgNo}_${v.idName.trim()}`,
    vendor: { authority: "iso6523-actorid-upis", ID: `0192:${vendorOrgNo}` },
    name: v.name,
    description: v.description,
    rights: v.rights.map((r) => {
      const [value = "", action = ""] = r.split("|");
      return { ...(action ? { action } : {}), resource: [{ id: "urn:altinn:resource", value }] };
    }),
    accessPackages: v.accessPackages.map((urn) => ({ urn })),
    clientId: lines(v.clientId),
    allowedRedirectUrls: lines(v.allowedRedirectUrls),
    isVisible: v.isVisible,
  };
}

const FIELD_OF_PATH: Record<string, string> = {
  [PATH.id]: "idName",
  [PATH.vendorId]: "form",
  [PATH.rights]: "rights",
  [PATH.accessPackages]: "accessPackages",
  [PATH.clientId]: "clientId",
  [PATH.redirectUrls]: "allowedRedirectUrls",
};

/** Field errors of a problem (validation paths, or zod paths such as /name/en → "name.en"). */
export function systemFormErrors(e: Problem | ZodError): Record<string, string> {
  const errors = e instanceof ZodError ? formIssues(e) : e.validationErrors;
  if (!errors) return { form: (e as Problem).detail ?? (e as Problem).title };
  const out: Record<string, string> = {};
  for (const ve of errors) {
    for (const path of ve.paths) {
      const field = FIELD_OF_PATH[path] ?? (path.replace(/^\//, "").split("/").slice(0, 2).join(".").replace(/\.\d+$/, "") || "form");
      const detail = ve.detail ?? ("title" in ve && ve.title ? ve.title : ve.code);
      out[field] = out[field] ? `${out[field]} ${detail}` : detail;
    }
  }
  return out;
}
