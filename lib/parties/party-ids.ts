// Altinn identifies every party (organisation or person) by a party id (an integer, `partyId`,
// `urn:altinn:partyid`) and a party UUID (`partyUuid`, `urn:altinn:party:uuid`, also
// `urn:altinn:organization:uuid` / `urn:altinn:person:uuid`), besides its organisation or national
// identity number. The simulator derives both from the number, so that the same cast has the same ids
// on every machine and after every reset: a name-based UUID (RFC 9562 §5.5, version 5, SHA-1) and an
// integer in the range Altinn's tt02 parties use (persons 50.xxx.xxx, organisations 51.xxx.xxx).
import { createHash } from "node:crypto";

export type PartyKind = "organization" | "person";

/** The namespace of the simulator's party UUIDs (a fixed random UUID). */
const NAMESPACE = Buffer.from("6f0c2a4e93b14c1d8e5a7b2d3c4f5a6b", "hex");

function digest(kind: PartyKind, number: string): Buffer {
  return createHash("sha1").update(NAMESPACE).update(`${kind}:${number}`).digest();
}

export function partyUuidOf(kind: PartyKind, number: string): string {
  const b = Buffer.from(digest(kind, number).subarray(0, 16));
  b[6] = (b[6]! & 0x0f) | 0x50;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = b.toString("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export function partyIdOf(kind: PartyKind, number: string): number {
  const base = kind === "person" ? 50_000_000 : 51_000_000;
  return base + (digest(kind, number).readUInt32BE(16) % 1_000_000);
}

export const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
