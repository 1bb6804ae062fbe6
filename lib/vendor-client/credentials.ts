// Builds the machine's credentials from options, defaulting to SmartCloud's committed demo client.
import { DEFAULT_BASE_URL, SMARTCLOUD_DEMO, loadPrivateKey, type GrantAlg } from "./keys";
import type { VendorCredentials } from "./types";

export interface CredentialOptions {
  baseUrl?: string;
  clientId?: string;
  kid?: string;
  /** JWK JSON or PKCS#8 PEM file with the private key. */
  keyFile?: string;
  alg?: GrantAlg;
}

export async function loadCredentials(opts: CredentialOptions): Promise<VendorCredentials> {
  const alg = opts.alg ?? "RS256";
  // Without --key the committed SmartCloud demo key signs, also for another client it is registered on.
  const usingDemoKey = !opts.keyFile;
  const keyFile = opts.keyFile ?? SMARTCLOUD_DEMO.keyFile;
  const loaded = await loadPrivateKey(keyFile, alg);
  const kid = opts.kid ?? loaded.kid ?? (usingDemoKey ? SMARTCLOUD_DEMO.kid : undefined);
  if (!kid) throw new Error("The key file names no kid: give --kid (the kid registered on the Maskinporten client).");
  return {
    baseUrl: (opts.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, ""),
    clientId: opts.clientId ?? SMARTCLOUD_DEMO.clientId,
    kid,
    alg,
    privateKey: loaded.privateKey,
  };
}
