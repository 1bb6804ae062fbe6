// The OpenAPI 3.1 rules of validate.ts: the portal's documents keep them, and each rule catches its break.
import { test } from "node:test";
import assert from "node:assert/strict";
import { buildDocument } from "./document";
import { DOCUMENTS, type DocumentName } from "./operations";
import { openApiProblems } from "./validate";

const built = (name: DocumentName) => buildDocument(DOCUMENTS[name].info, DOCUMENTS[name].operations, "http://localhost:3000") as Record<string, any>;

test("every document the portal serves keeps the OpenAPI 3.1 rules", () => {
  for (const name of Object.keys(DOCUMENTS) as DocumentName[]) assert.deepEqual(openApiProblems(built(name)), [], name);
});

test("each rule catches its break", () => {
  const doc = built("authentication");
  const op = doc.paths["/systemregister/vendor/{systemId}"].get;
  op.parameters = op.parameters.filter((p: { in: string }) => p.in !== "path");
  doc.paths["/systemregister"].get.operationId = op.operationId;
  doc.paths["/systemregister"].get.responses["200"] = { content: {} };
  doc.paths["/systemregister"].get.responses["2000"] = { description: "x" };
  doc.paths["/systemregister"].get.security = [{ maskinporten: ["no:such-scope"] }, { nobody: [] }];
  doc.components.schemas["Bad Name"] = { type: "string" };
  doc.components.schemas.RegisteredSystemDTO.properties.x = { $ref: "#/components/schemas/Missing" };
  doc.openapi = "3.0.3";
  const problems = openApiProblems(doc).join("\n");
  for (const expected of [
    "openapi is \"3.0.3\", not 3.1.x",
    "GET /systemregister/vendor/{systemId}: {systemId} has no path parameter",
    `operationId '${op.operationId}' is also`,
    "GET /systemregister 200: a response needs a description",
    "GET /systemregister: response key '2000'",
    "GET /systemregister: scope 'no:such-scope' is not among maskinporten's scopes",
    "GET /systemregister: security scheme 'nobody' is not declared",
    "components.schemas: the name 'Bad Name'",
    "$ref '#/components/schemas/Missing' does not resolve",
  ]) {
    assert.ok(problems.includes(expected), `expected: ${expected}\nin:\n${problems}`);
  }
});
