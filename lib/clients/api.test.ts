// The query binding of the client-delegation API (SystemUserClientDelegationController.cs: `[FromQuery]
// Guid agent`, `Guid client` under [ApiController]).
import assert from "node:assert/strict";
import { test } from "node:test";
import { BindingProblem } from "../problems/problem";
import { guidParams } from "./api";

const q = (s: string) => new URLSearchParams(s);
const EMPTY = "00000000-0000-0000-0000-000000000000";

test("absent or empty binds to Guid.Empty (the controller then answers VLD-00014/16)", () => {
  assert.deepEqual(guidParams(q(""), ["agent", "client"]), { agent: EMPTY, client: EMPTY });
  assert.deepEqual(guidParams(q("agent=&client="), ["agent", "client"]), { agent: EMPTY, client: EMPTY });
});

test("a GUID is read case-insensitively", () => {
  assert.equal(guidParams(q("agent=1B6CEA43-F499-4AAE-A633-51CF542795AF"), ["agent"]).agent, "1b6cea43-f499-4aae-a633-51cf542795af");
});

test("a value that is not a GUID is ASP.NET's binding problem, naming each bad parameter", () => {
  assert.throws(
    () => guidParams(q("agent=x&client=314250052"), ["agent", "client"]),
    (e: unknown) => e instanceof BindingProblem && Object.keys(e.errors).join() === "agent,client",
  );
});
