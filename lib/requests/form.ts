// The vendor's request form: FormData → the body of POST /vendor (or /vendor/agent), and each AUTH code
// of the create checks → the field it is about.
import { ZodError } from "zod";
import { formIssues } from "../problems/bind";
import type { Problem } from "../problems/problem";
import { REQ } from "./rules";

export interface RequestFormValues {
  kind: "standard" | "agent";
  partyOrgNo: string;
  externalRef: string;
  integrationTitle: string;
  rights: string[]; // "resource|action"
  accessPackages: string[];
  redirectUrl: string;
}

export interface RequestFormState {
  errors: Record<string, string>;
  values?: RequestFormValues;
}

const str = (d: FormData, k: string) => String(d.get(k) ?? "").trim();

export function readRequestForm(d: FormData): RequestFormValues {
  return {
    kind: d.get("kind") === "agent" ? "agent" : "standard",
    partyOrgNo: str(d, "partyOrgNo"),
    externalRef: str(d, "externalRef"),
    integrationTitle: str(d, "integrationTitle"),
    rights: d.getAll("rights").map(String),
    accessPackages: d.getAll("accessPackages").map(String),
    redirectUrl: str(d, "redirectUrl"),
  };
}

export function requestBodyOf(v: RequestFormValues, systemId: string) {
  return {
    systemId,
    partyOrgNo: v.partyOrgNo,
    ...(v.externalRef ? { externalRef: v.externalRef } : {}),
    ...(v.integrationTitle ? { integrationTitle: v.integrationTitle } : {}),
    ...(v.kind === "standard"
      ? {
          rights: v.rights.map((r) => {
            const [value = "", action = ""] = r.split("|");
            return { ...(action ? { action } : {}), resource: [{ id: "urn:altinn:resource", value }] };
          }),
        }
      : {}),
    accessPackages: v.accessPackages.map((urn) => ({ urn })),
    ...(v.redirectUrl ? { redirectUrl: v.redirectUrl } : {}),
  };
}

const FIELD_OF_CODE: Record<string, string> = {
  [REQ.partyNotFound]: "partyOrgNo",
  [REQ.systemUserExists]: "externalRef",
  [REQ.redirectNotAllowed]: "redirectUrl",
  [REQ.noRedirectOnSystem]: "redirectUrl",
  [REQ.nothingRequested]: "rights",
  [REQ.rightsNotOnSystem]: "rights",
  [REQ.agentNeedsPackage]: "accessPackages",
  [REQ.packageNotOnSystem]: "accessPackages",
  [REQ.clientPackageOnStandard]: "accessPackages",
  [REQ.nonClientPackageOnAgent]: "accessPackages",
};

export function requestFormErrors(e: Problem | ZodError): Record<string, string> {
  if (e instanceof ZodError) {
    return Object.fromEntries(formIssues(e).map((v) => [v.paths[0]?.split("/")[1] ?? "form", v.detail]));
  }
  const message = `${e.title}${e.detail ? ` ${e.detail}` : ""} (${e.code})`;
  return { [FIELD_OF_CODE[e.code] ?? "form"]: message };
}
