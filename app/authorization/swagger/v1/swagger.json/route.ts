// The OpenAPI 3.1 document of the authorization API (lib/openapi), at the path Altinn serves its own.
import { documentResponse } from "@/lib/openapi/serve";

export function GET(): Response {
  return documentResponse("authorization");
}
