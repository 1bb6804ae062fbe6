import { agentParam, clientParam, withEnduserSession } from "@/lib/clients/enduser-api";
import { addClient, listDelegatedClients, removeClient } from "@/lib/clients/service";

// GET /authentication/api/v1/enduser/systemuser/clients?agent=<id>: the clients delegated to the agent system user.
export const GET = withEnduserSession(async (_req, { actor, query }) => Response.json({ links: {}, ...(await listDelegatedClients(actor, agentParam(query))) }));

// POST /authentication/api/v1/enduser/systemuser/clients?agent=<id>&client=<clientId>: delegate a client (201; 200 when already delegated).
export const POST = withEnduserSession(
  async (_req, { actor, query }) => {
    const result = await addClient(actor, agentParam(query), clientParam(query));
    return Response.json(result, { status: result.status === "added" ? 201 : 200 });
  },
  { stateChanging: true },
);

// DELETE /authentication/api/v1/enduser/systemuser/clients?agent=<id>&client=<clientId>: remove a delegated client.
export const DELETE = withEnduserSession(
  async (_req, { actor, query }) => Response.json(await removeClient(actor, agentParam(query), clientParam(query))),
  { stateChanging: true },
);
