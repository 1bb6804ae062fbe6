// The answers of the access-list API: ConditionalResult (altinn-resource-registry
// Results/ConditionalResult.cs) — 200 with a weak ETag and Last-Modified, 304 with them and no body,
// 412 and 404 bare, 204 where the controller answers NoContent(); and its [Consumes("application/json")].
import { etagOf } from "../access-lists/conditions";
import type { Conditional } from "../access-lists/result";
import { readJson } from "./api";

const versionHeaders = (v: { version: number; updatedAt: Date }) => ({ etag: etagOf(v.version), "last-modified": v.updatedAt.toUTCString() });

export function conditionalResponse<T>(r: Conditional<T>): Response {
  switch (r.kind) {
    case "ok":
      return Response.json(r.value, { headers: versionHeaders(r) });
    case "unmodified":
      return new Response(null, { status: 304, headers: versionHeaders(r) });
    case "failed":
      return new Response(null, { status: 412 });
    case "notFound":
      return new Response(null, { status: 404 });
    case "noContent":
      return new Response(null, { status: 204 });
  }
}

/** [ApiController]'s client-error problem for 415. */
export function unsupportedMediaType(traceId: string): Response {
  return Response.json(
    { type: "https://tools.ietf.org/html/rfc9110#section-15.5.16", title: "Unsupported Media Type", status: 415, traceId },
    { status: 415, headers: { "content-type": "application/problem+json; charset=utf-8" } },
  );
}

/** [Consumes("application/json")]: another media type (or none) is 415 before the body is read. */
export function consumesJson(req: Request): boolean {
  return (req.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase() === "application/json";
}

export { readJson };
