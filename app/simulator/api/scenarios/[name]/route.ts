// POST /simulator/api/scenarios/{name}: builds the scenario on top of the current state; 201 with its ids,
// externalRef, confirmUrl and personas. Body (optional): { org?, externalRef?, clients? }.
import { readControlBody, withControl } from "@/lib/simulator/control";
import { buildScenario, scenarioParams } from "@/lib/simulator/scenarios";

export const dynamic = "force-dynamic";

export const POST = withControl<{ name: string }>("scenario", async (req, { name }, details) => {
  // Strict (unlike Altinn's binding): a misspelt parameter must not silently build another state.
  const params = scenarioParams.parse(await readControlBody(req));
  Object.assign(details, { scenario: name, params });
  const result = await buildScenario(name, params);
  details.result = { requestId: result.requestId, systemUserId: result.systemUserId, changeRequestId: result.changeRequestId };
  return Response.json(result, { status: 201 });
});
