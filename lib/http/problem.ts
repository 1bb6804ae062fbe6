// Altinn's problem details (RFC 9457, application/problem+json) with the real system's `code`s.
// Domain code throws Problem; lib/http/api.ts turns it into the response, in one place.

export interface ValidationError {
  code: string;
  detail: string;
  paths: string[];
}

export class Problem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    readonly detail?: string,
    readonly validationErrors?: ValidationError[],
  ) {
    super(`${code}: ${title}`);
  }
}

/** One or more AUTH.VLD-* validation errors, answered as 400 with `validationErrors`. */
export function validationProblem(errors: ValidationError[]): Problem {
  const first = errors[0];
  return new Problem(400, first?.code ?? "AUTH.VLD-00000", "One or more validation errors occurred.", first?.detail, errors);
}

const TYPES: Record<number, string> = {
  400: "https://tools.ietf.org/html/rfc9110#section-15.5.1",
  401: "https://tools.ietf.org/html/rfc9110#section-15.5.2",
  403: "https://tools.ietf.org/html/rfc9110#section-15.5.4",
  404: "https://tools.ietf.org/html/rfc9110#section-15.5.5",
  409: "https://tools.ietf.org/html/rfc9110#section-15.5.10",
  413: "https://tools.ietf.org/html/rfc9110#section-15.5.14",
  500: "https://tools.ietf.org/html/rfc9110#section-15.6.1",
};

export function problemBody(p: Problem, traceId: string): Record<string, unknown> {
  return {
    type: TYPES[p.status] ?? "about:blank",
    title: p.title,
    status: p.status,
    ...(p.detail ? { detail: p.detail } : {}),
    code: p.code,
    traceId,
    ...(p.validationErrors ? { validationErrors: p.validationErrors } : {}),
  };
}

export function problemResponse(p: Problem, traceId: string, headers: Record<string, string> = {}): Response {
  return Response.json(problemBody(p, traceId), {
    status: p.status,
    headers: { "content-type": "application/problem+json", ...headers },
  });
}
