// The vendor's private key: a JWK JSON file or a PKCS#8 PEM file, as Maskinporten's self-service lets a
// vendor register either form of the public half. The demo keys in prisma/fixtures/demo-keys are public
// on purpose (see the README there): they only work against this simulator.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { importJWK, importPKCS8, type JWK } from "jose";
import { DEMO_CLIENTS } from "../../prisma/cast";

export type GrantAlg = "RS256" | "RS384" | "RS512";
export const GRANT_ALGS: readonly GrantAlg[] = ["RS256", "RS384", "RS512"];

export const DEFAULT_BASE_URL = "http://localhost:3000";

/** The demo clients whose private keys are committed, by client id (reference §6; prisma/cast.ts). */
export interface DemoClient {
  clientId: string;
  kid: string;
  keyFile: string;
}

export function demoKeyFile(name: string): string {
  return join(process.cwd(), "prisma/fixtures/demo-keys", `${name}.private.jwk.json`);
}

export const SMARTCLOUD_DEMO: DemoClient = {
  clientId: DEMO_CLIENTS.smartcloud.clientId,
  kid: DEMO_CLIENTS.smartcloud.kid,
  keyFile: demoKeyFile(DEMO_CLIENTS.smartcloud.key),
};

export interface LoadedKey {
  privateKey: CryptoKey;
  /** The kid written in a JWK file, if any (a PEM file carries none). */
  kid?: string;
}

export async function loadPrivateKey(file: string, alg: GrantAlg): Promise<LoadedKey> {
  const text = (await readFile(file, "utf8")).trim();
  return parsePrivateKey(text, alg);
}

export async function parsePrivateKey(text: string, alg: GrantAlg): Promise<LoadedKey> {
  if (text.startsWith("-----BEGIN PRIVATE KEY-----")) {
    return { privateKey: await importPKCS8(text, alg) };
  }
  if (text.startsWith("-----BEGIN")) {
    throw new Error("Only PKCS#8 PEM keys (-----BEGIN PRIVATE KEY-----) are read; convert with `openssl pkcs8 -topk8 -nocrypt`.");
  }
  let jwk: JWK;
  try {
    jwk = JSON.parse(text) as JWK;
  } catch {
    throw new Error("The key file is neither a JWK (JSON) nor a PKCS#8 PEM file.");
  }
  if (jwk.kty !== "RSA" || typeof jwk.d !== "string") {
    throw new Error("The JWK is not an RSA private key (kty RSA with the private member d).");
  }
  const privateKey = (await importJWK(jwk, alg)) as CryptoKey;
  return { privateKey, kid: typeof jwk.kid === "string" ? jwk.kid : undefined };
}
