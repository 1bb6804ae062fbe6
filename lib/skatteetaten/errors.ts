// Skatteetaten's own error style (not Altinn's problem+json): { kode, melding, korrelasjonsid }.
// The codes are the simulator's (Skatteetaten's real APIs use their own per API), listed in the README.
import { randomUUID } from "node:crypto";

export const KOB = {
  /** No token, or a token that fails validation (signature, issuer, expiry). */
  unauthorized: "KOB-401",
  /** The token lacks the scope skatteetaten:kravogbetalinger. */
  scope: "KOB-403-SCOPE",
  /** The token names no system user (a plain vendor token). */
  systemUser: "KOB-403-SYSTEMBRUKER",
  /** Altinn's PDP did not answer Permit. */
  access: "KOB-403-TILGANG",
  /** The organisation number in the path is malformed or has a wrong check digit. */
  orgNo: "KOB-400",
  /** Maskinporten or Altinn did not answer as expected. */
  upstream: "KOB-502",
  internal: "KOB-500",
} as const;

export class SkeError extends Error {
  constructor(
    readonly status: number,
    readonly kode: string,
    readonly melding: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(`${kode}: ${melding}`);
  }
}

export function skeErrorResponse(e: unknown, korrelasjonsid = randomUUID()): Response {
  const err = e instanceof SkeError ? e : new SkeError(500, KOB.internal, "En intern feil oppstod.");
  if (!(e instanceof SkeError)) console.error(`[${korrelasjonsid}]`, e);
  return Response.json({ kode: err.kode, melding: err.melding, korrelasjonsid }, { status: err.status, headers: err.headers });
}
