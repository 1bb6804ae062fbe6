// The portal's HTTP server (`npm start`, `npm run portal`, the Playwright test server, `npm run bench`):
// Next.js's request handler behind a plain `node:http` server, which serves the hot machine endpoints
// itself. Next's route pipeline costs more per request than a token's crypto (issue 9: a do-nothing route
// served about 1,750 req/s on two cores), so the token endpoint, the PDP, Skatteetaten's API and the JWKS
// skip it. They are not a second implementation: the fast path calls the very handler the Next route file
// exports, with a web Request made from the Node request and the web Response written back; everything
// else (pages, other APIs, other methods, trailing slashes) goes to Next unchanged.
//
// This file is loaded outside Next's bundle (by tsx), so the lib/ modules it reaches are a second copy of
// those inside the bundle: every process-wide singleton (Prisma client, key caches, limits, timers,
// write batches) lives on globalThis (lib/process-global.ts) so that both copies share it.
//   node --import tsx lib/server.ts [-p port] [-H hostname] [--keepAliveTimeout ms]
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { parseArgs } from "node:util";
import next from "next";
import nextConfig from "../next.config.js";
import { rememberRawBody } from "./exchanges/raw-body";

type RouteHandler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
interface FastRoute {
  method: string;
  path: RegExp;
  /** The handler the route file exports; named groups of `path` are its params. */
  handler: RouteHandler;
}

/** Imported once Next has set up its runtime (the route modules reach next/server, which needs it). */
async function fastRoutes(): Promise<FastRoute[]> {
  const [token, jwks, authorize, krav] = await Promise.all([
    import("../app/maskinporten/token/route"),
    import("../app/maskinporten/jwk/route"),
    import("../app/authorization/api/v1/authorize/route"),
    import("../app/skatteetaten/api/innkreving/kravogbetalinger/v1/krav/[orgNo]/route"),
  ]);
  return [
    { method: "POST", path: /^\/maskinporten\/token$/, handler: token.POST },
    { method: "GET", path: /^\/maskinporten\/jwk$/, handler: jwks.GET },
    { method: "POST", path: /^\/authorization\/api\/v1\/authorize$/, handler: authorize.POST as RouteHandler },
    { method: "GET", path: /^\/skatteetaten\/api\/innkreving\/kravogbetalinger\/v1\/krav\/(?<orgNo>[^/]+)$/, handler: krav.GET as RouteHandler },
  ];
}

/** The headers next.config.js puts on every response (`source: "/:path*"`): the fast path sets them too. */
async function everyResponseHeaders(): Promise<[string, string][]> {
  const rules = (await nextConfig.headers?.()) ?? [];
  return rules.filter((r) => r.source === "/:path*").flatMap((r) => r.headers.map((h) => [h.key, h.value] as [string, string]));
}

/** Bodies up to this declared size are read before the handler runs; others stream to it (its byte limit applies). */
const BUFFERED_BODY_BYTES = 64 * 1024;

function bodyOf(req: IncomingMessage): Promise<BodyInit | null> | BodyInit | null {
  if (req.method === "GET" || req.method === "HEAD") return null;
  const declared = Number(req.headers["content-length"] ?? NaN);
  if (declared <= BUFFERED_BODY_BYTES) {
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => resolve(Buffer.concat(chunks)));
      req.on("error", reject);
    });
  }
  // Pulled as the handler reads (the socket pauses while a chunk waits), so its byte limit bounds memory.
  let open = true;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      req.on("data", (c: Buffer) => {
        if (!open) return;
        controller.enqueue(new Uint8Array(c));
        if ((controller.desiredSize ?? 0) <= 0) req.pause();
      });
      req.on("end", () => open && ((open = false), controller.close()));
      req.on("error", (e) => open && ((open = false), controller.error(e)));
    },
    pull() {
      req.resume();
    },
    cancel() {
      open = false; // the handler has read enough (its limit): what is left is for leaveUnread, after the answer
      req.pause();
    },
  });
}

