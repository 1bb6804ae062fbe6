// Issue 8, item 2: the one body reader refuses on Content-Length and stops reading at the limit.
import { test } from "node:test";
import assert from "node:assert/strict";
import { BodyTooLarge, readBodyText } from "./body";

/** A body of `chunks` × 1 kB that counts how many chunks were pulled. */
function countingBody(chunks: number) {
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled === chunks) return controller.close();
      pulled += 1;
      controller.enqueue(new Uint8Array(1024).fill(97));
    },
  }, { highWaterMark: 0 }); // nothing is pulled until the reader asks
  return { stream, pulled: () => pulled };
}

const post = (body: BodyInit, headers: Record<string, string> = {}) => new Request("http://localhost/x", { method: "POST", body, headers, duplex: "half" } as RequestInit);

test("a body within the limit is read whole", async () => {
  assert.equal(await readBodyText(post("grant_type=x"), 64), "grant_type=x");
  assert.equal(await readBodyText(new Request("http://localhost/x"), 64), "");
});

test("a declared Content-Length over the limit is refused before a byte is read", async () => {
  const body = countingBody(10);
  await assert.rejects(readBodyText(post(body.stream, { "content-length": String(200 * 1024 * 1024) }), 64 * 1024), BodyTooLarge);
  assert.equal(body.pulled(), 0);
});

test("a streamed body is read only up to the limit", async () => {
  const body = countingBody(200_000); // 200 MB if read whole
  await assert.rejects(readBodyText(post(body.stream), 64 * 1024), (e: unknown) => e instanceof BodyTooLarge && e.limit === 65536);
  assert.ok(body.pulled() <= 66, `pulled ${body.pulled()} kB`);
});
