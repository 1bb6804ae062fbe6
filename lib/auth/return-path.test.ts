import { test } from "node:test";
import assert from "node:assert/strict";
import { safeReturnPath } from "./return-path";

test("only same-origin paths are kept as return paths", () => {
  assert.equal(safeReturnPath("/vendor"), "/vendor");
  assert.equal(safeReturnPath("/accessmanagement/ui/systemuser/request?id=1&DONTCHOOSEREPORTEE=true"), "/accessmanagement/ui/systemuser/request?id=1&DONTCHOOSEREPORTEE=true");
  for (const bad of ["https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)", "", undefined, 42]) {
    assert.equal(safeReturnPath(bad), "/start", String(bad));
  }
});
