// Why a login was refused. Only the code travels in the URL (`/login?error=<code>`): the page shows its
// own text for a known code (Login.errors.<code> in lib/i18n/messages) and nothing for anything else, so
// no one can make the page say their words.
export const LOGIN_ERROR_CODES = ["format", "checksum", "date", "unknown", "failed"] as const;

export type LoginErrorCode = (typeof LOGIN_ERROR_CODES)[number];

export function loginErrorCode(code: unknown): LoginErrorCode | undefined {
  return typeof code === "string" && (LOGIN_ERROR_CODES as readonly string[]).includes(code) ? (code as LoginErrorCode) : undefined;
}
