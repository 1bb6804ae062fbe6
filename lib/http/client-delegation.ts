// The wrapper of the client-delegation API (/authentication/api/v1/enduser/systemuser/...).
// As real (AuthenticationHost.cs, JwtCookie + POLICY_CLIENTDELEGATION_READ/_WRITE): a bearer Altinn
// token of the person (signed by the Altinn key, lib/altinn-token) with `altinn:clientdelegations.read`
// / `.write`; no or a bad token is a bare 401 with a Bearer challenge (a Maskinporten token is not an
// Altinn token), a missing scope a bare 403. The portal's own pages may call it with the session cookie
// instead (Altinn's JwtCookie reads its cookie the same way); then a write must come from the portal's
// own Origin (OWASP CSRF: the Lax cookie is still sent by same-site pages on other ports).
// The portal's own endpoints that Altinn guards by a PDP policy alone (JwtCookie, no scope, e.g. the
// self-delegation of SystemUserController.cs) use withPersonApi with `scopes: null`.
import { altinnApiFault } from "../simulator/fault-answers";
import { randomUUID } from "node:crypto";
import { AltinnTokenError, verifyAltinnToken } from "../altinn-token/token";
import { currentPerson } from "../auth/actor";
import { env } from "../env";
import { errorResponse } from "./api";
import { recorded } from "../exchanges/inbound";
import { SCOPE_POLICIES } from "./scopes";
import { StatusAnswer } from "../problems/problem";
import type { Access } from "../clients/api";
import { PlainProblemDetails, clientProblems } from "../clients/problems";

export interface EnduserContext<P = Record<string, never>> {
  /** The acting person's national identity number. */
  pid: string;
  query: URLSearchParams;
  params: P;
}

type Handler<P> = (req: Request, ctx: EnduserContext<P>) => Promise<Response>;

interface PersonApiOptions {
  write: boolean;
  /** Any one of these scopes is required of a bearer token; null: none (a PDP policy decides instead). */
  scopes: readonly string[] | null;
}

export function withClientDelegationApi(handler: Handler<Record<string, never>>, access: Access) {
  const scopes = SCOPE_POLICIES[access === "read" ? "clientDelegationRead" : "clientDelegationWrite"];
  return withPersonApi(handler, { write: access === "write", scopes });
}

export function withPersonApi<P = Record<string, never>>(handler: Handler<P>, options: PersonApiOptions) {
  return recorded(async (req: Request, route?: { params: Promise<P> }): Promise<Response> => {
    const fault = await altinnApiFault(req.url); // the gateway in front of every Altinn API (lib/simulator/faults.ts)
    if (fault) return fault;
    const traceId = randomUUID().replaceAll("-", "");
    let res: Response;
    try {
      const pid = await authenticate(req, options);
      const params = (route ? await route.params : {}) as P;
      res = await handler(req, { pid, query: new URL(req.url).searchParams, params });
    } catch (e) {
      res =
        e instanceof PlainProblemDetails
          ? Response.json({ title: e.title, status: e.status, detail: e.detail }, { status: e.status, headers: { "content-type": "application/problem+json; charset=utf-8" } })
          : errorResponse(e, traceId);
    }
    res.headers.set("cache-control", "no-store");
    return res;
  });
}

async function authenticate(req: Request, { write, scopes }: PersonApiOptions): Promise<string> {
  const header = req.headers.get("authorization");
  if (header !== null) {
    const m = /^Bearer\s+(\S+)$/i.exec(header);
    if (!m) throw new StatusAnswer(401);
    let principal;
    try {
      principal = await verifyAltinnToken(m[1]!);
    } catch (e) {
      if (e instanceof AltinnTokenError) throw new StatusAnswer(401);
      throw e;
    }
    if (scopes && !scopes.some((s) => principal.scopes.includes(s))) throw new StatusAnswer(403);
    return principal.pid;
  }
  const person = await currentPerson();
  if (!person) throw new StatusAnswer(401);
  if (write && req.headers.get("origin") !== env.baseUrl) throw clientProblems.crossSite();
  return person.pid;
}
