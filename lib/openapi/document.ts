// Builds an OpenAPI 3.1 document from an operation table: paths, parameters, bodies and answers, with the
// named zod schemas of schemas.ts as components (JSON Schema 2020-12, as OpenAPI 3.1 takes it) and the
// scope policies of lib/http/scopes.ts as OAuth2 scopes. One builder for every document.
import { z } from "zod";
import { SCOPE_POLICIES, type ScopePolicy } from "../http/scopes";
import { REQUEST_SCHEMAS, RESPONSE_SCHEMAS, type RequestSchemaName, type ResponseSchemaName } from "./schemas";

export type Method = "get" | "post" | "put" | "patch" | "delete";

export interface Param {
  name: string;
  in: "path" | "query" | "header";
  required?: boolean;
  description?: string;
  type?: "string" | "integer" | "boolean";
  format?: "uuid";
}

export interface Answer {
  description: string;
  /** A named response schema; `text` for a plain-text body; none for an empty answer. */
  schema?: ResponseSchemaName | `${ResponseSchemaName}[]`;
  text?: boolean;
  contentType?: string;
}

export interface Operation {
  method: Method;
  path: string;
  operationId: string;
  tag: string;
  summary: string;
  description?: string;
  /** The scope policy (lib/http/scopes.ts); `altinnToken` for the end-user APIs; none for public ones. */
  scope?: ScopePolicy;
  altinnToken?: boolean;
  params?: Param[];
  body?: { schema: RequestSchemaName; contentType?: string; required?: boolean };
  responses: Record<number, Answer>;
}

export interface DocumentInfo {
  title: string;
  description: string;
  /** The path prefix every operation's path is relative to (the server URL's path). */
  basePath: string;
}

const PROBLEM = "application/problem+json";

function jsonSchemas(names: readonly string[], map: Record<string, z.ZodType>, io: "input" | "output"): Record<string, unknown> {
  const registry = z.registry<{ id: string }>();
  for (const name of names) registry.add(map[name]!, { id: name });
  const { schemas } = z.toJSONSchema(registry, { io, unrepresentable: "any", uri: (id) => `#/components/schemas/${id}` });
  return Object.fromEntries(Object.entries(schemas).map(([name, s]) => {
    const { $schema: _s, $id: _i, ...rest } = s as Record<string, unknown>;
    return [name, rest];
  }));
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

function answerSchema(schema: NonNullable<Answer["schema"]>): unknown {
  return schema.endsWith("[]") ? { type: "array", items: ref(schema.slice(0, -2)) } : ref(schema);
}

function contentOf(a: Answer): Record<string, unknown> | undefined {
  if (a.text) return { "text/plain": { schema: { type: "string" } } };
  if (!a.schema) return undefined;
  const type = a.contentType ?? (a.schema === "AltinnProblemDetails" || a.schema === "ValidationProblemDetails" ? PROBLEM : "application/json");
  return { [type]: { schema: answerSchema(a.schema) } };
}

export function buildDocument(info: DocumentInfo, operations: readonly Operation[], serverUrl: string): Record<string, unknown> {
  const requestNames = [...new Set(operations.flatMap((o) => (o.body ? [o.body.schema] : [])))];
  const responseNames = [
    ...new Set(operations.flatMap((o) => Object.values(o.responses).flatMap((a) => (a.schema ? [a.schema.replace(/\[\]$/, "")] : [])))),
  ];
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of operations) {
    const security = op.scope ? [{ maskinporten: [...SCOPE_POLICIES[op.scope]] }] : op.altinnToken ? [{ altinnToken: [] }] : [];
    const scopeNote = op.scope ? `\n\nScope: one of ${SCOPE_POLICIES[op.scope].map((s) => `\`${s}\``).join(", ")}.` : "";
    paths[op.path] ??= {};
    paths[op.path]![op.method] = {
      operationId: op.operationId,
      tags: [op.tag],
      summary: op.summary,
      description: `${op.description ?? op.summary}${scopeNote}`,
      security,
      parameters: (op.params ?? []).map((p) => ({
        name: p.name,
        in: p.in,
        required: p.in === "path" ? true : Boolean(p.required),
        ...(p.description ? { description: p.description } : {}),
        schema: { type: p.type ?? "string", ...(p.format ? { format: p.format } : {}) },
      })),
      ...(op.body
        ? { requestBody: { required: op.body.required ?? true, content: { [op.body.contentType ?? "application/json"]: { schema: ref(op.body.schema) } } } }
        : {}),
      responses: Object.fromEntries(
        Object.entries(op.responses).map(([status, a]) => {
          const content = contentOf(a);
          return [status, { description: a.description, ...(content ? { content } : {}) }];
        }),
      ),
    };
  }
  const scopes = Object.fromEntries([...new Set(operations.flatMap((o) => (o.scope ? SCOPE_POLICIES[o.scope] : [])))].map((s) => [s, s]));
  return {
    openapi: "3.1.0",
    info: { title: info.title, version: "v1", description: info.description },
    jsonSchemaDialect: "https://spec.openapis.org/oas/3.1/dialect/base",
    servers: [{ url: `${serverUrl}${info.basePath}` }],
    paths,
    components: {
      schemas: {
        ...jsonSchemas(requestNames, REQUEST_SCHEMAS, "input"),
        ...jsonSchemas(responseNames, RESPONSE_SCHEMAS, "output"),
      },
      securitySchemes: {
        maskinporten: {
          type: "oauth2",
          description: "A Maskinporten access token (the simulator's issuer: a JWT grant at /maskinporten/token).",
          flows: { clientCredentials: { tokenUrl: `${serverUrl}/maskinporten/token`, scopes } },
        },
        altinnToken: { type: "http", scheme: "bearer", bearerFormat: "JWT", description: "An Altinn token of a person (end-user APIs)." },
      },
    },
  };
}

/** The schema an operation's answer of `status` is written in, to check a live answer against it. */
export function answerValidator(op: Operation, status: number): z.ZodType | null {
  const name = op.responses[status]?.schema;
  if (!name) return null;
  const base = RESPONSE_SCHEMAS[name.replace(/\[\]$/, "") as ResponseSchemaName];
  return name.endsWith("[]") ? z.array(base) : base;
}
