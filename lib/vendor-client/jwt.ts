// Decoding JWTs for display only. The vendor never needs to verify its own grant or the access token:
// the API that receives the token verifies it (reference §7). Nothing here is trusted.
import { decodeJwt, decodeProtectedHeader } from "jose";
import type { Text } from "../i18n/text";
import { stepEnglish } from "./cli-i18n";
import type { DecodedJwt } from "./types";

const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

/** `label`: a catalogue text (Steps) for a JWT shown to the reader; a plain string only to test the shape. */
export function decodeForDisplay(label: string | Text, jwt: string): DecodedJwt | null {
  if (!JWT_SHAPE.test(jwt)) return null;
  try {
    return {
      ...(typeof label === "string" ? { label } : { label: stepEnglish(label), i18n: label }),
      header: decodeProtectedHeader(jwt) as Record<string, unknown>,
      payload: decodeJwt(jwt) as Record<string, unknown>,
    };
  } catch {
    return null;
  }
}

/** "eyJhbGciOi…Xk9Q (812 chars)": enough to recognise a token without printing a usable one. */
export function abbreviate(secret: string): string {
  if (secret.length <= 24) return secret;
  return `${secret.slice(0, 12)}…${secret.slice(-6)} (${secret.length} chars)`;
}

/** `Bearer eyJ…` with the token abbreviated. */
export function abbreviateAuthorization(value: string): string {
  const m = /^(\S+)\s+(\S+)$/.exec(value);
  return m ? `${m[1]} ${abbreviate(m[2]!)}` : abbreviate(value);
}
