// RequestCondition / ConditionalResult of altinn-resource-registry (Models/RequestCondition.cs,
// RequestConditionCollection.ModelBinder.cs) and AccessListsController's PartyUrn members.
import { test } from "node:test";
import assert from "node:assert/strict";
import { BindingProblem } from "../problems/problem";
import { allowsCreating, etagOf, readConditions, validate, withVersion } from "./conditions";
import { parsePartyUrn } from "./parties";

const entity = { version: 3, updatedAt: new Date("2026-12-03T10:00:00Z") };
const h = (o: Record<string, string>) => readConditions(new Headers(o));

test("the ETag is weak, base64url of {\"version\":\"N\"} (AggregateVersion through Opaque)", () => {
  assert.equal(etagOf(3), `W/"${Buffer.from('{"version":"3"}').toString("base64url")}"`);
});

test("If-Match: the current version succeeds, another fails (412) on reads and writes alike", () => {
  assert.equal(validate(h({ "if-match": etagOf(3) }), entity, false), "succeeded");
  assert.equal(validate(h({ "if-match": `${etagOf(1)}, ${etagOf(3)}` }), entity, false), "succeeded");
  assert.equal(validate(h({ "if-match": etagOf(2) }), entity, true), "failed");
  assert.equal(validate(h({ "if-match": "*" }), entity, false), "succeeded");
});

test("If-None-Match: a match is 304 on a read, 412 on a write; * fails on an existing entity", () => {
  assert.equal(validate(h({ "if-none-match": etagOf(3) }), entity, true), "unmodified");
  assert.equal(validate(h({ "if-none-match": etagOf(3) }), entity, false), "failed");
  assert.equal(validate(h({ "if-none-match": etagOf(2) }), entity, true), "succeeded");
  assert.equal(validate(h({ "if-none-match": "*" }), entity, false), "failed");
});

test("dates count only without their ETag header; compared on whole seconds", () => {
  assert.equal(validate(h({ "if-modified-since": entity.updatedAt.toUTCString() }), entity, true), "unmodified");
  assert.equal(validate(h({ "if-modified-since": new Date("2026-12-03T09:00:00Z").toUTCString() }), entity, true), "succeeded");
  assert.equal(validate(h({ "if-unmodified-since": new Date("2026-12-03T09:00:00Z").toUTCString() }), entity, false), "failed");
  assert.equal(validate(h({ "if-match": etagOf(3), "if-unmodified-since": new Date("2026-12-03T09:00:00Z").toUTCString() }), entity, false), "succeeded");
});

test("creating is allowed unless If-Match asks for an existing entity", () => {
  assert.equal(allowsCreating(h({})), true);
  assert.equal(allowsCreating(h({ "if-none-match": "*" })), true);
  assert.equal(allowsCreating(h({ "if-match": "*" })), false);
  assert.equal(allowsCreating(h({ "if-match": etagOf(1) })), false);
});

test("a continuation token's version must still be the list's", () => {
  assert.equal(validate(withVersion(h({}), 2), entity, true), "failed");
  assert.equal(validate(withVersion(h({}), 3), entity, true), "succeeded");
});

test("an ETag this API did not issue, or a bad date, is ASP.NET's 400", () => {
  assert.throws(() => h({ "if-match": '"abc"' }), BindingProblem);
  assert.throws(() => h({ "if-modified-since": "yesterday" }), BindingProblem);
});

test("PartyUrn: party id, party uuid, organisation number; anything else is no PartyUrn", () => {
  assert.deepEqual(parsePartyUrn("urn:altinn:organization:identifier-no:310904473"), { kind: "orgNo", value: "310904473" });
  assert.deepEqual(parsePartyUrn("urn:altinn:party:id:50001"), { kind: "partyId", value: 50001 });
  assert.deepEqual(parsePartyUrn("urn:altinn:party:uuid:E458014D-4D4F-49A1-96D5-A869D95E8715"), { kind: "partyUuid", value: "e458014d-4d4f-49a1-96d5-a869d95e8715" });
  for (const bad of ["urn:altinn:party:id:-1", "urn:altinn:organization:identifier-no:12", "urn:altinn:person:identifier-no:02877310097", "310904473", 42, null]) {
    assert.equal(parsePartyUrn(bad), null, String(bad));
  }
});
