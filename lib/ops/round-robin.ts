// A tiny round-robin front: one port, each new request to the next instance in turn. Headers go through
// unchanged (Host included), so every instance sees the public origin and Next's server actions accept
// the form posts. Used by `npm run instances` and the bench's `--instances` option.
import http from "node:http";

export function startRoundRobin(port: number, targets: number[]): Promise<http.Server> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  let next = 0;
  const server = http.createServer((req, res) => {
    const target = targets[next++ % targets.length]!;
    const upstream = http.request({ host: "127.0.0.1", port: target, method: req.method, path: req.url, headers: req.headers, agent }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.rawHeaders as unknown as http.OutgoingHttpHeaders);
      up.pipe(res);
    });
    upstream.on("error", () => {
      if (!res.headersSent) res.writeHead(502, { "content-type": "text/plain" });
      res.end("bad gateway: the instance did not answer");
    });
    req.pipe(upstream);
  });
  server.keepAliveTimeout = 75_000;
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, () => resolve(server));
  });
}
