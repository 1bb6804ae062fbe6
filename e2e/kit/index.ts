// The simulator's test kit: a small typed client of a running portal for Playwright suites and plain Node
// tests (node:test, vitest, ...). It uses only public URLs: the control API (/simulator/api/...), next-auth's
// sign-in, the confirm pages (by their data-testids) and the Maskinporten token endpoint. README "Test kit".
//
//   const sim = simulatorKit({ baseURL: "http://localhost:3000" });
//   await sim.reset();
//   const s = await sim.scenario("approved-standard-system-user", { externalRef: "my-ref" });
//   const token = await sim.token({ scopes: ["skatteetaten:kravogbetalinger"], systemUser: { org: s.partyOrgNo, externalRef: s.externalRef } });
import type { Browser } from "@playwright/test";
import { SignJWT, importJWK, type JWK } from "jose";
import { randomUUID } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
// types only (erased): the kit loads nothing of the portal
import type { ScenarioName, ScenarioParams, ScenarioResult } from "../../lib/simulator/scenario-contract";
import type { ExchangePage, ExchangeView } from "../../lib/exchanges/view";

/** The cast's people a suite logs in as (national identity numbers; README "The test cast"). */
export const PERSONAS = {
  /** RASK BLÅ ELG, Skatteetaten's resource administrator. */
  serviceOwner: "11887910024",
  /** LUR GRØNN REV, SmartCloud's developer (the vendor). */
  vendor: "23858510058",
  /** STADIG KONSERT, daglig leder and access manager of TILFELDIG SUBTIL APE (310904473). */
  accessManager: "15919110098",
  /** SKEPTISK GRÅ MUS, employee without rights at TILFELDIG SUBTIL APE: may only send a request on. */
  employee: "02877310097",
  /** DRESS MINST, access manager and client administrator of the accounting firm 314250052. */
  clientAdministrator: "06857897380",
} as const;

/** The committed demo Maskinporten clients (prisma/fixtures/demo-keys: public keys, never use them elsewhere). */
export const DEMO_CLIENTS = {
  smartcloud: { clientId: "a2ed712d-4144-4471-839f-80ae4a68146b", kid: "smartcloud-demo-2026", keyFile: "prisma/fixtures/demo-keys/smartcloud.private.jwk.json" },
  skatteetaten: { clientId: "5f3c8b0e-7d21-4a9e-b6c4-2e8f1a0d9c73", kid: "skatteetaten-demo-2026", keyFile: "prisma/fixtures/demo-keys/skatteetaten.private.jwk.json" },
  konkurrent: { clientId: "c41e0b7a-93d5-4f62-8a1c-6b2d9e0f7a48", kid: "konkurrent-demo-2026", keyFile: "prisma/fixtures/demo-keys/konkurrent.private.jwk.json" },
} as const;

export type { ExchangePage, ExchangeView, ScenarioName, ScenarioParams, ScenarioResult };

/** Filters of GET /simulator/api/exchanges (README "Sequence view"). */
export interface ExchangeQuery {
  /** Only exchanges after this seq (the `latest` of an earlier page). */
  since?: number;
  flow?: string;
  party?: "vendor" | "browser" | "maskinporten" | "authentication" | "resourceregistry" | "pdp" | "skatteetaten";
  systemUser?: string;
  org?: string;
  limit?: number;
}

export type FaultKind =
  | "maskinporten-token-error"
  | "maskinporten-token-slow"
  | "maskinporten-mp303"
  | "maskinporten-jwks-unavailable"
  | "pdp-indeterminate"
  | "pdp-notapplicable"
  | "altinn-api-throttled"
  | "altinn-api-unavailable";

export interface FaultOptions {
  /** The next `count` calls fail; omitted: until `clearFaults`. */
  count?: number;
  status?: number;
  delayMs?: number;
  retryAfter?: number;
  path?: string;
}

