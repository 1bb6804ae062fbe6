// The end-user client-delegation API (/authentication/api/v1/enduser/systemuser/...) is called from the
// portal with the person's session cookie, not a Maskinporten token. This wrapper authenticates the
// session (401 problem without one), refuses cross-site state changes, and maps errors like withApi.
import { randomUUID } from "node:crypto";
import { currentPerson } from "../auth/actor";
import { env } from "../env";
import { errorResponse } from "../http/api";
import { Problem, problemResponse } from "../problems/problem";
import { clientProblems } from "./problems";
import type { ClientAdminActor } from "./service";

export { agentParam, clientParam, partyParam } from "./params";

export interface EnduserContext {
  actor: ClientAdminActor;
  query: URLSearchParams;
}

type Handler = (req: Request, ctx: EnduserContext) => Promise<Response>;

export function withEnduserSession(handler: Handler, options: { stateChanging?: boolean } = {}) {
  return async (req: Request): Promise<Response> => {
    const traceId = randomUUID().replaceAll("-", "");
    let res: Response;
    try {
      const person = await currentPerson();
      if (!person) throw clientProblems.notLoggedIn();
      // The session cookie is SameSite=Lax, which still lets same-site pages (another port on the same
      // host) send it: a POST/DELETE must name this portal as its Origin (OWASP CSRF: verify origin).
      if (options.stateChanging && req.headers.get("origin") !== env.baseUrl) throw clientProblems.crossSite();
      res = await handler(req, { actor: { pid: person.pid }, query: new URL(req.url).searchParams });
    } catch (e) {
      res = toErrorResponse(e, traceId);
    }
    res.headers.set("cache-control", "no-store");
    return res;
  };
}

function toErrorResponse(e: unknown, traceId: string): Response {
  // On this API the `agent` parameter naming a standard system user is a validation error of that
  // parameter (AUTH.VLD-00015); the domain's AUTH-00034 is what the portal's own actions report.
  if (e instanceof Problem && e.code === "AUTH-00034") return errorResponse(clientProblems.agentNotAgent(), traceId);
  // A session API has no bearer challenge to offer: a plain 401 problem.
  if (e instanceof Problem && e.status === 401) return problemResponse(e, traceId);
  return errorResponse(e, traceId);
}
