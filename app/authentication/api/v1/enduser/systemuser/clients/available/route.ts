import { agentParam, withEnduserSession } from "@/lib/clients/enduser-api";
import { listAvailableClients } from "@/lib/clients/service";

// GET /authentication/api/v1/enduser/systemuser/clients/available?agent=<id>: clients not yet delegated, with canAdd and the reason.
export const GET = withEnduserSession(async (_req, { actor, query }) => Response.json({ links: {}, ...(await listAvailableClients(actor, agentParam(query))) }));
