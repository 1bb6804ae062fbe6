// The XACML 3.0 JSON profile of Altinn's PDP (reference §7): parses a Request into individual decision
// requests (single, repeated categories per the Multiple Decision Profile §2.3, or MultiRequests with
// category Ids per §2.4). A fault in one individual request becomes its own Indeterminate result. Pure.

export const ATTR = {
  systemUser: "urn:altinn:systemuser:uuid",
  action: "urn:oasis:names:tc:xacml:1.0:action:action-id",
  resource: "urn:altinn:resource",
  party: "urn:altinn:organization:identifier-no",
} as const;

export const STATUS = {
  ok: "urn:oasis:names:tc:xacml:1.0:status:ok",
  missingAttribute: "urn:oasis:names:tc:xacml:1.0:status:missing-attribute",
  syntaxError: "urn:oasis:names:tc:xacml:1.0:status:syntax-error",
  processingError: "urn:oasis:names:tc:xacml:1.0:status:processing-error",
} as const;

export const CATEGORY_IDS = {
  AccessSubject: "urn:oasis:names:tc:xacml:1.0:subject-category:access-subject",
  Action: "urn:oasis:names:tc:xacml:3.0:attribute-category:action",
  Resource: "urn:oasis:names:tc:xacml:3.0:attribute-category:resource",
} as const;
type CategoryName = keyof typeof CATEGORY_IDS;
const CATEGORIES = Object.keys(CATEGORY_IDS) as CategoryName[];

/** More individual requests than this in one call is a processing error (the real PDP also caps them). */
export const MAX_INDIVIDUAL_REQUESTS = 100;

export interface XacmlAttribute {
  AttributeId: string;
  Value: unknown;
  DataType?: string;
  IncludeInResult?: boolean;
}
interface Instance {
  id: string | null;
  category: CategoryName;
  attributes: XacmlAttribute[];
}
export interface ResultCategory {
  CategoryId: string;
  Attribute: XacmlAttribute[];
}

export interface DecisionRequest {
  systemUserId: string;
  action: string;
  resourceId: string;
  partyOrgNo: string;
}
export type ParsedRequest =
  | { ok: true; request: DecisionRequest; included: ResultCategory[] }
  | { ok: false; status: string; message: string; included: ResultCategory[] };

