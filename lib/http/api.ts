// The one wrapper around every mirrored Altinn API handler: bearer-token authentication with the
// required scope, and the mapping of errors to problem+json (a 5xx never says more than "server error").
import { randomUUID } from "node:crypto";
import { ZodError } from "zod";
import { BodyTooLarge, MAX_JSON_BODY_BYTES, readBodyText } from "./body";
import { TokenError, verifyAccessTokenLocally, type VerifiedToken } from "../maskinporten/access-token";
import { Problem, problemResponse, type ValidationError } from "./problem";

export interface ApiContext<P> {
  params: P;
  traceId: string;
  /** The caller's verified Maskinporten token (present whenever `scope` was required). */
  token: VerifiedToken;
}

export interface ApiOptions {
  /** The caller's token must carry one of these scopes. Omit only for public endpoints. */
  scope?: string | string[];
}

type RouteContext<P> = { params: Promise<P> };
type Handler<P> = (req: Request, ctx: ApiContext<P>) => Promise<Response>;

export function withApi<P = Record<string, never>>(handler: Handler<P>, options: ApiOptions) {
  return async (req: Request, route: RouteContext<P>): Promise<Response> => {
    const traceId = randomUUID().replaceAll("-", "");
    try {
      const token = options.scope ? await authenticate(req, [options.scope].flat()) : (undefined as unknown as VerifiedToken);
      return await handler(req, { params: await route.params, traceId, token });
    } catch (e) {
      return errorResponse(e, traceId);
    }
  };
}

const CHALLENGE = 'Bearer realm="altinn"';

async function authenticate(req: Request, scopes: string[]): Promise<VerifiedToken> {
  const header = req.headers.get("authorization") ?? "";
  const m = /^Bearer\s+(\S+)$/i.exec(header);
  if (!m) throw new Problem(401, "AUTH-00023", "Unauthorized", "A Maskinporten access token is required (Authorization: Bearer).");
  let token: VerifiedToken;
  try {
    token = await verifyAccessTokenLocally(m[1]!);
  } catch (e) {
    if (e instanceof TokenError) throw new Problem(401, "AUTH-00023", "Unauthorized", e.message);
    throw e;
  }
  if (!scopes.some((s) => token.scopes.includes(s))) {
    throw new Problem(403, "AUTH-00024", "Forbidden", `The access token lacks the required scope: ${scopes.join(" or ")}.`);
  }
  return token;
}

export function errorResponse(e: unknown, traceId: string): Response {
  if (e instanceof Problem) {
    const headers: Record<string, string> = e.status === 401 ? { "www-authenticate": `${CHALLENGE}, error="invalid_token"` } : {};
    return problemResponse(e, traceId, headers);
  }
  if (e instanceof ZodError) return problemResponse(zodProblem(e), traceId);
  console.error(`[${traceId}]`, e);
  return problemResponse(new Problem(500, "AUTH-00500", "An error occurred while processing your request."), traceId);
}

/** Malformed bodies: 400 with one validation error per field, under the generic code AUTH.VLD-00000. */
export function zodProblem(e: ZodError): Problem {
  const errors: ValidationError[] = e.issues.map((i) => ({
    code: "AUTH.VLD-00000",
    detail: i.message,
    paths: [`/${i.path.map(String).join("/")}`],
  }));
  return new Problem(400, "AUTH.VLD-00000", "One or more validation errors occurred.", errors[0]?.detail, errors);
}

/** Reads a JSON body of at most 1 MB; too large is 413, not JSON is 400 (`invalid` lets a caller use its own code). */
export async function readJson(req: Request, invalid = (detail: string) => new Problem(400, "AUTH.VLD-00000", detail)): Promise<unknown> {
  let text: string;
  try {
    text = await readBodyText(req, MAX_JSON_BODY_BYTES);
  } catch (e) {
    if (e instanceof BodyTooLarge) throw new Problem(413, "AUTH.VLD-00000", "Payload Too Large", e.message);
    throw e;
  }
  try {
    return JSON.parse(text);
  } catch {
    throw invalid("The request body is not valid JSON.");
  }
}
