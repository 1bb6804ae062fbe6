// The OpenAPI 3.1 document of the maskinporten API (lib/openapi), at the simulator's own path (Maskinporten publishes none).
import { documentResponse } from "@/lib/openapi/serve";

export function GET(): Response {
  return documentResponse("maskinporten");
}
