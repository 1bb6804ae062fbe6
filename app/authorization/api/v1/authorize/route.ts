import { readJson, withApi } from "@/lib/http/api";
import { BindingProblem } from "@/lib/problems/problem";
import { authorize } from "@/lib/pdp/authorize";
import { mediaTypeOf, unsupportedMediaType } from "@/lib/http/media";

// POST /authorization/api/v1/authorize (DecisionController.AuthorizeExternal): the PDP's decisions for a
// XACML 3.0 JSON request, scope authorize or authorize.admin. A body that is not JSON or does not bind to
// the request model is ASP.NET's 400; faults inside the request are 200 with an Indeterminate result.
export const POST = withApi(
  async (req, { token, traceId }) => {
    const media = mediaKind(req.headers.get("content-type"));
    if (media === "unsupported") return unsupportedMediaType(traceId);
    if (media === "xml") throw new BindingProblem({ "": ["An error occurred while deserializing input data."] });
    return Response.json(await authorize(await readJson(req), `client:${token.clientId}`));
  },
  { scope: "authorize" },
);

// ASP.NET's input formatters (Program.cs: AddControllers().AddXmlSerializerFormatters()): System.Text.Json
// reads application/json, text/json and application/*+json; the XML serialiser reads XML media types
// (which cannot carry the JSON model); any other type, or none (fetch's default text/plain), is 415.
function mediaKind(contentType: string | null): "json" | "xml" | "unsupported" {
  const type = mediaTypeOf(contentType);
  if (type === "application/json" || type === "text/json" || /^application\/[^/]+\+json$/.test(type)) return "json";
  if (type === "application/xml" || type === "text/xml" || /^application\/[^/]+\+xml$/.test(type)) return "xml";
  return "unsupported";
}
