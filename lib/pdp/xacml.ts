// The XACML 3.0 JSON request of Altinn's external PDP (`DecisionController.AuthorizeExternal`,
// authorization-tmp): the body is bound to `XacmlJsonRequestRootExternal` as ASP.NET binds it
// (property names case-insensitive, unknown members ignored, a value of the wrong JSON type is the
// framework's 400), then split into the decisions the real controller makes, and each decision's
// attributes are read as `ContextHandler.cs` reads them. Pure.
//
// Faults come in two kinds, as in the real code:
// - an exception anywhere (the real `ArgumentException`s of ContextHandler, "Policy not found for
//   resource", an unsupported DataType) ends the whole call with ONE Indeterminate result, even for a
//   multi request (`AuthorizeExternal`'s catch): `XacmlFault` here;
// - a missing action is the PDP's own per-decision Indeterminate missing-attribute (evaluate.ts).
import { z } from "zod";
import { bind } from "../problems/bind";
import { UUID_RE } from "../parties/party-ids";

export const ATTR = {
  systemUser: "urn:altinn:systemuser:uuid",
  action: "urn:oasis:names:tc:xacml:1.0:action:action-id",
  resource: "urn:altinn:resource",
  // XacmlRequestAttribute.cs: the resource party, in the order EnrichResourceParty resolves them
  partyId: "urn:altinn:partyid",
  orgNo: "urn:altinn:organization:identifier-no",
  legacyOrgNo: "urn:altinn:organizationnumber",
  personId: "urn:altinn:person:identifier-no",
  partyUuid: "urn:altinn:party:uuid",
} as const;

export const STATUS = {
  ok: "urn:oasis:names:tc:xacml:1.0:status:ok",
  missingAttribute: "urn:oasis:names:tc:xacml:1.0:status:missing-attribute",
  syntaxError: "urn:oasis:names:tc:xacml:1.0:status:syntax-error",
  processingError: "urn:oasis:names:tc:xacml:1.0:status:processing-error",
} as const;

// XacmlConstants.MatchAttributeCategory (ABAC): the category of each JSON list
export const CATEGORY_IDS = {
  AccessSubject: "urn:oasis:names:tc:xacml:1.0:subject-category:access-subject",
  Action: "urn:oasis:names:tc:xacml:3.0:attribute-category:action",
  Resource: "urn:oasis:names:tc:xacml:3.0:attribute-category:resource",
} as const;

const XML_STRING = "http://www.w3.org/2001/XMLSchema#string";
const XML_ANY_URI = "http://www.w3.org/2001/XMLSchema#anyURI";
const XML_INTEGER = "http://www.w3.org/2001/XMLSchema#integer";

// Models/External/*.cs: the types ASP.NET binds to (every scalar a string, IncludeInResult a bool, every
// category list a JSON array).
const str = z.string().optional();
const attributeSchema = z.object({ AttributeId: str, Value: str, Issuer: str, DataType: str, IncludeInResult: z.boolean().optional() });
const categorySchema = z.object({ CategoryId: str, Id: str, Content: str, Attribute: z.array(attributeSchema).optional() });
const categories = z.array(categorySchema).optional();
const requestSchema = z.object({
  ReturnPolicyIdList: z.boolean().optional(),
  CombinedDecision: z.boolean().optional(),
  XPathVersion: str,
  Category: categories,
  Resource: categories,
  Action: categories,
  AccessSubject: categories,
  RecipientSubject: categories,
  IntermediarySubject: categories,
  RequestingMachine: categories,
  MultiRequests: z.object({ RequestReference: z.array(z.object({ ReferenceId: z.array(z.string()).optional() })).optional() }).optional(),
});
export const xacmlRootSchema = z.object({ Request: requestSchema.optional() });

export type XacmlCategory = z.output<typeof categorySchema>;
type XacmlRequest = z.output<typeof requestSchema>;

/** An attribute of the result's `category` (the ABAC converter writes id, value and data type only). */
export interface ResultAttribute {
  attributeId: string;
  value: string;
  issuer: null;
  dataType: string;
  includeInResult: false;
}
export interface ResultCategory {
  categoryId: string;
  id: null;
  content: null;
  attribute: ResultAttribute[];
}

/** How the request names the resource party (ContextHandler.GetResourceAttributeValues). */
export type PartyRef =
  | { kind: "partyId"; value: number }
  | { kind: "orgNo"; value: string }
  | { kind: "personId"; value: string }
  | { kind: "partyUuid"; value: string };

