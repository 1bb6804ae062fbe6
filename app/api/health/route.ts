// GET /api/health: the portal and its database answer (used by the test harness to wait for start).
import { checkHealth } from "@/lib/health";

export async function GET() {
  const ok = await checkHealth();
  return Response.json({ status: ok ? "ok" : "unavailable" }, { status: ok ? 200 : 503 });
}
