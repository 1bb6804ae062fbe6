// The bytes of a request body as the portal's node:http front read them (lib/server.ts), kept beside the
// web Request made from them, so the exchange recorder can keep the body without cloning the Request
// (a clone tees its stream: about 0.2 ms of the one JavaScript thread per request; issue 9).
// A Request that did not come through the front (Next's own route pipeline) has none: readers clone it.
const rawBodies = new WeakMap<Request, Buffer>();

/** Remembers `body` as the bytes of `req`'s body (they must be exactly what its stream gives). */
export function rememberRawBody(req: Request, body: Buffer): Request {
  rawBodies.set(req, body);
  return req;
}

/** The bytes of `req`'s body, if the front read them before making it. */
export const rawBodyOf = (req: Request): Buffer | undefined => rawBodies.get(req);
