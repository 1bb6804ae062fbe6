// GET /simulator/api/faults: every fault a test can arm (what each answers, its parameters) and the armed
// ones; DELETE switches every fault off.
import { FAULTS, disarmFault, listFaults } from "@/lib/simulator/faults";
import { withControl } from "@/lib/simulator/control";

export const dynamic = "force-dynamic";

export const GET = withControl("faults.list", async () =>
  Response.json({ available: Object.entries(FAULTS).map(([kind, f]) => ({ kind, ...f })), armed: await listFaults() }),
);

export const DELETE = withControl("faults.clear", async (_req, _params, details) => {
  details.removed = await disarmFault();
  return new Response(null, { status: 204 });
});