class XacmlFault extends Error {
  constructor(
    readonly status: string,
    message: string,
  ) {
    super(message);
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const asList = (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

function parseInstance(raw: unknown, category: CategoryName): Instance {
  if (!isObject(raw)) throw new XacmlFault(STATUS.syntaxError, `Request.${category} must hold objects.`);
  const attributes = asList(raw.Attribute).map((a) => {
    if (!isObject(a) || typeof a.AttributeId !== "string" || !("Value" in a)) {
      throw new XacmlFault(STATUS.syntaxError, `Every attribute of Request.${category} needs AttributeId and Value.`);
    }
    return a as unknown as XacmlAttribute;
  });
  if (raw.Id !== undefined && typeof raw.Id !== "string") throw new XacmlFault(STATUS.syntaxError, `Request.${category}[].Id must be a string.`);
  return { id: (raw.Id as string | undefined) ?? null, category, attributes };
}

/** The single value of an attribute (a bag of one is accepted). */
function single(instances: Instance[], attributeId: string): string {
  const values = instances.flatMap((i) => i.attributes.filter((a) => a.AttributeId === attributeId)).flatMap((a) => asList(a.Value));
  if (values.length === 0) throw new XacmlFault(STATUS.missingAttribute, `Missing attribute ${attributeId}.`);
  if (values.length > 1) throw new XacmlFault(STATUS.syntaxError, `Attribute ${attributeId} must have exactly one value.`);
  const v = values[0];
  if (typeof v !== "string" && typeof v !== "number") throw new XacmlFault(STATUS.syntaxError, `Attribute ${attributeId} must be a string.`);
  return String(v).trim();
}

function included(instances: Instance[]): ResultCategory[] {
  return instances
    .map((i) => ({ CategoryId: CATEGORY_IDS[i.category], Attribute: i.attributes.filter((a) => a.IncludeInResult === true) }))
    .filter((c) => c.Attribute.length > 0);
}

function individual(instances: Instance[]): ParsedRequest {
  const inc = included(instances);
  try {
    for (const c of CATEGORIES) {
      const n = instances.filter((i) => i.category === c).length;
      if (n === 0) throw new XacmlFault(STATUS.missingAttribute, `Missing category ${c}.`);
      if (n > 1) throw new XacmlFault(STATUS.syntaxError, `A request references ${c} more than once.`);
    }
    const of = (c: CategoryName) => instances.filter((i) => i.category === c);
    const request: DecisionRequest = {
      systemUserId: single(of("AccessSubject"), ATTR.systemUser),
      action: single(of("Action"), ATTR.action),
      resourceId: single(of("Resource"), ATTR.resource),
      partyOrgNo: single(of("Resource"), ATTR.party),
    };
    if (!/^\d{9}$/.test(request.partyOrgNo)) throw new XacmlFault(STATUS.syntaxError, `${ATTR.party} must be a 9-digit organisation number.`);
    return { ok: true, request, included: inc };
  } catch (e) {
    if (e instanceof XacmlFault) return { ok: false, status: e.status, message: e.message, included: inc };
    throw e;
  }
}

function crossProduct(byCategory: Record<CategoryName, Instance[]>): Instance[][] {
  let combos: Instance[][] = [[]];
  for (const c of CATEGORIES) {
    const list = byCategory[c];
    if (list.length === 0) continue; // reported as a missing category by individual()
    combos = combos.flatMap((combo) => list.map((i) => [...combo, i]));
  }
  return combos;
}

const tooMany = () => new XacmlFault(STATUS.processingError, `At most ${MAX_INDIVIDUAL_REQUESTS} individual decisions per call.`);

function referenced(req: Record<string, unknown>, all: Instance[]): Instance[][] {
  const multi = req.MultiRequests;
  if (!isObject(multi)) throw new XacmlFault(STATUS.syntaxError, "MultiRequests must be an object with RequestReference.");
  const refs = asList(multi.RequestReference);
  if (refs.length === 0) throw new XacmlFault(STATUS.syntaxError, "MultiRequests.RequestReference is empty.");
  if (refs.length > MAX_INDIVIDUAL_REQUESTS) throw tooMany();
  const byId = new Map(all.filter((i) => i.id !== null).map((i) => [i.id, i]));
  return refs.map((ref) => {
    const ids = isObject(ref) ? asList(ref.ReferenceId) : [];
    if (ids.length === 0 || !ids.every((id) => typeof id === "string")) {
      throw new XacmlFault(STATUS.syntaxError, "Every RequestReference needs a ReferenceId list of category Ids.");
    }
    return ids.map((id) => {
      const hit = byId.get(id as string);
      if (!hit) throw new XacmlFault(STATUS.syntaxError, `ReferenceId '${String(id)}' names no category.`);
      return hit;
    });
  });
}

/** Parses `{ Request: {...} }`; a fault of the whole request is one Indeterminate result. */
export function parseXacmlRequest(body: unknown): ParsedRequest[] {
  try {
    if (!isObject(body) || !isObject(body.Request)) throw new XacmlFault(STATUS.syntaxError, "The body must be { \"Request\": { ... } }.");
    const req = body.Request;
    // Sizes are checked before anything is built: 300 empty instances per category once made a cross
    // product of 27 million combinations that exhausted the heap.
    const product = CATEGORIES.reduce((n, c) => n * Math.max(asList(req[c]).length, 1), 1);
    if (req.MultiRequests === undefined && product > MAX_INDIVIDUAL_REQUESTS) throw tooMany();
    const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, asList(req[c]).map((raw) => parseInstance(raw, c))])) as Record<CategoryName, Instance[]>;
    const all = CATEGORIES.flatMap((c) => byCategory[c]);
    const combos = req.MultiRequests !== undefined ? referenced(req, all) : crossProduct(byCategory);
    return combos.map(individual);
  } catch (e) {
    if (e instanceof XacmlFault) return [{ ok: false, status: e.status, message: e.message, included: [] }];
    throw e;
  }
}
