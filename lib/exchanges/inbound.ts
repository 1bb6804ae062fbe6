// The one inbound recorder: every route handler of a party (withApi in lib/http/api.ts, Maskinporten's,
// the PDP's, Skatteetaten's and the JWKS handlers) is wrapped by `recorded`, which runs the handler in
// the caller's flow (or a new one) and pushes the exchange to the recorder. Request and response bodies
// are cloned streams, read when the batch is written, not before the answer leaves.
import { randomUUID } from "node:crypto";
import { inboundFlow, runInFlow, currentFlow } from "./flow";
import { partyOfPath, type PartyId } from "./parties";
import { recordExchange, recordingEnabled } from "./recorder";

/** What the record keeps of a body: the first 64 KB. The route's own byte limit still applies to the body. */
const RECORDED_BODY_BYTES = 64 * 1024;

/**
 * Reads at most RECORDED_BODY_BYTES of a cloned body, then cancels that branch: a huge or endless request
 * body is never buffered for the record (the handler's branch keeps its own byte limit, lib/body.ts).
 */
async function capturedText(body: ReadableStream<Uint8Array>): Promise<string | null> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < RECORDED_BODY_BYTES) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.byteLength;
    }
    const truncated = size >= RECORDED_BODY_BYTES;
    await reader.cancel().catch(() => undefined);
    const text = Buffer.concat(chunks).subarray(0, RECORDED_BODY_BYTES).toString("utf8");
    return truncated ? `${text}\n… (the record keeps the first ${RECORDED_BODY_BYTES} bytes)` : text;
  } catch {
    return null;
  }
}

/** The caller when the request names none: a browser (it sends Sec-Fetch-*), else the vendor's machine. */
const callerOf = (headers: Headers): PartyId => (headers.has("sec-fetch-site") ? "browser" : "vendor");

export function recorded<A extends unknown[]>(handler: (req: Request, ...rest: A) => Promise<Response>) {
  return async (req: Request, ...rest: A): Promise<Response> => {
    if (!recordingEnabled()) return handler(req, ...rest);
    const at = new Date();
    const { flowId, caller } = inboundFlow(req.headers);
    const to = partyOfPath(new URL(req.url).pathname);
    const requestBody = req.body ? capturedText(req.clone().body!) : null;
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
        responseBody: res.body ? capturedText(res.clone().body!) : null,
        notes: ctx.notes,
      });
      return res;
    });
  };
}
