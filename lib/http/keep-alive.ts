// An HTTP call from one simulated party to another (Skatteetaten → Altinn's PDP) on node:http with a
// keep-alive agent. Node's fetch in this process is the one Next patches (tracing, cache bookkeeping) and
// builds WHATWG streams for every body: on the Skatteetaten API's hot path it cost more CPU than the PDP's
// whole decision (issue 9). Connections stay open between calls, as a real API provider's HTTP client keeps them.
import http from "node:http";
import https from "node:https";
import { processGlobal } from "../process-global";

// An idle connection is closed after 4 s, before the server would (Node's default keepAliveTimeout is 5 s).
const agents = processGlobal("keep-alive-agents", () => ({
  http: new http.Agent({ keepAlive: true, maxSockets: 64, timeout: 4000 }),
  https: new https.Agent({ keepAlive: true, maxSockets: 64, timeout: 4000 }),
}));

export interface JsonAnswer {
  status: number;
  /** The parsed body; undefined when it was empty or not JSON. */
  json: unknown;
}

const TIMEOUT_MS = 30_000;

/** POSTs `body` as JSON and reads the answer as JSON (a body that is not JSON reads as undefined). */
export async function postJson(url: string, headers: Record<string, string>, body: unknown): Promise<JsonAnswer> {
  const payload = Buffer.from(JSON.stringify(body));
  try {
    return await send(new URL(url), headers, payload);
  } catch (e) {
    // The server closed a kept-alive connection just as it was reused (Node's documented race): once more on a new one.
    if ((e as { reusedSocket?: boolean }).reusedSocket) return send(new URL(url), headers, payload);
    throw e;
  }
}

function send(target: URL, headers: Record<string, string>, payload: Buffer): Promise<JsonAnswer> {
  const secure = target.protocol === "https:";
  return new Promise((resolve, reject) => {
    const req = (secure ? https : http).request(
      target,
      {
        method: "POST",
        agent: secure ? agents.https : agents.http,
        headers: { ...headers, "content-type": "application/json", "content-length": String(payload.length) },
        timeout: TIMEOUT_MS,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("error", reject);
        res.on("end", () => {
          let json: unknown;
          try {
            json = chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : undefined;
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode ?? 0, json });
        });
      },
    );
    req.on("timeout", () => req.destroy(new Error(`no answer from ${target.origin} within ${TIMEOUT_MS} ms`)));
    req.on("error", (e: NodeJS.ErrnoException) =>
      reject(Object.assign(e, { reusedSocket: req.reusedSocket && e.code === "ECONNRESET" })));
    req.end(payload);
  });
}
