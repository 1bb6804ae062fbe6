// The catalogue as the pages' package pickers show it: plain, serialisable groups by area.
// Names, descriptions and areas in the page's language (Altinn's catalogue has nb, nn and en).
import { localized, type Locale } from "../i18n/locale";
import { accessPackagesByArea, isClientPackage, type AccessPackage } from "./access-packages";

export interface PackageOption {
  urn: string;
  code: string;
  /** In the page's language. */
  name: string;
  /** The name in the other language, so a search finds a package by either. */
  otherName?: string;
  description: string;
  /** Delegable but not assignable: for agent systems only (AUTH.VLD-00018 on a visible system). */
  client: boolean;
  /** Agent requests may carry it (AUTH-00065 otherwise). */
  delegable: boolean;
}

export interface PackageOptionGroup {
  area: string;
  areaName: string;
  group: string;
  packages: PackageOption[];
}

export function packageOptionGroups(locale: Locale, filter?: (p: AccessPackage) => boolean): PackageOptionGroup[] {
  const other = locale === "nb" ? "en" : "nb";
  return accessPackagesByArea(filter).map((g) => ({
    area: g.area.urn,
    areaName: localized({ nb: g.area.name, nn: g.area.nameNn, en: g.area.nameEn }, locale),
    group: localized({ nb: g.area.group, en: g.area.groupEn }, locale),
    packages: g.packages.map((p) => ({
      urn: p.urn,
      code: p.code,
      name: localized(p.name, locale),
      ...(p.name[other] ? { otherName: p.name[other] } : {}),
      description: localized(p.description, locale),
      client: isClientPackage(p.urn),
      delegable: p.isDelegable,
    })),
  }));
}

/** What a system may carry: the System Register refuses packages neither delegable nor assignable (AUTH.VLD-00008). */
export const registrablePackageGroups = (locale: Locale) => packageOptionGroups(locale, (p) => p.isDelegable || p.isAssignable);
