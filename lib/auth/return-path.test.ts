import { test } from "node:test";
import assert from "node:assert/strict";
import { safeReturnPath } from "./return-path";

const ORIGIN = "http://localhost:3000";
const ret = (v: unknown) => safeReturnPath(v, "/start", ORIGIN);

test("same-origin paths are kept as return paths", () => {
  assert.equal(ret("/vendor"), "/vendor");
  const confirm = "/accessmanagement/ui/systemuser/request?id=1&DONTCHOOSEREPORTEE=true";
  assert.equal(ret(confirm), confirm);
  // An encoded slash stays a path segment on this origin (the browser does not decode it into a host).
  assert.equal(ret("/%2F/evil.example"), "/%2F/evil.example");
  assert.equal(ret("/a#frag"), "/a#frag");
});

// Issue 8, item 3: browsers drop TAB/CR/LF and read `\` as `/`, so `/<TAB>/evil.example` was `//evil.example`.
const OPEN_REDIRECTS: [string, unknown][] = [
  ["TAB", "/\t/evil.example/phish"],
  ["CR", "/\r/evil.example"],
  ["LF", "/\n/evil.example"],
  ["TAB inside the slashes", "/\t\t/evil.example"],
  ["NUL", "/\u0000/evil.example"],
  ["backslash", "/\\evil.example"],
  ["backslash after slash", "//\\evil.example"],
  ["backslash first", "\\\\evil.example"],
  ["dot segment to scheme-relative", "/.//evil.example"],
  ["dot-dot segment to scheme-relative", "/x/..//evil.example"],
  ["scheme-relative", "//evil.example/x"],
  ["absolute https", "https://evil.example/"],
  ["absolute http on another port", "http://localhost:3001/approve"],
  ["same host, other scheme", "https://localhost:3000/vendor"],
  ["javascript:", "javascript:alert(1)"],
  ["data:", "data:text/html,<script>alert(1)</script>"],
  ["empty", ""],
  ["not a string", 42],
  ["undefined", undefined],
];

for (const [name, value] of OPEN_REDIRECTS) {
  test(`refuses an open redirect: ${name}`, () => assert.equal(ret(value), "/start"));
}

test("the encoded forms arrive decoded once (searchParams) and are refused", () => {
  for (const encoded of ["%2F%09%2Fevil.example%2Fphish", "%2F%0D%2Fevil.example", "%2F%0A%2Fevil.example", "%2F%5Cevil.example", "%2F%2Fevil.example"]) {
    const decoded = new URLSearchParams(`callbackUrl=${encoded}`).get("callbackUrl");
    assert.equal(ret(decoded), "/start", encoded);
  }
});
