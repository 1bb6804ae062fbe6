// The API call the whole integration exists for: Skatteetaten's "Krav og betalinger" for one party.
// The party is the system user's owner (standard) or one of the facilitator's clients (agent, reference
// §5: the client is named in the call, never in the token).
import { text } from "../i18n/text";
import { exchange } from "./http";
import type { StepResult } from "./types";

export const KRAV_OG_BETALINGER_SCOPE = "skatteetaten:kravogbetalinger";

export function kravUrl(baseUrl: string, partyOrgNo: string): string {
  return `${baseUrl.replace(/\/+$/, "")}/skatteetaten/api/innkreving/kravogbetalinger/v1/krav/${encodeURIComponent(partyOrgNo)}`;
}

export interface KravResponse {
  organisasjonsnummer: string;
  krav: { kravid: string; kravtype: string; beskrivelse: string; periode: string; forfallsdato: string; gjenstaaendeBeloep: number; kid: string }[];
  sumGjenstaaende: number;
  valuta: string;
}

export async function fetchKrav(baseUrl: string, accessToken: string, partyOrgNo: string): Promise<StepResult<KravResponse>> {
  const { step, body } = await exchange({
    title: text("callSkatteetaten", { org: partyOrgNo }),
    method: "GET",
    url: kravUrl(baseUrl, partyOrgNo),
    bearer: accessToken,
  });
  if (!step.ok) {
    const err = body as { kode?: unknown; melding?: unknown } | null;
    if (typeof err?.melding === "string") step.note = `${String(err.kode ?? "")} ${err.melding}`.trim();
    return { step, value: null };
  }
  return { step, value: body as KravResponse };
}