export interface TokenOptions {
  scopes: string[];
  /** A system-user token: the system user's owner (standard) or the facilitator (agent), and its externalRef. */
  systemUser?: { org: string; externalRef?: string };
  /** Which demo client signs (default SmartCloud's), or your own client and private key. */
  client?: keyof typeof DEMO_CLIENTS | { clientId: string; kid: string; privateJwk: JWK };
}

export interface TokenAnswer {
  status: number;
  /** The token endpoint's JSON: { access_token, expires_in, ... } or { error, error_description }. */
  body: Record<string, unknown>;
  accessToken?: string;
  headers: Headers;
}

export interface KitOptions {
  baseURL?: string;
  /** Where the personas' storage states are written (default: a folder in the OS's temp dir). */
  stateDir?: string;
  /** The simulator's repository root, to find the demo keys (default: the checkout this file is in, whatever the working directory). */
  root?: string;
}

export class SimulatorError extends Error {
  constructor(
    readonly status: number,
    readonly body: string,
    what: string,
  ) {
    super(`${what} answered ${status}: ${body.slice(0, 500)}`);
  }
}

export function simulatorKit(options: KitOptions = {}) {
  const baseURL = (options.baseURL ?? process.env.SIMULATOR_URL ?? "http://localhost:3000").replace(/\/+$/, "");
  const stateDir = options.stateDir ?? join(tmpdir(), `altinn-sim-kit-${new URL(baseURL).port || "80"}`);
  const root = options.root ?? fileURLToPath(new URL("../..", import.meta.url));
  const states = new Map<string, Promise<string>>();

  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${baseURL}${path}`, {
      method,
      headers: body === undefined ? {} : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new SimulatorError(res.status, text, `${method} ${path}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  /** Signs in through next-auth's credentials endpoint (no login page) and writes Playwright's storage state. */
  async function login(pid: string, party?: string): Promise<string> {
    const csrfRes = await fetch(`${baseURL}/api/auth/csrf`);
    const jar = new Map<string, string>();
    const keep = (res: Response) => {
      for (const c of res.headers.getSetCookie()) {
        const [pair] = c.split(";");
        const i = pair!.indexOf("=");
        jar.set(pair!.slice(0, i), pair!.slice(i + 1));
      }
    };
    keep(csrfRes);
    const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
    const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
    const res = await fetch(`${baseURL}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookie() },
      body: new URLSearchParams({ csrfToken, pid, ...(party ? { party } : {}), callbackUrl: "/start" }),
    });
    keep(res);
    const session = (await (await fetch(`${baseURL}/api/auth/session`, { headers: { cookie: cookie() } })).json()) as { pid?: string } | null;
    if (session?.pid !== pid) throw new SimulatorError(res.status, JSON.stringify(session), `login of ${pid}`);
    const host = new URL(baseURL).hostname;
    const cookies = [...jar].map(([name, value]) => ({ name, value, domain: host, path: "/", expires: -1, httpOnly: true, secure: false, sameSite: "Lax" as const }));
    mkdirSync(stateDir, { recursive: true });
    const file = join(stateDir, `${pid}${party ? `-${party}` : ""}.json`);
    writeFileSync(file, JSON.stringify({ cookies, origins: [] }));
    return file;
  }

  const kit = {
    baseURL,

    /** Back to the seed (sessions end, so the personas' storage states are made again when next asked for). */
    async reset(): Promise<{ tookMs: number }> {
      states.clear();
      return call("POST", "/simulator/api/reset");
    },

    async scenarios(): Promise<{ name: ScenarioName; description: string }[]> {
      return call("GET", "/simulator/api/scenarios");
    },

    async scenario(name: ScenarioName, params: ScenarioParams = {}): Promise<ScenarioResult> {
      return call("POST", `/simulator/api/scenarios/${name}`, params);
    },

    /** The path of a Playwright storage state logged in as `pid` (made once per persona; again after a reset). */
    storageState(pid: string, party?: string): Promise<string> {
      const key = `${pid}|${party ?? ""}`;
      let state = states.get(key);
      if (!state) {
        state = login(pid, party);
        states.set(key, state);
        state.catch(() => states.delete(key));
      }
      return state;
    },

    /** Opens the confirm page as `pid` and clicks Approve or Reject (data-testid decision-approve / decision-reject). */
    async decide(browser: Browser, confirmUrl: string, pid: string, decision: "approve" | "reject"): Promise<void> {
      const context = await browser.newContext({ storageState: await kit.storageState(pid) });
      try {
        const page = await context.newPage();
        await page.goto(confirmUrl);
        await page.getByTestId(`decision-${decision}`).click();
        // After a decision the person is logged out and sent to the redirectUrl or the neutral page.
        await page.waitForURL((u) => !u.pathname.endsWith("/request") && !u.pathname.endsWith("/agentrequest") && !u.pathname.endsWith("/changerequest"));
      } finally {
        await context.close();
        states.delete(`${pid}|`); // the decision ended that session
      }
    },

    clock: {
      now: (): Promise<{ now: string; offsetSeconds: number }> => call("GET", "/simulator/api/clock"),
      set: (offsetSeconds: number): Promise<{ now: string; offsetSeconds: number }> => call("PUT", "/simulator/api/clock", { offsetSeconds }),
      reset: (): Promise<{ now: string; offsetSeconds: number }> => call("DELETE", "/simulator/api/clock"),
    },

    async armFault(kind: FaultKind, opts: FaultOptions = {}): Promise<unknown> {
      return call("PUT", `/simulator/api/faults/${kind}`, opts);
    },

    async clearFaults(kind?: FaultKind): Promise<void> {
      await call("DELETE", kind ? `/simulator/api/faults/${kind}` : "/simulator/api/faults");
    },

    /**
     * A Maskinporten token: a JWT-bearer grant signed with the client's key (the demo key by default), its
     * iat taken from the portal's clock (so it holds while the clock is moved), sent to /maskinporten/token.
     */
    async token(opts: TokenOptions): Promise<TokenAnswer> {
      const c = typeof opts.client === "object" ? opts.client : DEMO_CLIENTS[opts.client ?? "smartcloud"];
      const privateJwk = "privateJwk" in c ? c.privateJwk : (JSON.parse(readFileSync(join(root, c.keyFile), "utf8")) as JWK);
      const iat = Math.floor(Date.parse((await kit.clock.now()).now) / 1000);
      const claims: Record<string, unknown> = { scope: opts.scopes.join(" ") };
      if (opts.systemUser) {
        claims.authorization_details = [
          { type: "urn:altinn:systemuser", systemuser_org: { authority: "iso6523-actorid-upis", ID: `0192:${opts.systemUser.org}` }, ...(opts.systemUser.externalRef ? { externalRef: opts.systemUser.externalRef } : {}) },
        ];
      }
      const assertion = await new SignJWT(claims)
        .setProtectedHeader({ alg: "RS256", kid: c.kid })
        .setIssuer(c.clientId)
        .setAudience(`${baseURL}/maskinporten/`)
        .setIssuedAt(iat)
        .setExpirationTime(iat + 60)
        .setJti(randomUUID())
        .sign(await importJWK(privateJwk, "RS256"));
      const res = await fetch(`${baseURL}/maskinporten/token`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ grant_type: "urn:ietf:params:oauth:grant-type:jwt-bearer", assertion }),
      });
      const body = (await res.json().catch(() => ({}))) as Record<string, unknown>;
      return { status: res.status, body, headers: res.headers, ...(typeof body.access_token === "string" ? { accessToken: body.access_token } : {}) };
    },

    /**
     * The exchanges the portal recorded (GET /simulator/api/exchanges, the sequence view's data), newest
     * first, with their requests, answers and decoded JWTs: assert on what your integration sent.
     */
    async exchanges(query: ExchangeQuery = {}): Promise<ExchangeView[]> {
      const q = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString();
      return (await call<ExchangePage>("GET", `/simulator/api/exchanges${q ? `?${q}` : ""}`)).exchanges;
    },
  };
  return kit;
}

export type SimulatorKit = ReturnType<typeof simulatorKit>;
