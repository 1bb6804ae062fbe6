// The catalogue of access packages the simulator knows (a subset of Altinn's). A system or request may
// only name packages from here (AUTH.VLD-00008).
import { CLIENT_PACKAGES } from "./client-packages";

const PKG = "urn:altinn:accesspackage:";

export const ACCESS_PACKAGES: Record<string, { name: string; description: string }> = {
  [`${PKG}tilgangsstyring`]: { name: "Tilgangsstyring", description: "Give and remove access for the organisation." },
  [`${PKG}hovedadministrator`]: { name: "Hovedadministrator", description: "Administer all access of the organisation." },
  [`${PKG}klientadministrator`]: { name: "Klientadministrator", description: "Delegate the firm's clients to employees and system users." },
  [`${PKG}skatt-naering`]: { name: "Skatt næring", description: "Tax matters of the business." },
  [`${PKG}merverdiavgift`]: { name: "Merverdiavgift", description: "VAT returns and payments." },
  [`${PKG}regnskapsforer-med-signeringsrettighet`]: { name: "Regnskapsfører med signeringsrettighet", description: "Accounting for a client, with the right to sign." },
  [`${PKG}regnskapsforer-uten-signeringsrettighet`]: { name: "Regnskapsfører uten signeringsrettighet", description: "Accounting for a client, without the right to sign." },
  [`${PKG}regnskapsforer-lonn`]: { name: "Regnskapsfører lønn", description: "Payroll for a client." },
  [`${PKG}ansvarlig-revisor`]: { name: "Ansvarlig revisor", description: "The client's responsible auditor." },
  [`${PKG}revisormedarbeider`]: { name: "Revisormedarbeider", description: "Auditing staff for a client." },
  [`${PKG}forretningsforer-eiendom`]: { name: "Forretningsfører eiendom", description: "Business manager of a housing company." },
};

export function isKnownAccessPackage(urn: string): boolean {
  return Object.hasOwn(ACCESS_PACKAGES, urn);
}

export function accessPackageName(urn: string): string {
  return ACCESS_PACKAGES[urn]?.name ?? urn;
}

// Every client package must be in the catalogue.
for (const p of CLIENT_PACKAGES) if (!isKnownAccessPackage(p)) throw new Error(`client package ${p} missing from catalogue`);
