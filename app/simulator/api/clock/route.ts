// GET/PUT/DELETE /simulator/api/clock: the portal's time (real time plus an offset, lib/clock.ts).
// PUT { "offsetSeconds": n } or { "now": "<ISO date-time>" }; DELETE returns to real time.
import { z } from "zod";
import { Problem } from "@/lib/problems/problem";
import { clockView, setClockOffset } from "@/lib/simulator/clock";
import { readControlBody, withControl } from "@/lib/simulator/control";

export const dynamic = "force-dynamic";

/** At most ten years either way. */
const LIMIT = 10 * 366 * 24 * 3600;
const clockInput = z.union([
  z.strictObject({ offsetSeconds: z.number().int().min(-LIMIT).max(LIMIT) }),
  z.strictObject({ now: z.iso.datetime({ offset: true }) }),
]);

export const GET = withControl("clock.read", async () => Response.json(clockView(), { headers: { "cache-control": "no-store" } }));

export const PUT = withControl("clock.set", async (req, _params, details) => {
  const input = clockInput.parse(await readControlBody(req));
  const offsetSeconds = "offsetSeconds" in input ? input.offsetSeconds : Math.round((Date.parse(input.now) - Date.now()) / 1000);
  if (Math.abs(offsetSeconds) > LIMIT) throw new Problem(400, "SIM-00007", "now may be at most ten years from the real time.");
  details.offsetSeconds = offsetSeconds;
  return Response.json(await setClockOffset(offsetSeconds));
});

export const DELETE = withControl("clock.reset", async () => Response.json(await setClockOffset(0)));
