import { apiAgents } from "@/lib/clients/api";
import { withClientDelegationApi } from "@/lib/http/client-delegation";

// GET /authentication/api/v1/enduser/systemuser/agents?party=<orgNo>: the party's agent system users (SystemUserInternalDTO[]).
export const GET = withClientDelegationApi(async (_req, { pid, query }) => Response.json(await apiAgents(pid, query.get("party"))), "read");
