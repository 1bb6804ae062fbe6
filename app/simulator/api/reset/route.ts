// POST /simulator/api/reset: back to the seed with the portal running; sessions and tokens end.
import { withControl } from "@/lib/simulator/control";
import { resetToSeed } from "@/lib/simulator/reset";

export const dynamic = "force-dynamic";

export const POST = withControl("reset", async (_req, _params, details) => {
  const result = await resetToSeed();
  details.tookMs = result.tookMs;
  return Response.json({ reset: true, ...result });
});