/** After the answer, at most this much more of a body the handler did not read is read (and discarded)... */
const UNREAD_BODY_DRAIN_BYTES = 2 * 1024 * 1024;
/** ...and a client still sending after that gets this long to see the answer and close. */
const UNREAD_BODY_CLOSE_MS = 5_000;

/**
 * A body the handler did not read to its end (an answer before it, or a byte limit): the rest is read and
 * discarded up to a bound, so a client that sent a little too much keeps its connection; beyond the bound
 * the socket stops reading (the client's writes stall once the buffers are full) and the connection is
 * closed if the client has not closed it within a few seconds. Reading on without a bound would let a
 * client push any amount; closing at once could reset the connection before the client has read the answer.
 */
function leaveUnread(req: IncomingMessage) {
  if (req.complete) return;
  const close = setTimeout(() => req.socket.destroy(), UNREAD_BODY_CLOSE_MS);
  req.socket.once("close", () => clearTimeout(close));
  req.once("end", () => clearTimeout(close));
  let left = UNREAD_BODY_DRAIN_BYTES;
  req.removeAllListeners("data"); // the handler's stream is done with it
  req.on("data", (c: Buffer) => {
    if ((left -= c.length) <= 0) req.pause();
  });
  req.resume();
}

async function toRequest(req: IncomingMessage): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  const body = await bodyOf(req);
  const request = new Request(`http://${req.headers.host ?? "localhost"}${req.url}`, { method: req.method, headers, body, duplex: "half" } as RequestInit);
  return Buffer.isBuffer(body) ? rememberRawBody(request, body) : request;
}

async function writeResponse(res: ServerResponse, response: Response, extraHeaders: [string, string][]) {
  res.statusCode = response.status;
  for (const [name, value] of extraHeaders) res.setHeader(name, value);
  response.headers.forEach((value, name) => {
    if (name !== "set-cookie") res.setHeader(name, value);
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length) res.setHeader("set-cookie", cookies);
  res.end(response.body ? Buffer.from(await response.arrayBuffer()) : undefined);
}

/** The named groups of the path, URL-decoded as Next decodes dynamic segments; null if one does not decode. */
function routeParams(m: RegExpExecArray): Promise<Record<string, string>> | null {
  try {
    return Promise.resolve(Object.fromEntries(Object.entries(m.groups ?? {}).map(([k, v]) => [k, decodeURIComponent(v)])));
  } catch {
    return null;
  }
}

async function main() {
  const { values: opts } = parseArgs({
    options: {
      port: { type: "string", short: "p", default: process.env.PORT ?? "3000" },
      hostname: { type: "string", short: "H" },
      keepAliveTimeout: { type: "string" },
    },
  });
  const port = Number(opts.port);
  const app = next({ dev: false, port, hostname: opts.hostname ?? "localhost" });
  const nextHandler = app.getRequestHandler();
  await app.prepare();
  const extraHeaders = await everyResponseHeaders();
  const routes = await fastRoutes();

  const server = createServer((req, res) => {
    const pathname = (req.url ?? "/").split("?")[0]!;
    for (const route of routes) {
      const m = route.method === req.method ? route.path.exec(pathname) : null;
      if (!m) continue;
      const params = routeParams(m);
      if (!params) break; // a malformed escape: Next answers it
      toRequest(req)
        .then((request) => route.handler(request, { params }))
        .then((response) => writeResponse(res, response, extraHeaders))
        .then(() => leaveUnread(req))
        .catch((e) => {
          console.error("[server]", e);
          if (!res.headersSent) res.statusCode = 500;
          res.end();
        });
      return;
    }
    void nextHandler(req, res);
  });
  if (opts.keepAliveTimeout) server.keepAliveTimeout = Number(opts.keepAliveTimeout);
  server.listen(port, opts.hostname, () => console.log(`▲ portal ready on http://${opts.hostname ?? "localhost"}:${port}`));
  for (const sig of ["SIGINT", "SIGTERM"] as const) {
    process.on(sig, () => {
      server.close();
      process.exit(0);
    });
  }
}

await main();
