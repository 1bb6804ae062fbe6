// The one wrapper around every mirrored Altinn API handler: bearer-token authentication under the
// endpoint's scope policy (lib/http/scopes.ts), and the mapping of errors to the real answers in one
// place (a 5xx never says more than "server error").
import { randomUUID } from "node:crypto";
import { ZodError } from "zod";
import { BodyTooLarge, MAX_JSON_BODY_BYTES, readBodyText } from "../body";
import { verifyExchangedToken } from "../altinn-token/exchange";
import { TokenError, verifyAccessTokenLocally, type VerifiedToken } from "../maskinporten/access-token";
import { bindingProblem } from "../problems/bind";
import {
  BindingProblem,
  Problem,
  StatusAnswer,
  bindingProblemResponse,
  problemResponse,
  statusAnswerResponse,
} from "../problems/problem";
import { SCOPE_POLICIES, type ScopePolicy } from "./scopes";
import { recorded } from "../exchanges/inbound";
import { altinnApiFault } from "../simulator/fault-answers";

export interface ApiContext<P> {
  params: P;
  traceId: string;
  /** The caller's verified Maskinporten token (present whenever `scope` was required). */
  token: VerifiedToken;
}

export interface ApiOptions {
  /** The endpoint's scope policy. Omit only for public endpoints. */
  scope?: ScopePolicy;
}

type RouteContext<P> = { params: Promise<P> };
type Handler<P> = (req: Request, ctx: ApiContext<P>) => Promise<Response>;

export function withApi<P = Record<string, never>>(handler: Handler<P>, options: ApiOptions) {
  // every exchange is recorded for the sequence view (lib/exchanges)
  return recorded(async (req: Request, route: RouteContext<P>): Promise<Response> => {
    const traceId = randomUUID().replaceAll("-", "");
    const fault = await altinnApiFault(req.url);
    if (fault) return fault;
    try {
      const token = options.scope ? await authenticate(req, SCOPE_POLICIES[options.scope]) : (undefined as unknown as VerifiedToken);
      return await handler(req, { params: await route.params, traceId, token });
    } catch (e) {
      return errorResponse(e, traceId);
    }
  });
}

const CHALLENGE = "Bearer";

/**
 * As Altinn's JwtCookie handler and scope policies answer: no or a bad token is a bare 401 with a
 * Bearer challenge; a valid token without one of the policy's scopes is a bare 403.
 */
export async function authenticate(req: Request, scopes: readonly string[]): Promise<VerifiedToken> {
  const m = /^Bearer\s+(\S+)$/i.exec(req.headers.get("authorization") ?? "");
  if (!m) throw new StatusAnswer(401);
  let token: VerifiedToken;
  try {
    token = await verifyAccessTokenLocally(m[1]!);
  } catch (e) {
    if (!(e instanceof TokenError)) throw e;
    // Altinn's APIs accept Altinn tokens too: one exchanged from Maskinporten (/exchange/maskinporten)
    token = await verifyExchangedToken(m[1]!).catch((e2: unknown) => {
      throw e2 instanceof TokenError ? new StatusAnswer(401) : e2;
    });
  }
  if (!scopes.some((s) => token.scopes.includes(s))) throw new StatusAnswer(403);
  return token;
}

export function errorResponse(e: unknown, traceId: string): Response {
  if (e instanceof Problem) return problemResponse(e, traceId);
  if (e instanceof StatusAnswer) {
    return statusAnswerResponse(e, e.status === 401 ? { "www-authenticate": CHALLENGE } : {});
  }
  if (e instanceof BindingProblem) return bindingProblemResponse(e, traceId);
  if (e instanceof ZodError) return bindingProblemResponse(bindingProblem(e), traceId);
  console.error(`[${traceId}]`, e);
  // ErrorController.cs: ASP.NET's generic problem, nothing of the cause.
  return Response.json(
    { type: "https://tools.ietf.org/html/rfc9110#section-15.6.1", title: "An error occurred while processing your request.", status: 500, traceId },
    { status: 500, headers: { "content-type": "application/problem+json; charset=utf-8" } },
  );
}

/**
 * Reads a JSON body of at most 1 MB: larger is refused before it is read (413, as Kestrel's body limit
 * answers); a body that is not JSON is ASP.NET's binding problem (400) unless the caller names its own.
 */
export async function readJson(req: Request, invalid?: (detail: string) => Error): Promise<unknown> {
  let text: string;
  try {
    text = await readBodyText(req, MAX_JSON_BODY_BYTES);
  } catch (e) {
    if (e instanceof BodyTooLarge) throw new StatusAnswer(413);
    throw e;
  }
  if (!text.trim()) throw invalid?.("The request body is empty.") ?? new BindingProblem({ "": ["A non-empty request body is required."] });
  try {
    return JSON.parse(text);
  } catch {
    throw invalid?.("The request body is not valid JSON.") ?? new BindingProblem({ $: ["The JSON value could not be converted. Path: $ | LineNumber: 0 | BytePositionInLine: 0."] });
  }
}
