// The parties of the sequence view (its lanes) and which party serves which path. The simulator's own
// addition: one process plays every party, so the path names the callee.

export const PARTIES = ["vendor", "browser", "maskinporten", "authentication", "resourceregistry", "pdp", "skatteetaten"] as const;
export type PartyId = (typeof PARTIES)[number];

export function isParty(v: string | null | undefined): v is PartyId {
  return !!v && (PARTIES as readonly string[]).includes(v);
}

/** The party that serves a path of this portal. */
export function partyOfPath(path: string): PartyId {
  if (path.startsWith("/maskinporten/") || path.startsWith("/.well-known/oauth-authorization-server")) return "maskinporten";
  if (path.startsWith("/authorization/")) return "pdp";
  if (path.startsWith("/resourceregistry/")) return "resourceregistry";
  if (path.startsWith("/skatteetaten/")) return "skatteetaten";
  return "authentication";
}
