import { test } from "node:test";
import assert from "node:assert/strict";
import { ATTR, MAX_INDIVIDUAL_REQUESTS, STATUS, parseXacmlRequest } from "./xacml";

const subject = (v: unknown, extra: Record<string, unknown> = {}) => ({ ...extra, Attribute: [{ AttributeId: ATTR.systemUser, Value: v }] });
const action = (v: string, extra: Record<string, unknown> = {}) => ({ ...extra, Attribute: [{ AttributeId: ATTR.action, Value: v }] });
const resource = (party: unknown, extra: Record<string, unknown> = {}, id = "ske-krav-og-betalinger") => ({
  ...extra,
  Attribute: [
    { AttributeId: ATTR.resource, Value: id },
    { AttributeId: ATTR.party, Value: party },
  ],
});

test("a single request is parsed into one decision request", () => {
  const out = parseXacmlRequest({ Request: { AccessSubject: [subject("su")], Action: [action("read")], Resource: [resource("310904473")] } });
  assert.deepEqual(out, [{ ok: true, included: [], request: { systemUserId: "su", action: "read", resourceId: "ske-krav-og-betalinger", partyOrgNo: "310904473" } }]);
});

test("categories may be single objects and values bags of one", () => {
  const [r] = parseXacmlRequest({ Request: { AccessSubject: subject(["su"]), Action: action("read"), Resource: resource("310904473") } });
  assert.equal(r?.ok, true);
});

test("bodies that are not a Request are one syntax-error", () => {
  for (const body of [null, 42, "x", [], {}, { Request: [] }, { Request: "x" }]) {
    const out = parseXacmlRequest(body);
    assert.equal(out.length, 1);
    assert.deepEqual([out[0]?.ok, !out[0]?.ok && out[0]?.status], [false, STATUS.syntaxError], JSON.stringify(body));
  }
});

test("attributes without AttributeId or Value are a syntax-error", () => {
  const out = parseXacmlRequest({ Request: { AccessSubject: [{ Attribute: [{ Value: "x" }] }], Action: [action("read")], Resource: [resource("310904473")] } });
  assert.equal(out[0]?.ok === false && out[0].status, STATUS.syntaxError);
});

test("a missing attribute or category is missing-attribute", () => {
  const cases = [
    { AccessSubject: [{ Attribute: [{ AttributeId: "urn:altinn:userid", Value: "1" }] }], Action: [action("read")], Resource: [resource("310904473")] },
    { AccessSubject: [subject("su")], Resource: [resource("310904473")] },
    { AccessSubject: [subject("su")], Action: [action("read")], Resource: [{ Attribute: [{ AttributeId: ATTR.resource, Value: "x" }] }] },
  ];
  for (const c of cases) {
    const [r] = parseXacmlRequest({ Request: c });
    assert.equal(r?.ok === false && r.status, STATUS.missingAttribute, JSON.stringify(c));
  }
});

test("two values of one attribute, a non-string value, or a malformed party are syntax-errors", () => {
  for (const [sub, party] of [
    [["a", "b"], "310904473"],
    [{ x: 1 }, "310904473"],
    ["su", "31090447"],
  ] as const) {
    const [r] = parseXacmlRequest({ Request: { AccessSubject: [subject(sub)], Action: [action("read")], Resource: [resource(party)] } });
    assert.equal(r?.ok === false && r.status, STATUS.syntaxError);
  }
});

test("repeated categories without MultiRequests are the cross product", () => {
  const out = parseXacmlRequest({ Request: { AccessSubject: [subject("su")], Action: [action("read"), action("write")], Resource: [resource("310904473"), resource("310609544")] } });
  assert.deepEqual(
    out.map((r) => (r.ok ? `${r.request.action}@${r.request.partyOrgNo}` : "x")),
    ["read@310904473", "read@310609544", "write@310904473", "write@310609544"],
  );
});

test("MultiRequests pick categories by Id, in the order of RequestReference, each failing alone", () => {
  const out = parseXacmlRequest({
    Request: {
      AccessSubject: [subject("su", { Id: "s1" })],
      Action: [action("read", { Id: "a1" }), action("write", { Id: "a2" })],
      Resource: [resource("310904473", { Id: "r1" }), resource("310609544", { Id: "r2" })],
      MultiRequests: {
        RequestReference: [{ ReferenceId: ["s1", "a2", "r2"] }, { ReferenceId: ["s1", "a1", "r1"] }, { ReferenceId: ["s1", "a1"] }, { ReferenceId: ["s1", "a1", "a2", "r1"] }],
      },
    },
  });
  assert.equal(out.length, 4);
  assert.deepEqual(out[0]?.ok && out[0].request, { systemUserId: "su", action: "write", resourceId: "ske-krav-og-betalinger", partyOrgNo: "310609544" });
  assert.deepEqual(out[1]?.ok && [out[1].request.action, out[1].request.partyOrgNo], ["read", "310904473"]);
  assert.equal(out[2]?.ok === false && out[2].status, STATUS.missingAttribute);
  assert.equal(out[3]?.ok === false && out[3].status, STATUS.syntaxError);
});

test("a ReferenceId naming no category is a syntax-error of the whole request", () => {
  const out = parseXacmlRequest({ Request: { AccessSubject: [subject("su", { Id: "s1" })], MultiRequests: { RequestReference: [{ ReferenceId: ["nope"] }] } } });
  assert.equal(out.length, 1);
  assert.equal(out[0]?.ok === false && out[0].status, STATUS.syntaxError);
});

test("IncludeInResult attributes come back as the result's Category", () => {
  const res = { Attribute: [{ AttributeId: ATTR.resource, Value: "r" }, { AttributeId: ATTR.party, Value: "310904473", IncludeInResult: true }] };
  const [r] = parseXacmlRequest({ Request: { AccessSubject: [subject("su")], Action: [action("read")], Resource: [res] } });
  assert.deepEqual(r?.included, [{ CategoryId: "urn:oasis:names:tc:xacml:3.0:attribute-category:resource", Attribute: [{ AttributeId: ATTR.party, Value: "310904473", IncludeInResult: true }] }]);
});

test("more individual requests than the cap is a processing-error", () => {
  const actions = Array.from({ length: MAX_INDIVIDUAL_REQUESTS + 1 }, (_, i) => action(`a${i}`));
  const out = parseXacmlRequest({ Request: { AccessSubject: [subject("su")], Action: actions, Resource: [resource("310904473")] } });
  assert.equal(out.length, 1);
  assert.equal(out[0]?.ok === false && out[0].status, STATUS.processingError);
});

test("a huge cross product or reference list is refused before anything is built (one processing-error, at once)", () => {
  // 300 instances per category: 27 million combinations if built (issue 8, item 1).
  const many = (make: () => unknown) => Array.from({ length: 300 }, make);
  const started = performance.now();
  const cross = parseXacmlRequest({ Request: { AccessSubject: many(() => ({})), Action: many(() => ({})), Resource: many(() => ({})) } });
  const refs = Array.from({ length: MAX_INDIVIDUAL_REQUESTS + 1 }, () => ({ ReferenceId: ["s", "a", "r"] }));
  const multi = parseXacmlRequest({
    Request: { AccessSubject: [subject("su", { Id: "s" })], Action: [action("read", { Id: "a" })], Resource: [resource("310904473", { Id: "r" })], MultiRequests: { RequestReference: refs } },
  });
  assert.ok(performance.now() - started < 200, "answered without building the product");
  for (const out of [cross, multi]) {
    assert.equal(out.length, 1);
    assert.equal(out[0]?.ok === false && out[0].status, STATUS.processingError);
  }
});
