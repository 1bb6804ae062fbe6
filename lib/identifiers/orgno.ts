// Norwegian organisation numbers (Enhetsregisteret): 9 digits, the last a modulus-11 check digit
// over digits 1–8 with weights 3,2,7,6,5,4,3,2. r = 0 gives check digit 0; r = 1 makes the number invalid.

const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2] as const;

/** The check digit for the first eight digits, or null when no valid number starts with them. */
export function orgNoCheckDigit(first8: string): number | null {
  if (!/^\d{8}$/.test(first8)) return null;
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(first8[i]), 0);
  const r = sum % 11;
  if (r === 0) return 0;
  if (r === 1) return null;
  return 11 - r;
}

export function isValidOrgNo(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false;
  return orgNoCheckDigit(value.slice(0, 8)) === Number(value[8]);
}

/** "0192:<orgno>" (ISO 6523 ICD 0192, Enhetsregisteret) → orgno, or null when malformed. */
export function parseIso6523OrgId(id: string): string | null {
  const m = /^0192:(\d{9})$/.exec(id);
  return m ? m[1]! : null;
}

export function toIso6523OrgId(orgNo: string): string {
  return `0192:${orgNo}`;
}
