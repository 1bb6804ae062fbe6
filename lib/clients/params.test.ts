import { test } from "node:test";
import assert from "node:assert/strict";
import { Problem } from "../problems/problem";
import { agentParam, clientParam, partyParam } from "./params";

const q = (s: string) => new URLSearchParams(s);

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof Problem);
    assert.equal(e.status, 400);
    return e.validationErrors?.[0]?.code ?? "(none)";
  }
  assert.fail("expected a validation problem");
}

test("agent: a GUID, lower-cased; missing or malformed is AUTH.VLD-00014", () => {
  assert.equal(agentParam(q("agent=1B6CEA43-F499-4AAE-A633-51CF542795AF")), "1b6cea43-f499-4aae-a633-51cf542795af");
  for (const bad of ["", "agent=", "agent=not-a-guid", "agent=1b6cea43f4994aaea63351cf542795af", "agent=1b6cea43-f499-4aae-a633-51cf542795af0"]) {
    assert.equal(codeOf(() => agentParam(q(bad))), "AUTH.VLD-00014", bad);
  }
});

test("client: a valid organisation number; anything else is AUTH.VLD-00016", () => {
  assert.equal(clientParam(q("client=310609544")), "310609544");
  for (const bad of ["", "client=31060954", "client=310609545", "client=fffefbe8-72ed-4729-b80b-dc16a96f4d9f", "client= 310609544"]) {
    assert.equal(codeOf(() => clientParam(q(bad))), "AUTH.VLD-00016", bad);
  }
});

test("party: a valid organisation number (AUTH.VLD-00000 otherwise)", () => {
  assert.equal(partyParam(q("party=314250052")), "314250052");
  assert.equal(codeOf(() => partyParam(q("party=314250051"))), "AUTH.VLD-00000");
  assert.equal(codeOf(() => partyParam(q(""))), "AUTH.VLD-00000");
});
