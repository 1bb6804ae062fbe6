// The portal's "Altinn" signing key: Altinn's platform authentication signs the Altinn tokens it issues
// with its own certificate (AuthenticationController.GenerateToken), published at
// /authentication/api/v1/openid/.well-known/openid-configuration/jwks (OpenIdController.cs). It is a
// separate key from the Maskinporten simulator's (lib/maskinporten/signing-keys.ts): a Maskinporten
// token is not an Altinn token, and Altinn's APIs answer it 401.
import { exportJWK, generateKeyPair, importJWK, type JWK } from "jose";
import { randomUUID } from "node:crypto";
import { db } from "../db";
import { processGlobal } from "../process-global";

export interface AltinnKey {
  kid: string;
  privateKey: CryptoKey;
}

async function createKey(): Promise<void> {
  const { privateKey, publicKey } = await generateKeyPair("RS256", { extractable: true, modulusLength: 2048 });
  const kid = `altinn-sim-${randomUUID().slice(0, 8)}`;
  await db.altinnSigningKey.create({
    data: {
      kid,
      privateJwk: { ...(await exportJWK(privateKey)), kid, alg: "RS256" } as object,
      publicJwk: { ...(await exportJWK(publicKey)), kid, alg: "RS256", use: "sig" } as object,
    },
  });
}

const state = processGlobal("altinn-signing-key", () => ({ creating: null as Promise<void> | null }));

const newest = () => db.altinnSigningKey.findFirst({ orderBy: [{ createdAt: "desc" }, { kid: "asc" }] });

/** The key that signs Altinn tokens; the first call on an empty database creates it. */
export async function activeAltinnKey(): Promise<AltinnKey> {
  let row = await newest();
  if (!row) {
    state.creating ??= createKey().finally(() => (state.creating = null));
    await state.creating;
    row = await newest();
  }
  if (!row) throw new Error("no Altinn signing key");
  return { kid: row.kid, privateKey: (await importJWK(row.privateJwk as JWK, "RS256")) as CryptoKey };
}

/** The public keys of the Altinn issuer's JWKS. */
export async function altinnPublicKeys(): Promise<JWK[]> {
  await activeAltinnKey();
  const rows = await db.altinnSigningKey.findMany({ orderBy: { createdAt: "desc" } });
  return rows.map((r) => r.publicJwk as JWK);
}
