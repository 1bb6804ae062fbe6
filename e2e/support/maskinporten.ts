// Maskinporten tokens for tests: real grants signed with the committed demo keys
// (prisma/fixtures/demo-keys), sent to the simulator's real token endpoint. `signGrant` also crafts the
// bad grants of negative tests (other alg, other key, missing or changed claims and header fields).
import type { APIRequestContext, APIResponse } from "@playwright/test";
import { SignJWT, importJWK, type JWK } from "jose";
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DEMO_CLIENTS as CAST_CLIENTS, ORGS } from "../../prisma/cast";
import { TEST_ENV } from "../test-env";

export const MASKINPORTEN_ISSUER = `${TEST_ENV.PUBLIC_BASE_URL}/maskinporten/`;
export const TOKEN_PATH = "/maskinporten/token";
export const JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer";

export interface DemoClient {
  name: keyof typeof CAST_CLIENTS;
  clientId: string;
  kid: string;
  /** The organisation that owns the client: the token's `consumer`. */
  orgNo: string;
  /** The committed demo private key (RSA, kid set); its public half is registered on the client. */
  privateJwk: JWK;
}

function loadPrivateJwk(name: string): JWK {
  const file = join(process.cwd(), "prisma/fixtures/demo-keys", `${name}.private.jwk.json`);
  return JSON.parse(readFileSync(file, "utf8")) as JWK;
}

function demoClient(name: keyof typeof CAST_CLIENTS): DemoClient {
  const c = CAST_CLIENTS[name];
  return { name, clientId: c.clientId, kid: c.kid, orgNo: ORGS[c.org].orgNo, privateJwk: loadPrivateJwk(c.key) };
}

export const DEMO_CLIENTS = {
  smartcloud: demoClient("smartcloud"),
  konkurrent: demoClient("konkurrent"),
  skatteetaten: demoClient("skatteetaten"),
  smartcloudKlient: demoClient("smartcloudKlient"),
} as const;

export interface SystemUserGrant {
  /** The system user's owner (standard) or the facilitator (agent): `systemuser_org`. */
  orgNo: string;
  externalRef?: string;
}

export interface GrantOptions {
  scopes?: string[];
  systemUser?: SystemUserGrant;
  /** Claim overrides, applied last; a key set to `undefined` removes that claim. */
  claims?: Record<string, unknown>;
  /** Protected-header overrides, applied last; `kid: undefined` removes the kid. */
  header?: Record<string, unknown>;
  /** Sign with this key instead of the client's demo key: a private JWK, or bytes for HS* algorithms. */
  key?: JWK | Uint8Array;
  /** Signing algorithm, default RS256. `"none"` builds an unsecured JWT (empty signature). */
  alg?: string;
  /** The grant's iat in epoch seconds (default: now). */
  iat?: number;
}

/** `authorization_details` of a system-user grant (reference §6). */
export function systemUserDetails(su: SystemUserGrant): Record<string, unknown>[] {
  return [
    {
      type: "urn:altinn:systemuser",
      systemuser_org: { authority: "iso6523-actorid-upis", ID: `0192:${su.orgNo}` },
      ...(su.externalRef !== undefined ? { externalRef: su.externalRef } : {}),
    },
  ];
}

function withOverrides(base: Record<string, unknown>, overrides: Record<string, unknown> = {}) {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(overrides)) {
    if (v === undefined) delete out[k];
    else out[k] = v;
  }
  return out;
}

const b64url = (v: unknown) => Buffer.from(JSON.stringify(v)).toString("base64url");

/** A JWT grant (RFC 7523) from `client` for the simulator's token endpoint. */
export async function signGrant(client: DemoClient, opts: GrantOptions = {}): Promise<string> {
  const alg = opts.alg ?? "RS256";
  const iat = opts.iat ?? Math.floor(Date.now() / 1000);
  const payload = withOverrides(
    {
      aud: MASKINPORTEN_ISSUER,
      iss: client.clientId,
      iat,
      exp: iat + 60,
      jti: randomUUID(),
      scope: (opts.scopes ?? []).join(" "),
      ...(opts.systemUser ? { authorization_details: systemUserDetails(opts.systemUser) } : {}),
    },
    opts.claims,
  );
  const header = withOverrides({ alg, kid: client.kid }, opts.header);
  if (alg === "none") return `${b64url(header)}.${b64url(payload)}.`;
  const key = opts.key instanceof Uint8Array ? opts.key : await importJWK(opts.key ?? client.privateJwk, alg);
  return new SignJWT(payload).setProtectedHeader(header as { alg: string }).sign(key);
}

/** POSTs a grant to the token endpoint and returns the raw response (for negative tests). */
export async function tokenResponse(
  request: APIRequestContext,
  assertion: string | undefined,
  form: Record<string, string | undefined> = {},
): Promise<APIResponse> {
  const body = withOverrides({ grant_type: JWT_BEARER, ...(assertion !== undefined ? { assertion } : {}) }, form);
  return request.post(TOKEN_PATH, { form: body as Record<string, string> });
}

export interface TokenOptions {
  scopes: string[];
  systemUser?: SystemUserGrant;
}

/** A Maskinporten access token for `client`; throws with the endpoint's answer when it is refused. */
export async function getToken(request: APIRequestContext, client: DemoClient, opts: TokenOptions): Promise<string> {
  const res = await tokenResponse(request, await signGrant(client, opts));
  const text = await res.text();
  if (res.status() !== 200) throw new Error(`Maskinporten refused the grant of ${client.name}: ${res.status()} ${text}`);
  return (JSON.parse(text) as { access_token: string }).access_token;
}

/** The claims of a JWT, unverified (for assertions on tokens the test already trusts). */
export function decodeJwt(jwt: string): Record<string, unknown> {
  const part = jwt.split(".")[1] ?? "";
  return JSON.parse(Buffer.from(part, "base64url").toString("utf8")) as Record<string, unknown>;
}
