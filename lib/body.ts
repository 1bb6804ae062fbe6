// The one body reader of the portal: a request body is read only up to a byte limit, so no request can
// make the server buffer more than that (one 200 MB body used to grow the process by 600 MB). A declared
// Content-Length over the limit is refused before a byte is read; otherwise bytes are counted as they
// stream in and reading stops at the first byte past the limit. Callers map BodyTooLarge to their own
// error format (OAuth on the token endpoint, problem+json elsewhere).
import { NextRequest } from "next/server";

/** JSON bodies of Altinn's APIs (Kestrel's own default is 30 MB; no documented request here is near 1 MB). */
export const MAX_JSON_BODY_BYTES = 1024 * 1024;

export class BodyTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`The request body is larger than ${limit} bytes.`);
  }
}

/** The body as UTF-8 text, or BodyTooLarge. An absent body is "". */
export async function readBodyText(req: Request, limit: number): Promise<string> {
  return Buffer.from(await readBodyBytes(req, limit)).toString("utf8");
}

/** The body's bytes, or BodyTooLarge. An absent body is empty. */
export async function readBodyBytes(req: Request, limit: number): Promise<Uint8Array> {
  const declared = req.headers.get("content-length");
  if (declared !== null && Number(declared) > limit) throw new BodyTooLarge(limit);
  if (!req.body) return new Uint8Array();
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw new BodyTooLarge(limit);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/**
 * A copy of the request whose body holds at most `limit` bytes (for handlers that read the body
 * themselves, such as next-auth's). The body is read with the limit first.
 */
export async function withBoundedBody(req: NextRequest, limit: number): Promise<NextRequest> {
  if (req.method === "GET" || req.method === "HEAD") return req;
  const body = await readBodyText(req, limit);
  return new NextRequest(req.url, { method: req.method, headers: req.headers, body });
}
