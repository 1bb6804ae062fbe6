// The one inbound recorder: every route handler of a party (withApi in lib/http/api.ts, Maskinporten's,
// the PDP's, Skatteetaten's and the JWKS handlers) is wrapped by `recorded`, which runs the handler in
// the caller's flow (or a new one) and pushes the exchange to the recorder. Request and response bodies
// are cloned streams, read when the batch is written, not before the answer leaves.
import { randomUUID } from "node:crypto";
import { inboundFlow, runInFlow, currentFlow } from "./flow";
import { partyOfPath, type PartyId } from "./parties";
import { recordExchange, recordingEnabled } from "./recorder";

/** The caller when the request names none: a browser (it sends Sec-Fetch-*), else the vendor's machine. */
const callerOf = (headers: Headers): PartyId => (headers.has("sec-fetch-site") ? "browser" : "vendor");

export function recorded<A extends unknown[]>(handler: (req: Request, ...rest: A) => Promise<Response>) {
  return async (req: Request, ...rest: A): Promise<Response> => {
    if (!recordingEnabled()) return handler(req, ...rest);
    const at = new Date();
    const { flowId, caller } = inboundFlow(req.headers);
    const to = partyOfPath(new URL(req.url).pathname);
    const requestBody = req.body ? req.clone().text().catch(() => null) : null;
    return runInFlow({ flowId: flowId ?? randomUUID(), self: to }, async () => {
      const res = await handler(req, ...rest);
      const ctx = currentFlow()!;
      recordExchange({
        at,
        flowId: ctx.flowId,
        from: caller ?? callerOf(req.headers),
        to,
        method: req.method,
        url: req.url,
        status: res.status,
        durationMs: Date.now() - at.getTime(),
        requestHeaders: req.headers,
        requestBody,
        responseHeaders: res.headers,
        responseBody: res.body ? res.clone().text().catch(() => null) : null,
        notes: ctx.notes,
      });
      return res;
    });
  };
}
