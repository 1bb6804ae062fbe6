// Party references of the access-list API: PartyUrn (altinn-resource-registry
// src/Altinn.ResourceRegistry.Core/Register/PartyUrn.cs) — `urn:altinn:party:id:<n>`,
// `urn:altinn:party:uuid:<uuid>`, `urn:altinn:organization:identifier-no:<orgno>`. Pure.
import { UUID_RE } from "../parties/party-ids";

export type PartyRef = { kind: "partyId"; value: number } | { kind: "partyUuid"; value: string } | { kind: "orgNo"; value: string };

const PREFIX = { id: "urn:altinn:party:id:", uuid: "urn:altinn:party:uuid:", org: "urn:altinn:organization:identifier-no:" } as const;

/** null when the string is no PartyUrn (the JSON converter then fails the body: ASP.NET's 400). */
export function parsePartyUrn(urn: unknown): PartyRef | null {
  if (typeof urn !== "string") return null;
  if (urn.startsWith(PREFIX.id)) {
    // "Manually overridden to disallow negative party ids": digits only
    const s = urn.slice(PREFIX.id.length);
    return /^\d{1,10}$/.test(s) && Number(s) <= 2147483647 ? { kind: "partyId", value: Number(s) } : null;
  }
  if (urn.startsWith(PREFIX.uuid)) {
    const s = urn.slice(PREFIX.uuid.length);
    return UUID_RE.test(s) ? { kind: "partyUuid", value: s.toLowerCase() } : null;
  }
  if (urn.startsWith(PREFIX.org)) {
    const s = urn.slice(PREFIX.org.length);
    return /^\d{9}$/.test(s) ? { kind: "orgNo", value: s } : null;
  }
  return null;
}

export const partyUuidUrn = (uuid: string) => `${PREFIX.uuid}${uuid}`;
export const PARTY_KEYS = { id: PREFIX.id.slice(0, -1), uuid: PREFIX.uuid.slice(0, -1), org: PREFIX.org.slice(0, -1) } as const;
