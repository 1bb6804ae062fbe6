// Skatteetaten validates tokens as any external API does: the issuer's metadata and JWKS are fetched
// over HTTP and cached. A token naming an unknown kid (Maskinporten rotated its key) makes the key set
// reload at once, at most once a second, so a rotation needs no restart and no waiting for a cooldown,
// while random kids cannot turn every request into a JWKS fetch.
import { createRemoteJWKSet, customFetch, errors, type JWTVerifyGetKey } from "jose";
import { flowHeaders } from "../exchanges/flow";
import { maskinportenIssuer } from "../env";
import { processGlobal } from "../process-global";

const METADATA_TTL_MS = 60 * 60 * 1000;
const FORCED_RELOAD_INTERVAL_MS = 1000;

type RemoteKeys = ReturnType<typeof createRemoteJWKSet>;
const state = processGlobal("skatteetaten-remote-keys", () => ({
  cached: null as { jwksUri: string; remote: RemoteKeys; keys: JWTVerifyGetKey; fetchedAt: number } | null,
  /** The metadata fetch under way: concurrent first calls share it rather than each fetching. */
  loading: null as Promise<JWTVerifyGetKey> | null,
  lastForcedReload: 0,
}));

async function fetchJwksUri(): Promise<string> {
  const res = await fetch(`${maskinportenIssuer()}.well-known/oauth-authorization-server`, { cache: "no-store", headers: flowHeaders() });
  if (!res.ok) throw new Error(`Maskinporten metadata answered ${res.status}`);
  const meta = (await res.json()) as { issuer?: unknown; jwks_uri?: unknown };
  // RFC 8414 §3.3: the metadata's issuer must be the issuer we trust.
  if (meta.issuer !== maskinportenIssuer() || typeof meta.jwks_uri !== "string") throw new Error("Maskinporten metadata names another issuer or no jwks_uri");
  return meta.jwks_uri;
}

// the JWKS fetch joins the flow of the request that needed the keys (the sequence view, lib/exchanges)
const fetchInFlow = (url: string, init: RequestInit) => fetch(url, { ...init, headers: { ...Object.fromEntries(new Headers(init.headers)), ...flowHeaders() } });

function withReloadOnUnknownKid(remote: RemoteKeys): JWTVerifyGetKey {
  return async (header, token) => {
    try {
      return await remote(header, token);
    } catch (e) {
      if (!(e instanceof errors.JWKSNoMatchingKey) || Date.now() - state.lastForcedReload < FORCED_RELOAD_INTERVAL_MS) throw e;
      state.lastForcedReload = Date.now();
      await remote.reload();
      return remote(header, token);
    }
  };
}

/** A reset replaced Maskinporten's keys (lib/simulator/reset.ts): fetch them again on the next call. */
export function forgetRemoteKeys(): void {
  state.cached = null;
  state.loading = null;
}

/** The key set of Maskinporten's tokens (metadata cached an hour; the JWKS by jose, ten minutes). */
export async function maskinportenKeys(now = Date.now()): Promise<JWTVerifyGetKey> {
  const cached = state.cached;
  if (cached && now - cached.fetchedAt <= METADATA_TTL_MS) return cached.keys;
  const loading = (state.loading ??= load(cached, now).finally(() => {
    if (state.loading === loading) state.loading = null;
  }));
  return loading;
}

async function load(cached: typeof state.cached, now: number): Promise<JWTVerifyGetKey> {
  const jwksUri = await fetchJwksUri();
  const remote = cached?.jwksUri === jwksUri ? cached.remote : createRemoteJWKSet(new URL(jwksUri), { cacheMaxAge: 10 * 60_000, [customFetch]: fetchInFlow });
  const keys = withReloadOnUnknownKid(remote);
  if (state.cached === cached) state.cached = { jwksUri, remote, keys, fetchedAt: now };
  return keys;
}
