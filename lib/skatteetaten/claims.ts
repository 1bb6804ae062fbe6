// The claims ("krav") of an organisation in the API's JSON: amounts in NOK (from øre), dates YYYY-MM-DD.
import { dateColumn, hotRows } from "../db-hot";

export interface Krav {
  kravid: string;
  kravtype: string;
  beskrivelse: string;
  periode: string;
  forfallsdato: string;
  gjenstaaendeBeloep: number;
  kid: string;
}

export interface KravOgBetalinger {
  organisasjonsnummer: string;
  krav: Krav[];
  sumGjenstaaende: number;
  valuta: "NOK";
}

export interface ClaimRow {
  id: string;
  claimType: string;
  description: string;
  period: string;
  dueDate: Date;
  amountOre: number;
  kid: string;
}

/** Pure: øre are summed as integers before the one division, so sums never drift. */
export function toKravOgBetalinger(orgNo: string, rows: ClaimRow[]): KravOgBetalinger {
  const krav = rows.map((r) => ({
    kravid: r.id,
    kravtype: r.claimType,
    beskrivelse: r.description,
    periode: r.period,
    forfallsdato: r.dueDate.toISOString().slice(0, 10),
    gjenstaaendeBeloep: r.amountOre / 100,
    kid: r.kid,
  }));
  return { organisasjonsnummer: orgNo, krav, sumGjenstaaende: rows.reduce((s, r) => s + r.amountOre, 0) / 100, valuta: "NOK" };
}

// A prepared read (lib/db-hot.ts): the API's one database read, on every call of the hot path.
const CLAIMS_SQL = `SELECT "id", "claimType", "description", "period", "dueDate", "amountOre", "kid" FROM "TaxClaim" WHERE "orgNo" = $1 ORDER BY "dueDate" ASC, "id" ASC`;

export async function loadClaims(orgNo: string): Promise<KravOgBetalinger> {
  const rows = await hotRows<Omit<ClaimRow, "dueDate"> & { dueDate: string | Date }>("ske-claims", CLAIMS_SQL, [orgNo]);
  return toKravOgBetalinger(orgNo, rows.map((r) => ({ ...r, dueDate: dateColumn(r.dueDate), amountOre: Number(r.amountOre) })));
}
