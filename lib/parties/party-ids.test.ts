import { test } from "node:test";
import assert from "node:assert/strict";
import { partyIdOf, partyUuidOf, UUID_RE } from "./party-ids";
import { ORGS, PERSONS } from "../../prisma/cast";

test("party UUIDs are version-5 UUIDs, stable, and differ by kind and number", () => {
  const a = partyUuidOf("organization", "310904473");
  assert.match(a, UUID_RE);
  assert.equal(a[14], "5");
  assert.match(a[19]!, /[89ab]/);
  assert.equal(partyUuidOf("organization", "310904473"), a);
  assert.notEqual(partyUuidOf("person", "310904473"), a);
  assert.notEqual(partyUuidOf("organization", "314250052"), a);
});

test("party ids: persons in 50.xxx.xxx, organisations in 51.xxx.xxx, unique across the cast", () => {
  const orgIds = Object.values(ORGS).map((o) => partyIdOf("organization", o.orgNo));
  const personIds = PERSONS.map((p) => partyIdOf("person", p.pid));
  for (const id of orgIds) assert.ok(id >= 51_000_000 && id < 52_000_000, String(id));
  for (const id of personIds) assert.ok(id >= 50_000_000 && id < 51_000_000, String(id));
  assert.equal(new Set([...orgIds, ...personIds]).size, orgIds.length + personIds.length);
});
