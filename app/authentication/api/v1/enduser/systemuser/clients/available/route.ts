import { apiAvailableClients, guidParams } from "@/lib/clients/api";
import { withClientDelegationApi } from "@/lib/http/client-delegation";

// GET /authentication/api/v1/enduser/systemuser/clients/available?agent=<id>: the facilitator's clients for the agent's packages.
export const GET = withClientDelegationApi(async (_req, { pid, query }) => Response.json(await apiAvailableClients(pid, guidParams(query, ["agent"]).agent)), "read");
