import { test } from "node:test";
import assert from "node:assert/strict";
import { WindowLimiter } from "./rate-limit";

test("at most max events per key and window, then a new window", () => {
  const limiter = new WindowLimiter(3, 60_000);
  const t = 1_000_000;
  assert.deepEqual([1, 2, 3, 4, 5].map(() => limiter.allow("a", t)), [true, true, true, false, false]);
  assert.equal(limiter.allow("b", t), true, "keys are counted apart");
  assert.equal(limiter.allow("a", t + 59_999), false);
  assert.equal(limiter.allow("a", t + 60_000), true);
});
