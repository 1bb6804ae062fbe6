import { readJson, withApi } from "@/lib/http/api";
import { bind } from "@/lib/problems/bind";
import { vendorFromToken } from "@/lib/http/actors";
import { systemInputSchema } from "@/lib/registry/schema";
import { createSystem, listSystemSummaries } from "@/lib/registry/systems";

const scope = "systemRegisterWrite";

// POST /authentication/api/v1/systemregister/vendor: register a system; 200 with its internal id.
export const POST = withApi(async (req, { token }) => {
  const input = bind(systemInputSchema, await readJson(req));
  return Response.json(await createSystem(vendorFromToken(token), input));
}, { scope });

// GET /authentication/api/v1/systemregister/vendor: the calling vendor's live systems (RegisteredSystemDTO[]).
export const GET = withApi(async (_req, { token }) => Response.json(await listSystemSummaries(vendorFromToken(token))), { scope });
