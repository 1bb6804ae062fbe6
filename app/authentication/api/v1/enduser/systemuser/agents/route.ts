import { partyParam, withEnduserSession } from "@/lib/clients/enduser-api";
import { listAgents } from "@/lib/clients/service";

// GET /authentication/api/v1/enduser/systemuser/agents?party=<orgNo>: the facilitator's live agent system users.
export const GET = withEnduserSession(async (_req, { actor, query }) => Response.json(await listAgents(actor, partyParam(query))));
