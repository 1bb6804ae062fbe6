// Skatteetaten's own Maskinporten token for calling Altinn's PDP: a JWT grant signed with its committed
// demo key (prisma/fixtures/demo-keys), cached until shortly before it expires.
import { SignJWT, importJWK, type JWK } from "jose";
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DEMO_CLIENTS } from "../../prisma/cast";
import { env, maskinportenIssuer } from "../env";
import { flowHeaders } from "../exchanges/flow";
import { GRANT_TYPE_JWT_BEARER } from "../maskinporten/constants";
import { processGlobal } from "../process-global";
import { KOB, SkeError } from "./errors";
import { now as clockNow } from "../clock";

export const AUTHORIZE_SCOPE = "altinn:authorization/authorize";
const REFRESH_MARGIN_MS = 20_000;

const state = processGlobal("skatteetaten-altinn-token", () => ({
  cached: null as { token: string; expiresAt: number } | null,
  key: null as CryptoKey | Uint8Array | null,
}));

async function signingKey(): Promise<CryptoKey | Uint8Array> {
  if (!state.key) {
    const file = join(process.cwd(), "prisma/fixtures/demo-keys", `${DEMO_CLIENTS.skatteetaten.key}.private.jwk.json`);
    state.key = await importJWK(JSON.parse(readFileSync(file, "utf8")) as JWK, "RS256");
  }
  return state.key;
}

async function signGrant(): Promise<string> {
  const iat = Math.floor(clockNow().getTime() / 1000);
  return new SignJWT({ scope: AUTHORIZE_SCOPE })
    .setProtectedHeader({ alg: "RS256", kid: DEMO_CLIENTS.skatteetaten.kid })
    .setIssuer(DEMO_CLIENTS.skatteetaten.clientId)
    .setAudience(maskinportenIssuer())
    .setIssuedAt(iat)
    .setExpirationTime(iat + 60)
    .setJti(randomUUID())
    .sign(await signingKey());
}

export async function altinnToken(now = clockNow().getTime()): Promise<string> {
  const cached = state.cached;
  if (cached && cached.expiresAt - REFRESH_MARGIN_MS > now) return cached.token;
  const res = await fetch(`${env.baseUrl}/maskinporten/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", ...flowHeaders() },
    body: new URLSearchParams({ grant_type: GRANT_TYPE_JWT_BEARER, assertion: await signGrant() }),
    cache: "no-store",
  });
  const body = (await res.json().catch(() => ({}))) as { access_token?: string; expires_in?: number; error?: string; error_description?: string };
  if (!res.ok || typeof body.access_token !== "string") {
    throw new SkeError(502, KOB.upstream, `Skatteetaten fikk ikke token fra Maskinporten (${body.error ?? res.status}: ${body.error_description ?? ""}).`);
  }
  state.cached = { token: body.access_token, expiresAt: now + (body.expires_in ?? 120) * 1000 };
  return body.access_token;
}

/** After Altinn refuses our token (e.g. a rotated key), the next call fetches a new one. */
export function forgetAltinnToken(): void {
  state.cached = null;
}
