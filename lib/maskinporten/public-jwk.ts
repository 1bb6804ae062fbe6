// A public key pasted by a vendor for its Maskinporten client: an RSA public JWK with a kid. Pure, so the
// form and the tests share it. Private members are refused outright: a private key pasted into a web form
// is a leaked key, and the simulator must never store one it did not create.
import { GRANT_ALGS } from "./constants";

export interface PublicRsaJwk {
  kty: "RSA";
  n: string;
  e: string;
  kid: string;
  use: "sig";
  alg?: (typeof GRANT_ALGS)[number];
}

export type JwkParseResult = { ok: true; jwk: PublicRsaJwk } | { ok: false; error: string };

const PRIVATE_MEMBERS = ["d", "p", "q", "dp", "dq", "qi", "oth", "k"];
const B64URL = /^[A-Za-z0-9_-]+$/;
/** Digdir requires RSA keys of at least 2048 bits for Maskinporten clients. */
export const MIN_MODULUS_BITS = 2048;

const fail = (error: string): JwkParseResult => ({ ok: false, error });

export function parsePublicJwk(text: string): JwkParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return fail("This is not valid JSON. Paste the public key as a JWK, e.g. {\"kty\":\"RSA\",\"kid\":\"...\",\"n\":\"...\",\"e\":\"AQAB\"}.");
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return fail("A JWK is a JSON object.");
  const jwk = value as Record<string, unknown>;
  if (Array.isArray(jwk.keys)) return fail("This is a JWK set: paste one key (one object from \"keys\").");
  const leaked = PRIVATE_MEMBERS.filter((m) => m in jwk);
  if (leaked.length) {
    return fail(
      `This is a PRIVATE key (it has ${leaked.map((m) => `"${m}"`).join(", ")}). It was not saved. Paste only the public key ` +
        "(kty, n, e, kid), and treat this private key as exposed if it is used anywhere real.",
    );
  }
  if (jwk.kty !== "RSA") return fail(`Only RSA keys are supported (Maskinporten grants are signed with ${GRANT_ALGS.join("/")}); this key has kty ${JSON.stringify(jwk.kty ?? null)}.`);
  if (typeof jwk.kid !== "string" || !/^[\x21-\x7e]{1,100}$/.test(jwk.kid)) {
    return fail("The key needs a kid: 1–100 visible characters without spaces. Your grants name it in their header.");
  }
  if (typeof jwk.n !== "string" || !B64URL.test(jwk.n) || typeof jwk.e !== "string" || !B64URL.test(jwk.e)) {
    return fail("An RSA public key needs \"n\" and \"e\" as base64url strings.");
  }
  const bits = Buffer.from(jwk.n, "base64url").length * 8;
  if (bits < MIN_MODULUS_BITS) return fail(`The key is ${bits} bits: at least ${MIN_MODULUS_BITS} bits are required.`);
  if (jwk.use !== undefined && jwk.use !== "sig") return fail("\"use\" must be \"sig\" (the key verifies grant signatures).");
  if (jwk.alg !== undefined && !(GRANT_ALGS as readonly unknown[]).includes(jwk.alg)) {
    return fail(`"alg" must be one of ${GRANT_ALGS.join(", ")} when given.`);
  }
  const alg = jwk.alg as PublicRsaJwk["alg"];
  return { ok: true, jwk: { kty: "RSA", n: jwk.n, e: jwk.e, kid: jwk.kid, use: "sig", ...(alg ? { alg } : {}) } };
}
