// The one inbound recorder: every route handler of a party (withApi in lib/http/api.ts, Maskinporten's,
// the PDP's, Skatteetaten's and the JWKS handlers) is wrapped by `recorded`, which runs the handler in
// the caller's flow (or a new one) and pushes the exchange to the recorder. Request and response bodies
// are cloned streams, read when the batch is written, not before the answer leaves.
import { randomUUID } from "node:crypto";
import { inboundFlow, runInFlow, currentFlow } from "./flow";
import { partyOfPath, type PartyId } from "./parties";
import { recordExchange, recordingEnabled } from "./recorder";
import { rawBodyOf } from "./raw-body";

/** Request bodies the record keeps: those declared at most 64 KB. */
const RECORDED_BODY_BYTES = 64 * 1024;

/**
 * The request body for the record: the bytes the portal's front already read (./raw-body.ts), else read
 * from a clone only when its declared length is small. A large or streamed body (no Content-Length) is
 * not cloned at all, so it is never buffered for the record; the route's own byte limit (lib/body.ts)
 * still decides what it reads.
 */
function requestBodyForRecord(req: Request): Promise<string | null> | string | null {
  if (!req.body) return null;
  const raw = rawBodyOf(req);
  if (raw) return raw.length <= RECORDED_BODY_BYTES ? raw.toString("utf8") : `(${raw.length} bytes: not recorded)`;
  const declared = Number(req.headers.get("content-length") ?? NaN);
  if (!(declared <= RECORDED_BODY_BYTES)) return Number.isFinite(declared) ? `(${declared} bytes: not recorded)` : "(a streamed body: not recorded)";
  return req.clone().text().catch(() => null);
}

/** The caller when the request names none: a browser (it sends Sec-Fetch-*), else the vendor's machine. */
const callerOf = (headers: Headers): PartyId => (headers.has("sec-fetch-site") ? "browser" : "vendor");

export function recorded<A extends unknown[]>(handler: (req: Request, ...rest: A) => Promise<Response>) {
  return async (req: Request, ...rest: A): Promise<Response> => {
    if (!recordingEnabled()) return handler(req, ...rest);
    const at = new Date();
    const { flowId, caller } = inboundFlow(req.headers);
    const to = partyOfPath(new URL(req.url).pathname);
    const requestBody = requestBodyForRecord(req);
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