export interface DecisionRequest {
  systemUserId: string;
  /** Every action-id value of the decision (the PDP matches a rule on any of them). */
  actions: string[];
  resourceId: string;
  /** null: the request names no party the PDP can resolve. */
  party: PartyRef | null;
  /** The IncludeInResult attributes, echoed when the policy's rules reached a decision. */
  included: ResultCategory[];
}

/** A fault that ends the whole call with one Indeterminate result (AuthorizeExternal's catch). */
export class XacmlFault extends Error {
  constructor(
    readonly status: string,
    message: string,
  ) {
    super(message);
  }
}
const processing = (message: string) => new XacmlFault(STATUS.processingError, message);

/** More decisions than this in one call is a processing error (the simulator's cap on a multi request). */
export const MAX_INDIVIDUAL_REQUESTS = 100;
/** ReferenceIds over all RequestReferences of one call (one per category and decision is the norm). */
export const MAX_REFERENCED_IDS = 1000;

/**
 * Binds the body as ASP.NET does; a JSON type the model cannot take is a BindingProblem (400).
 * The place for checks on the size of a request before anything is built from it.
 */
export function readXacmlRequest(body: unknown): XacmlRequest | null {
  return bind(xacmlRootSchema, body).Request ?? null;
}

interface Part {
  AccessSubject: XacmlCategory[];
  Action: XacmlCategory[];
  Resource: XacmlCategory[];
}

/**
 * The decisions of a request (DecisionController.Authorize): with fewer than two RequestReferences the
 * whole request is one decision; otherwise one per reference, its categories picked by Id.
 */
export function splitRequest(req: XacmlRequest | null): Part[] {
  // a body without Request: the controller dereferences null, a syntax-error
  if (!req) throw new XacmlFault(STATUS.syntaxError, "The body has no Request.");
  const refs = req.MultiRequests?.RequestReference ?? [];
  const all: Part = { AccessSubject: req.AccessSubject ?? [], Action: req.Action ?? [], Resource: req.Resource ?? [] };
  if (refs.length < 2) return [all];
  // Sizes are checked before anything is built (a multi request once exhausted the heap): the number of
  // decisions and of the ids they reference; categories are then found by Id through maps, never by scans.
  if (refs.length > MAX_INDIVIDUAL_REQUESTS) throw processing(`At most ${MAX_INDIVIDUAL_REQUESTS} individual decisions per call.`);
  if (refs.reduce((n, r) => n + (r.ReferenceId?.length ?? 0), 0) > MAX_REFERENCED_IDS) {
    throw processing(`At most ${MAX_REFERENCED_IDS} ReferenceIds per call.`);
  }
  // SortedList keyed by each Resource's Id: a Resource without Id is an ArgumentNullException
  if (all.Resource.some((r) => r.Id === undefined)) throw processing("Every Resource of a multi request needs an Id.");
  // `i.Id.Equals(refer)` on a category without Id is a NullReferenceException: syntax-error
  for (const c of ["AccessSubject", "Action"] as const) {
    if (all[c].some((x) => x.Id === undefined)) throw new XacmlFault(STATUS.syntaxError, `Every ${c} of a multi request needs an Id.`);
  }
  const byId = (list: XacmlCategory[]) => {
    const m = new Map<string, XacmlCategory[]>();
    for (const c of list) m.set(c.Id!, [...(m.get(c.Id!) ?? []), c]);
    return m;
  };
  const index = { AccessSubject: byId(all.AccessSubject), Action: byId(all.Action), Resource: byId(all.Resource) };
  return refs.map((ref) => {
    const part: Part = { AccessSubject: [], Action: [], Resource: [] };
    for (const id of ref.ReferenceId ?? []) {
      part.Resource.push(...(index.Resource.get(id) ?? []).slice(0, 1));
      part.AccessSubject.push(...(index.AccessSubject.get(id) ?? []));
      part.Action.push(...(index.Action.get(id) ?? []));
    }
    return part;
  });
}

/** XacmlJsonXmlConverter.ConvertDataType: absent/"string" is xs:string; anything unknown throws. */
function dataTypeOf(dataType: string | undefined): string {
  if (!dataType || dataType === "string" || dataType === XML_STRING) return XML_STRING;
  if (dataType === "anyURI" || dataType === XML_ANY_URI) return XML_ANY_URI;
  if (dataType === XML_INTEGER) return XML_INTEGER;
  throw processing(`Given data type; ${dataType}, is not supported. (Parameter 'jsonAttribute')`);
}

interface Attr {
  id: string;
  values: string[];
  include: boolean;
  dataType: string;
}

