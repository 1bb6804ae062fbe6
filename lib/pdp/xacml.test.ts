import { test } from "node:test";
import assert from "node:assert/strict";
import { BindingProblem } from "../problems/problem";
import { ATTR, MAX_INDIVIDUAL_REQUESTS, STATUS, XacmlFault, parseXacmlRequest } from "./xacml";

const SU = "0b5e8d3c-5f0e-4c59-9a55-6f1f2a3b4c5d";
const APE = "310904473";
const subject = (v: string, extra: Record<string, unknown> = {}) => ({ ...extra, Attribute: [{ AttributeId: ATTR.systemUser, Value: v }] });
const action = (v: string, extra: Record<string, unknown> = {}) => ({ ...extra, Attribute: [{ AttributeId: ATTR.action, Value: v }] });
const resource = (party: string, extra: Record<string, unknown> = {}, partyAttr: string = ATTR.orgNo) => ({
  ...extra,
  Attribute: [
    { AttributeId: ATTR.resource, Value: "ske-krav-og-betalinger" },
    { AttributeId: partyAttr, Value: party },
  ],
});
const single = (party = APE, partyAttr: string = ATTR.orgNo) => ({ Request: { AccessSubject: [subject(SU)], Action: [action("read")], Resource: [resource(party, {}, partyAttr)] } });

function fault(body: unknown): XacmlFault {
  try {
    parseXacmlRequest(body);
  } catch (e) {
    if (e instanceof XacmlFault) return e;
    throw e;
  }
  assert.fail("expected a XacmlFault");
}

test("a single request is one decision request", () => {
  assert.deepEqual(parseXacmlRequest(single()), [
    { systemUserId: SU, actions: ["read"], resourceId: "ske-krav-og-betalinger", party: { kind: "orgNo", value: APE }, included: [] },
  ]);
});

// Models/External/*.cs bound by ASP.NET (PropertyNameCaseInsensitive): Bruno's bodies write PascalCase,
// a JavaScript PEP camelCase; both bind, unknown members are ignored.
test("member names are matched case-insensitively", () => {
  const body = {
    request: {
      accessSubject: [{ attribute: [{ attributeid: ATTR.systemUser, value: SU }] }],
      ACTION: [{ Attribute: [{ attributeId: ATTR.action, VALUE: "read" }] }],
      resource: [{ attribute: [{ attributeId: ATTR.resource, value: "ske-krav-og-betalinger" }, { attributeId: ATTR.orgNo, value: APE }] }],
      somethingElse: 1,
    },
  };
  assert.deepEqual(parseXacmlRequest(body), parseXacmlRequest(single()));
});

// XacmlJsonRequestRootExternal: Value is a string and every category a list; another JSON type does not bind.
test("a JSON type the model cannot take is ASP.NET's binding problem", () => {
  for (const body of [
    { Request: [] },
    { Request: "x" },
    { Request: { AccessSubject: subject(SU) } },
    { Request: { AccessSubject: [{ Attribute: [{ AttributeId: ATTR.systemUser, Value: [SU] }] }] } },
    { Request: { AccessSubject: [{ Attribute: [{ AttributeId: ATTR.systemUser, Value: 42 }] }] } },
    { Request: { Resource: [{ Attribute: [{ AttributeId: ATTR.orgNo, Value: APE, IncludeInResult: "yes" }] }] } },
  ]) {
    assert.throws(() => parseXacmlRequest(body), BindingProblem, JSON.stringify(body));
  }
});

// DecisionController.AuthorizeExternal: a null Request is dereferenced inside the try: syntax-error
test("a body without Request is one syntax-error", () => {
  for (const body of [{}, { Request: null }, { other: 1 }]) assert.equal(fault(body).status, STATUS.syntaxError);
});

// ContextHandler.EnrichSubjectAttributes: the ArgumentExceptions, answered as processing-error
test("a system user subject together with another subject attribute is a processing-error", () => {
  const body = single();
  (body.Request.AccessSubject[0]!.Attribute as { AttributeId: string; Value: string }[]).push({ AttributeId: "urn:altinn:userid", Value: "1" });
  const f = fault(body);
  assert.equal(f.status, STATUS.processingError);
  assert.match(f.message, /can only be used by itself/);
});

