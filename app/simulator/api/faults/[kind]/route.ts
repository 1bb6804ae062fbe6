// PUT /simulator/api/faults/{kind}: arms a fault, for the next `count` calls or (without count) until
// DELETE /simulator/api/faults/{kind}. Body: { count?, status?, delayMs?, retryAfter?, path? } (GET
// /simulator/api/faults says which a fault takes).
import { z } from "zod";
import { Problem } from "@/lib/problems/problem";
import { FAULTS, armFault, disarmFault, isFaultKind, type FaultKind } from "@/lib/simulator/faults";
import { readControlBody, withControl } from "@/lib/simulator/control";

export const dynamic = "force-dynamic";

const faultInput = z.strictObject({
  count: z.number().int().min(1).max(1_000_000).optional(),
  status: z.number().int().optional(),
  delayMs: z.number().int().min(0).max(60_000).optional(),
  retryAfter: z.number().int().min(0).max(86_400).optional(),
  path: z.string().startsWith("/").max(200).optional(),
});

function knownKind(kind: string): FaultKind {
  if (!isFaultKind(kind)) throw new Problem(404, "SIM-00004", `No fault '${kind}'. GET /simulator/api/faults lists them.`);
  return kind;
}

export const PUT = withControl<{ kind: string }>("fault.arm", async (req, { kind }, details) => {
  const k = knownKind(kind);
  const input = faultInput.parse(await readControlBody(req));
  Object.assign(details, { kind: k, ...input });
  const spec = FAULTS[k] as { params: readonly string[]; statuses?: readonly number[] };
  const unused = Object.keys(input).filter((p) => p !== "count" && !spec.params.includes(p));
  if (unused.length) throw new Problem(400, "SIM-00005", `The fault '${k}' takes no ${unused.join(", ")}.`);
  if (input.status !== undefined && !spec.statuses?.includes(input.status)) {
    throw new Problem(400, "SIM-00006", `status must be one of ${spec.statuses?.join(", ")}.`);
  }
  return Response.json(await armFault({ kind: k, ...input }));
});

export const DELETE = withControl<{ kind: string }>("fault.disarm", async (_req, { kind }, details) => {
  details.removed = await disarmFault(knownKind(kind));
  return new Response(null, { status: 204 });
});
