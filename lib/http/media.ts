// ASP.NET's answers about a request's media type.

/** The media type of a Content-Type header, lower-cased, without parameters. */
export const mediaTypeOf = (contentType: string | null) => (contentType ?? "").split(";")[0]!.trim().toLowerCase();

/** [ApiController]'s client-error problem for 415 (an action's Consumes constraint not met). */
export function unsupportedMediaType(traceId: string): Response {
  return Response.json(
    { type: "https://tools.ietf.org/html/rfc9110#section-15.5.16", title: "Unsupported Media Type", status: 415, traceId },
    { status: 415, headers: { "content-type": "application/problem+json; charset=utf-8" } },
  );
}
