// POST /simulator/api/scenarios/{name}: builds the scenario on top of the current state; 201 with its ids,
// externalRef, confirmUrl and personas. Body (optional): { org?, externalRef?, clients? }.
import { bind } from "@/lib/problems/bind";
import { readControlBody, withControl } from "@/lib/simulator/control";
import { buildScenario, scenarioParams } from "@/lib/simulator/scenarios";

export const dynamic = "force-dynamic";

export const POST = withControl<{ name: string }>("scenario", async (req, { name }, details) => {
  const params = bind(scenarioParams, await readControlBody(req));
  Object.assign(details, { scenario: name, params });
  const result = await buildScenario(name, params);
  details.result = { requestId: result.requestId, systemUserId: result.systemUserId, changeRequestId: result.changeRequestId };
  return Response.json(result, { status: 201 });
});
