// The documents as the portal serves them: built once per process from the operation tables (the
// schemas do not change at run time), with the portal's public origin as the server.
import { env } from "../env";
import { buildDocument } from "./document";
import { DOCUMENTS, type DocumentName } from "./operations";

const built = new Map<DocumentName, string>();

export function documentJson(name: DocumentName): string {
  let text = built.get(name);
  if (!text) {
    const { info, operations } = DOCUMENTS[name];
    text = JSON.stringify(buildDocument(info, operations, env.baseUrl), null, 2);
    built.set(name, text);
  }
  return text;
}

export function documentResponse(name: DocumentName): Response {
  return new Response(documentJson(name), { headers: { "content-type": "application/json; charset=utf-8", "cache-control": "public, max-age=300" } });
}

/** Where each document is served: Altinn's Swagger paths, and the simulator's own for Maskinporten. */
export const DOCUMENT_PATHS: Record<DocumentName, string> = {
  authentication: "/authentication/swagger/v1/swagger.json",
  authorization: "/authorization/swagger/v1/swagger.json",
  resourceregistry: "/resourceregistry/swagger/v1/swagger.json",
  maskinporten: "/simulator/api/openapi/maskinporten.json",
};