/** One category instance's attributes grouped by AttributeId, as ConvertCategoryAttributes builds them. */
function attributesOf(c: XacmlCategory): Attr[] {
  const byId = new Map<string, Attr>();
  for (const a of c.Attribute ?? []) {
    if (a.AttributeId === undefined) throw processing("Value cannot be null. (Parameter 'key')");
    const dataType = dataTypeOf(a.DataType);
    let attr = byId.get(a.AttributeId);
    if (!attr) byId.set(a.AttributeId, (attr = { id: a.AttributeId, values: [], include: a.IncludeInResult ?? false, dataType }));
    attr.values.push(a.Value ?? "");
  }
  return [...byId.values()];
}

const first = (attrs: Attr[], id: string): string | undefined => attrs.find((a) => a.id === id)?.values[0];

/** ContextHandler.EnrichSubjectAttributes: the checks that throw before any lookup. */
function systemUserOf(subject: Attr[] | undefined): string | null {
  if (!subject || subject.length === 0) throw processing("Subject attributes missing");
  const su = first(subject, ATTR.systemUser);
  if (su !== undefined && subject.length > 1) {
    throw processing(`Subject attribute ${ATTR.systemUser} can only be used by itself and not in combination with other subject identifiers.`);
  }
  const partyUuid = first(subject, ATTR.partyUuid);
  if (partyUuid !== undefined && !UUID_RE.test(partyUuid)) throw processing(`${ATTR.partyUuid}: Not a valid uuid`);
  if (su !== undefined && !UUID_RE.test(su)) throw processing(`${ATTR.systemUser}: Not a valid uuid`);
  return su?.toLowerCase() ?? null;
}

/** ContextHandler.GetResourceAttributeValues + EnrichResourceParty: which party the request names. */
function partyOf(resource: Attr[]): PartyRef | null {
  const partyId = first(resource, ATTR.partyId);
  if (partyId !== undefined) return /^-?\d+$/.test(partyId.trim()) ? { kind: "partyId", value: Number(partyId) } : null;
  const orgNo = first(resource, ATTR.orgNo) || first(resource, ATTR.legacyOrgNo);
  if (orgNo) return { kind: "orgNo", value: orgNo };
  const personId = first(resource, ATTR.personId);
  if (personId) return { kind: "personId", value: personId };
  // an invalid party uuid on the resource is ignored (Guid.TryParse), unlike on the subject
  const uuid = first(resource, ATTR.partyUuid);
  if (uuid && UUID_RE.test(uuid)) return { kind: "partyUuid", value: uuid.toLowerCase() };
  return null;
}

function included(part: Part): ResultCategory[] {
  const out: ResultCategory[] = [];
  for (const c of ["AccessSubject", "Action", "Resource"] as const) {
    for (const instance of part[c]) {
      const attribute = attributesOf(instance)
        .filter((a) => a.include)
        .flatMap((a) => a.values.map((value): ResultAttribute => ({ attributeId: a.id, value, issuer: null, dataType: a.dataType, includeInResult: false })));
      if (attribute.length) out.push({ categoryId: instance.CategoryId || CATEGORY_IDS[c], id: null, content: null, attribute });
    }
  }
  return out;
}

/**
 * One decision's request. The subject and the resource party are read from the first instance of their
 * category (XacmlContextRequest.GetSubjectAttributes/GetResourceAttributes); actions from all.
 */
export function decisionRequest(part: Part): DecisionRequest {
  const attrs = (c: keyof Part) => part[c].map(attributesOf);
  const [subject] = attrs("AccessSubject");
  const [resource = []] = attrs("Resource");
  const actions = attrs("Action").flatMap((a) => a.filter((x) => x.id === ATTR.action).flatMap((x) => x.values));
  const systemUserId = systemUserOf(subject);
  const resourceId = first(resource, ATTR.resource);
  if (!resourceId) throw processing("Policy not found for resource");
  if (systemUserId === null) {
    // users and organisations as subjects are not simulated (README, "Where the simulator decides")
    throw new XacmlFault(STATUS.missingAttribute, `The simulator decides for ${ATTR.systemUser} subjects only.`);
  }
  return { systemUserId, actions, resourceId, party: partyOf(resource), included: included(part) };
}

/**
 * The decision requests of a body: a BindingProblem when it does not bind (ASP.NET's 400), a XacmlFault
 * when the whole call is one Indeterminate.
 */
export function parseXacmlRequest(body: unknown): DecisionRequest[] {
  return splitRequest(readXacmlRequest(body)).map(decisionRequest);
}
