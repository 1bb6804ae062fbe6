// SIMULATOR_TEST_FEATURES=off removes the control API: every route answers a bare 404 before touching
// anything (no handler runs, no audit row is written).
import { test } from "node:test";
import assert from "node:assert/strict";

test("with SIMULATOR_TEST_FEATURES=off every control route is a bare 404 and its handler never runs", async () => {
  process.env.SIMULATOR_TEST_FEATURES = "off";
  const { withControl } = await import("./control");
  let ran = false;
  const route = withControl("reset", async () => {
    ran = true;
    return new Response("done");
  });
  const res = await route(new Request("http://localhost/simulator/api/reset", { method: "POST" }), { params: Promise.resolve({}) });
  assert.equal(res.status, 404);
  assert.equal(await res.text(), "");
  assert.equal(ran, false);
});

test("with SIMULATOR_TEST_FEATURES=off a clock offset and armed faults left in the state have no effect", async () => {
  process.env.SIMULATOR_TEST_FEATURES = "off";
  const { setSnapshot } = await import("./state");
  const { now } = await import("../clock");
  const { faultArmed } = await import("./faults");
  const fault = { kind: "pdp-indeterminate", remaining: null, status: 0, delayMs: 0, retryAfter: 0, path: "" };
  setSnapshot({ offsetMs: 365 * 24 * 3600 * 1000, faults: new Map([["pdp-indeterminate", fault]]) });
  assert.ok(Math.abs(now().getTime() - Date.now()) < 1000);
  assert.equal(faultArmed("pdp-indeterminate"), false);
});
