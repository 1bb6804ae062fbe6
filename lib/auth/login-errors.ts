// Why a login was refused. Only the code travels in the URL (`/login?error=<code>`): the page shows its
// own text for a known code and nothing for anything else, so no one can make the page say their words.
export const LOGIN_ERRORS = {
  format: "A national identity number has 11 digits.",
  checksum: "The check digits of this national identity number are wrong.",
  date: "This national identity number does not hold a valid date of birth.",
  unknown: "No person in the test cast has this national identity number.",
  failed: "Login failed.",
} as const;

export type LoginErrorCode = keyof typeof LOGIN_ERRORS;

export function loginErrorMessage(code: unknown): string | undefined {
  return typeof code === "string" && Object.hasOwn(LOGIN_ERRORS, code) ? LOGIN_ERRORS[code as LoginErrorCode] : undefined;
}