test("an invalid system user uuid, an invalid subject party uuid, or no subject is a processing-error", () => {
  assert.equal(fault({ Request: { ...single().Request, AccessSubject: [subject("not-a-uuid")] } }).status, STATUS.processingError);
  const partyUuid = { Attribute: [{ AttributeId: ATTR.partyUuid, Value: "nope" }] };
  assert.equal(fault({ Request: { ...single().Request, AccessSubject: [partyUuid] } }).status, STATUS.processingError);
  assert.equal(fault({ Request: { ...single().Request, AccessSubject: [] } }).status, STATUS.processingError);
});

// XacmlJsonXmlConverter.ConvertDataType
test("an unsupported DataType is a processing-error; xs:string, 'string' and none are the same", () => {
  const typed = (dataType: string) => ({ Request: { ...single().Request, Action: [{ Attribute: [{ AttributeId: ATTR.action, Value: "read", DataType: dataType }] }] } });
  assert.equal(fault(typed("boolean")).status, STATUS.processingError);
  for (const t of ["string", "http://www.w3.org/2001/XMLSchema#string"]) assert.deepEqual(parseXacmlRequest(typed(t)), parseXacmlRequest(single()));
});

// DecisionController.Authorize: "Policy not found for resource" when nothing names a resource
test("no resource id is a processing-error", () => {
  const body = { Request: { ...single().Request, Resource: [{ Attribute: [{ AttributeId: ATTR.orgNo, Value: APE }] }] } };
  assert.equal(fault(body).status, STATUS.processingError);
});

// XacmlRequestAttribute.cs + ContextHandler.GetResourceAttributeValues: every resource party attribute
test("every resource party attribute the real context handler reads", () => {
  const party = (value: string, attr: string) => parseXacmlRequest(single(value, attr))[0]?.party;
  assert.deepEqual(party(APE, ATTR.orgNo), { kind: "orgNo", value: APE });
  assert.deepEqual(party(APE, ATTR.legacyOrgNo), { kind: "orgNo", value: APE });
  assert.deepEqual(party("51234567", ATTR.partyId), { kind: "partyId", value: 51234567 });
  assert.deepEqual(party("31886896576", ATTR.personId), { kind: "personId", value: "31886896576" });
  assert.deepEqual(party(SU.toUpperCase(), ATTR.partyUuid), { kind: "partyUuid", value: SU });
  // an invalid party uuid on the resource is ignored (Guid.TryParse), a party id that is no integer too
  assert.equal(party("nope", ATTR.partyUuid), null);
  assert.equal(party("x1", ATTR.partyId), null);
  // organization:uuid and person:uuid are subject attributes in the real code, not resource parties
  assert.equal(party(SU, "urn:altinn:organization:uuid"), null);
});

test("the legacy organisation number yields to organization:identifier-no", () => {
  const body = single("310609544", ATTR.legacyOrgNo);
  (body.Request.Resource[0]!.Attribute as { AttributeId: string; Value: string }[]).push({ AttributeId: ATTR.orgNo, Value: APE });
  assert.deepEqual(parseXacmlRequest(body)[0]?.party, { kind: "orgNo", value: APE });
});

// XacmlContextRequest.GetResourceAttributes/GetSubjectAttributes take the first instance; the rules match
// on every action value
test("without MultiRequests the whole request is one decision over all its actions", () => {
  const out = parseXacmlRequest({ Request: { AccessSubject: [subject(SU)], Action: [action("read"), action("write")], Resource: [resource(APE), resource("310609544")] } });
  assert.equal(out.length, 1);
  assert.deepEqual(out[0]?.actions, ["read", "write"]);
  assert.deepEqual(out[0]?.party, { kind: "orgNo", value: APE });
});

test("a missing action is no fault of the request (the PDP answers missing-attribute)", () => {
  assert.deepEqual(parseXacmlRequest({ Request: { ...single().Request, Action: [] } })[0]?.actions, []);
});

