// Norwegian national identity numbers (fødselsnummer, D-number) DDMMYYIIIKK with two modulus-11
// check digits. Synthetic test numbers (Tenor/TestID) add 80 to the month; D-numbers add 40 to the day.

const K1_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2] as const;
const K2_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;

function mod11(digits: string, weights: readonly number[]): number | null {
  const sum = weights.reduce((acc, w, i) => acc + w * Number(digits[i]), 0);
  const k = 11 - (sum % 11);
  if (k === 11) return 0;
  if (k === 10) return null;
  return k;
}

/** The two check digits for the first nine digits, or null when no valid number starts with them. */
export function pidCheckDigits(first9: string): string | null {
  if (!/^\d{9}$/.test(first9)) return null;
  const k1 = mod11(first9, K1_WEIGHTS);
  if (k1 === null) return null;
  const k2 = mod11(first9 + k1, K2_WEIGHTS);
  if (k2 === null) return null;
  return `${k1}${k2}`;
}

export type PidKind = "fnr" | "dnr";

export interface PidInfo {
  kind: PidKind;
  synthetic: boolean;
  birthDate: { day: number; month: number; year2: number };
}

export type PidCheck = { ok: true; info: PidInfo } | { ok: false; reason: "format" | "checksum" | "date" };

export function checkPid(value: string): PidCheck {
  if (!/^\d{11}$/.test(value)) return { ok: false, reason: "format" };
  if (pidCheckDigits(value.slice(0, 9)) !== value.slice(9)) return { ok: false, reason: "checksum" };
  let day = Number(value.slice(0, 2));
  let month = Number(value.slice(2, 4));
  const year2 = Number(value.slice(4, 6));
  let kind: PidKind = "fnr";
  if (day > 40) {
    kind = "dnr";
    day -= 40;
  }
  let synthetic = false;
  if (month > 80) {
    synthetic = true;
    month -= 80;
  } else if (month > 40) {
    synthetic = true; // older synthetic series (NAV/Dolly) add 40 to the month
    month -= 40;
  }
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(month)) return { ok: false, reason: "date" };
  return { ok: true, info: { kind, synthetic, birthDate: { day, month, year2 } } };
}

export function isValidPid(value: string): boolean {
  return checkPid(value).ok;
}

function daysInMonth(month: number): number {
  // The century is not in the number without the individual digits' rules; allow 29 February.
  return [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}
