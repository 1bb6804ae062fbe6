import { test } from "node:test";
import assert from "node:assert/strict";
import { contentSecurityPolicy } from "./security-headers";

test("the page policy allows scripts only by nonce and forbids framing", () => {
  const csp = contentSecurityPolicy("abc123");
  assert.match(csp, /script-src 'self' 'nonce-abc123' 'strict-dynamic'(;|$)/);
  assert.doesNotMatch(csp, /unsafe-eval/);
  assert.match(csp, /frame-ancestors 'none'/);
  assert.match(csp, /object-src 'none'/);
  assert.match(contentSecurityPolicy("n", true), /'unsafe-eval'/);
});
