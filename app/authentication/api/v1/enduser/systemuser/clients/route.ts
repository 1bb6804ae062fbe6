import { apiAddClient, apiDelegatedClients, apiRemoveClient, guidParams } from "@/lib/clients/api";
import { withClientDelegationApi } from "@/lib/http/client-delegation";

// GET /authentication/api/v1/enduser/systemuser/clients?agent=<id>: the clients delegated to the agent system user.
export const GET = withClientDelegationApi(async (_req, { pid, query }) => Response.json(await apiDelegatedClients(pid, guidParams(query, ["agent"]).agent)), "read");

// POST /authentication/api/v1/enduser/systemuser/clients?agent=<id>&client=<partyUuid>: delegate a client (200 { agent, client }).
export const POST = withClientDelegationApi(async (_req, { pid, query }) => {
  const { agent, client } = guidParams(query, ["agent", "client"]);
  return Response.json(await apiAddClient(pid, agent, client));
}, "write");

// DELETE /authentication/api/v1/enduser/systemuser/clients?agent=<id>&client=<partyUuid>: remove a delegated client (200 { agent, client }).
export const DELETE = withClientDelegationApi(async (_req, { pid, query }) => {
  const { agent, client } = guidParams(query, ["agent", "client"]);
  return Response.json(await apiRemoveClient(pid, agent, client));
}, "write");
