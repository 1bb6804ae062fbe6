// The ground floor every domain folder may import: Altinn's problem details (RFC 9457,
// application/problem+json) exactly as Altinn.Authorization.ProblemDetails writes them, and the other
// error answers Altinn's controllers give (ASP.NET's model-binding problem, bare status codes, plain
// strings). Domain code throws; lib/http turns the error into the response, in one place.
//
// Shapes from Altinn/altinn-authorization-utils src/Altinn.Authorization.ProblemDetails
// (AltinnProblemDetails.cs, AltinnValidationProblemDetails.cs, StdProblemDescriptors.cs, and the JSON
// snapshots in test/ProblemDetails.Tests/Snapshots): `type` is `urn:altinn:error:<code>`, a
// `statusDescription` follows the code, and every validation problem is `STD-00000` with the
// domain's codes (`AUTH.VLD-*`) inside `validationErrors`.

export interface ValidationError {
  code: string;
  title?: string;
  detail?: string;
  paths: string[];
  /** Extra members of the error, e.g. `NotDelegablePackages` (AltinnValidationError.Extensions). */
  extensions?: Record<string, unknown>;
}

export class Problem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    readonly detail?: string,
    readonly validationErrors?: ValidationError[],
    readonly extensions?: Record<string, unknown>,
  ) {
    super(`${code}: ${title}`);
  }
}

/** StdProblemDescriptors.ValidationError: the envelope of one or more domain validation errors. */
export const STD_VALIDATION = { code: "STD-00000", title: "One or more validation errors occurred." } as const;

/** One or more AUTH.VLD-* validation errors, answered as 400 STD-00000 with `validationErrors`. */
export function validationProblem(errors: ValidationError[]): Problem {
  return new Problem(400, STD_VALIDATION.code, STD_VALIDATION.title, undefined, errors);
}

/**
 * What ASP.NET's [ApiController] answers by itself when the body cannot be bound (bad JSON, a value of
 * the wrong type, a missing required member): the framework's ValidationProblemDetails with an
 * `errors` map of JSON paths to messages, before any Altinn code runs.
 */
export class BindingProblem extends Error {
  constructor(readonly errors: Record<string, string[]>) {
    super("One or more validation errors occurred.");
  }
}

/**
 * An answer without a problem body, as Altinn gives it: an empty 401/403 from the authentication and
 * policy middleware, a bare `NotFound()`, or a plain string such as `BadRequest("...")`. An action marked
 * `[Produces("application/json")]` writes that string through the JSON formatter: `"..."` as
 * application/json (`asJson`).
 */
export class StatusAnswer extends Error {
  constructor(
    readonly status: number,
    readonly text?: string,
    readonly asJson = false,
  ) {
    super(`${status}${text ? `: ${text}` : ""}`);
  }
}

/** HTTP reason phrases (StatusDescriptions.cs) for `statusDescription`. */
const STATUS_DESCRIPTIONS: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  409: "Conflict",
  413: "Content Too Large",
  415: "Unsupported Media Type",
  429: "Too Many Requests",
  500: "Internal Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
};

export function problemBody(p: Problem, traceId: string): Record<string, unknown> {
  return {
    type: `urn:altinn:error:${p.code}`,
    title: p.title,
    status: p.status,
    ...(p.detail ? { detail: p.detail } : {}),
    code: p.code,
    ...(STATUS_DESCRIPTIONS[p.status] ? { statusDescription: STATUS_DESCRIPTIONS[p.status] } : {}),
    ...p.extensions,
    traceId,
    ...(p.validationErrors ? { validationErrors: p.validationErrors.map(validationErrorBody) } : {}),
  };
}

function validationErrorBody(e: ValidationError): Record<string, unknown> {
  return {
    code: e.code,
    ...(e.title ? { title: e.title } : {}),
    paths: e.paths,
    ...(e.detail ? { detail: e.detail } : {}),
    ...e.extensions,
  };
}

export function problemResponse(p: Problem, traceId: string, headers: Record<string, string> = {}): Response {
  return Response.json(problemBody(p, traceId), {
    status: p.status,
    headers: { "content-type": "application/problem+json; charset=utf-8", ...headers },
  });
}

/** ASP.NET Core's default ValidationProblemDetails for a body that could not be bound. */
export function bindingProblemResponse(p: BindingProblem, traceId: string): Response {
  return Response.json(
    { type: "https://tools.ietf.org/html/rfc9110#section-15.5.1", title: p.message, status: 400, errors: p.errors, traceId },
    { status: 400, headers: { "content-type": "application/problem+json; charset=utf-8" } },
  );
}

export function statusAnswerResponse(a: StatusAnswer, headers: Record<string, string> = {}): Response {
  if (a.text === undefined) return new Response(null, { status: a.status, headers });
  if (a.asJson) return Response.json(a.text, { status: a.status, headers: { "content-type": "application/json; charset=utf-8", ...headers } });
  return new Response(a.text, { status: a.status, headers: { "content-type": "text/plain; charset=utf-8", ...headers } });
}
