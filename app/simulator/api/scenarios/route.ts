// GET /simulator/api/scenarios: the scenarios a test can build (POST /simulator/api/scenarios/{name}).
import { withControl } from "@/lib/simulator/control";
import { listScenarios } from "@/lib/simulator/scenarios";

export const dynamic = "force-dynamic";

export const GET = withControl("scenarios.list", async () => Response.json(listScenarios()));