// DecisionController.Authorize: two or more RequestReferences, categories picked by Id
test("MultiRequests pick categories by Id, in the order of RequestReference", () => {
  const out = parseXacmlRequest({
    Request: {
      AccessSubject: [subject(SU, { Id: "s1" })],
      Action: [action("read", { Id: "a1" }), action("write", { Id: "a2" })],
      Resource: [resource(APE, { Id: "r1" }), resource("310609544", { Id: "r2" })],
      MultiRequests: { RequestReference: [{ ReferenceId: ["s1", "a2", "r2"] }, { ReferenceId: ["s1", "a1", "r1"] }, { ReferenceId: ["s1", "r1"] }] },
    },
  });
  assert.deepEqual(
    out.map((r) => [r.actions, r.party]),
    [
      [["write"], { kind: "orgNo", value: "310609544" }],
      [["read"], { kind: "orgNo", value: APE }],
      [[], { kind: "orgNo", value: APE }],
    ],
  );
});

test("a multi request whose categories lack an Id fails as a whole", () => {
  const noResourceId = { Request: { AccessSubject: [subject(SU, { Id: "s1" })], Action: [action("read", { Id: "a1" })], Resource: [resource(APE)], MultiRequests: { RequestReference: [{ ReferenceId: ["s1"] }, { ReferenceId: ["a1"] }] } } };
  assert.equal(fault(noResourceId).status, STATUS.processingError);
  const noSubjectId = { Request: { AccessSubject: [subject(SU)], Action: [action("read", { Id: "a1" })], Resource: [resource(APE, { Id: "r1" })], MultiRequests: { RequestReference: [{ ReferenceId: ["r1"] }, { ReferenceId: ["a1"] }] } } };
  assert.equal(fault(noSubjectId).status, STATUS.syntaxError);
});

// XacmlJsonXmlConverter.ConvertAttribute: id, value and data type of each IncludeInResult attribute
test("IncludeInResult attributes are carried for the result's category", () => {
  const res = { Attribute: [{ AttributeId: ATTR.resource, Value: "r" }, { AttributeId: ATTR.orgNo, Value: APE, IncludeInResult: true }] };
  const [r] = parseXacmlRequest({ Request: { AccessSubject: [subject(SU)], Action: [action("read")], Resource: [res] } });
  assert.deepEqual(r?.included, [
    {
      categoryId: "urn:oasis:names:tc:xacml:3.0:attribute-category:resource",
      id: null,
      content: null,
      attribute: [{ attributeId: ATTR.orgNo, value: APE, issuer: null, dataType: "http://www.w3.org/2001/XMLSchema#string", includeInResult: false }],
    },
  ]);
});

test("more RequestReferences than the cap is a processing-error", () => {
  const refs = Array.from({ length: MAX_INDIVIDUAL_REQUESTS + 1 }, () => ({ ReferenceId: ["s1", "a1", "r1"] }));
  const body = { Request: { AccessSubject: [subject(SU, { Id: "s1" })], Action: [action("read", { Id: "a1" })], Resource: [resource(APE, { Id: "r1" })], MultiRequests: { RequestReference: refs } } };
  assert.equal(fault(body).status, STATUS.processingError);
});

test("huge requests are refused before anything is built (one processing-error, at once)", () => {
  // Issue 8, item 1: 300 instances per category once built 27 million combinations; the real parser
  // makes one decision of an unreferenced request, and references are capped and found through maps.
  const many = (make: () => unknown) => Array.from({ length: 300 }, make);
  const cross = parseXacmlRequest({ Request: { AccessSubject: many(() => subject(SU)), Action: many(() => action("read")), Resource: many(() => resource(APE)) } });
  assert.equal(cross.length, 1);
  const ids = Array.from({ length: 5000 }, (_, i) => `r${i}`);
  const refs = Array.from({ length: 2 }, () => ({ ReferenceId: ids }));
  const multi = { Request: { AccessSubject: [subject(SU, { Id: "s" })], Action: [action("read", { Id: "a" })], Resource: ids.map((id) => resource(APE, { Id: id })), MultiRequests: { RequestReference: refs } } };
  // one request, not the 27 million of the product; the references are refused as a whole
  assert.equal(fault(multi).status, STATUS.processingError);
});
