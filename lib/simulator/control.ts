// The control API's wrapper (/simulator/api/...): absent (a bare 404) when SIMULATOR_TEST_FEATURES=off, so a
// shared instance has none of it; every call, refused ones included, leaves an audit row
// (`simulator.<action>`, actor "system": the control API has no caller identity).
import { randomUUID } from "node:crypto";
import { audit } from "../audit";
import { env } from "../env";
import { errorResponse } from "../http/api";
import { BodyTooLarge, readBodyText } from "../body";
import { BindingProblem, StatusAnswer } from "../problems/problem";

type Handler<P> = (req: Request, params: P, details: Record<string, unknown>) => Promise<Response>;

export function withControl<P = Record<string, never>>(action: string, handler: Handler<P>) {
  return async (req: Request, route: { params: Promise<P> }): Promise<Response> => {
    if (!env.testFeatures) return new Response(null, { status: 404 });
    const traceId = randomUUID().replaceAll("-", "");
    const details: Record<string, unknown> = { method: req.method };
    let res: Response;
    try {
      res = await handler(req, await route.params, details);
    } catch (e) {
      res = errorResponse(e, traceId);
    }
    await audit("system", `simulator.${action}`, new URL(req.url).pathname, { ...details, status: res.status });
    return res;
  };
}

/** The JSON body, `{}` when there is none (every control call may be sent without one). */
export async function readControlBody(req: Request): Promise<unknown> {
  let text: string;
  try {
    text = await readBodyText(req, 64 * 1024);
  } catch (e) {
    if (e instanceof BodyTooLarge) throw new StatusAnswer(413);
    throw e;
  }
  if (!text.trim()) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new BindingProblem({ $: ["The request body is not valid JSON."] });
  }
}
