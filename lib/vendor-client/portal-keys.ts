// Which private keys the portal itself holds, to act as a vendor's machine in the console.
// Simulator decision: only the committed demo keys (prisma/fixtures/demo-keys, public on purpose). The
// portal signs for a client when one of the client's registered, unexpired public keys IS a demo key, so a
// vendor may also put a demo key on a client it creates itself. A key a vendor generated stays with the
// vendor: for such clients the console explains how to run the same steps with `npm run vendor`.
import { readFileSync } from "node:fs";
import type { JWK } from "jose";
import { DEMO_CLIENTS } from "../../prisma/cast";
import { demoKeyFile } from "./keys";

export interface DemoKey {
  keyFile: string;
  /** The RSA modulus of the public half: what a registered key is compared on. */
  modulus: string;
}

let cached: DemoKey[] | null = null;

export function demoKeys(): DemoKey[] {
  cached ??= Object.values(DEMO_CLIENTS).map((c) => {
    const keyFile = demoKeyFile(c.key);
    const publicJwk = JSON.parse(readFileSync(keyFile.replace(".private.", ".public."), "utf8")) as JWK;
    return { keyFile, modulus: String(publicJwk.n) };
  });
  return cached;
}

export interface RegisteredKey {
  clientId: string;
  kid: string;
  jwk: unknown;
}

export interface SigningClient {
  clientId: string;
  kid: string;
  keyFile: string;
}

/** The first registered key that is a demo key, with the private key file to sign with. */
export function findDemoSigningKey(keys: readonly RegisteredKey[]): SigningClient | null {
  for (const k of keys) {
    const n = (k.jwk as JWK | null)?.n;
    const demo = demoKeys().find((d) => d.modulus === n);
    if (demo) return { clientId: k.clientId, kid: k.kid, keyFile: demo.keyFile };
  }
  return null;
}

/**
 * SmartCloud's demo public key as a JWK text to paste on a client (its private half is committed in
 * prisma/fixtures/demo-keys, so the console and the CLI can sign for any client that carries it).
 * The kid is left for the vendor to choose per client.
 */
export function demoPublicJwkText(kid: string): string {
  const file = demoKeyFile(DEMO_CLIENTS.smartcloud.key).replace(".private.", ".public.");
  const jwk = JSON.parse(readFileSync(file, "utf8")) as JWK;
  return JSON.stringify({ kty: jwk.kty, kid, use: "sig", alg: "RS256", n: jwk.n, e: jwk.e }, null, 2);
}
