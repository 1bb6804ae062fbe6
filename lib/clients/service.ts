// Client delegation for agent system users (reference §5). Every function takes the acting person and
// checks, before touching data, that they are a client administrator of the agent's facilitator; an
// agent they may not administer is "not found" so ids of other firms cannot be probed.
import { audit } from "../audit";
import { db, isUniqueViolation, type Tx } from "../db";
import { loadRelation } from "../parties/relations";
import { isClientAdministrator } from "../parties/roles";
import { clientProblems } from "./problems";
import { addableClientIds, availableClients, packageRef, planAdd, type AccessPackageRef, type AddOutcome, type AvailableClientView, type ClientView } from "./rules";
import { buildRelationships, type RelationshipsView } from "./relationships";
import { findOrgName, loadAgents, loadClientList, loadDelegations, loadLiveSystemUser, type AgentRecord } from "./store";

export interface ClientAdminActor {
  pid: string;
  /** The organisation chosen in the portal: when set, only that facilitator's agents are reachable. */
  party?: string;
}

export interface AgentSystemUserView {
  id: string;
  integrationTitle: string;
  systemId: string;
  systemName: string;
  productName: string;
  reporteeOrgNo: string;
  created: string;
  isDeleted: false;
  supplierName: string;
  supplierOrgno: string;
  externalRef: string;
  userType: "agent";
  accessPackages: AccessPackageRef[];
  clientCount: number;
}

export interface DelegatedClientView extends ClientView {
  delegated: string;
  /** The facilitator's own organisation (self-delegation, lib/clients/self.ts), managed by an access manager. */
  self: boolean;
}

/** A client list as the real API answers it (minus the empty `links`, which the route adds). */
export interface ClientList<T> {
  systemUserInformation: { systemUserId: string; systemUserOwnerOrg: string };
  data: T[];
}

const listOf = <T>(agent: AgentRecord, data: T[]): ClientList<T> => ({
  systemUserInformation: { systemUserId: agent.id, systemUserOwnerOrg: agent.reporteeOrgNo },
  data,
});

async function isAdministratorOf(actor: ClientAdminActor, orgNo: string, tx: Tx | typeof db = db): Promise<boolean> {
  return isClientAdministrator(await loadRelation(actor.pid, orgNo, tx));
}

function toAgentView(a: AgentRecord): AgentSystemUserView {
  return {
    id: a.id,
    integrationTitle: a.integrationTitle,
    systemId: a.systemId,
    systemName: a.systemName,
    productName: a.systemName,
    reporteeOrgNo: a.reporteeOrgNo,
    created: a.created.toISOString(),
    isDeleted: false,
    supplierName: a.supplierName,
    supplierOrgno: a.supplierOrgno,
    externalRef: a.externalRef,
    userType: "agent",
    accessPackages: a.accessPackages.map(packageRef),
    clientCount: a.clientCount,
  };
}

/** The live agent system user `agentId`, once the actor is known to administer its facilitator. */
async function administeredAgent(actor: ClientAdminActor, agentId: string, tx: Tx | typeof db = db): Promise<AgentRecord> {
  const su = await loadLiveSystemUser(agentId, tx);
  if (!su || (actor.party !== undefined && su.reporteeOrgNo !== actor.party)) throw clientProblems.agentNotFound();
  if (!(await isAdministratorOf(actor, su.reporteeOrgNo, tx))) throw clientProblems.agentNotFound();
  if (su.userType !== "agent") throw clientProblems.notAgent();
  return su;
}

/** The facilitator's live agent system users. */
export async function listAgents(actor: ClientAdminActor, facilitatorOrgNo: string): Promise<AgentSystemUserView[]> {
  if (!(await isAdministratorOf(actor, facilitatorOrgNo))) throw clientProblems.notClientAdministrator(facilitatorOrgNo);
  return (await loadAgents(facilitatorOrgNo)).map(toAgentView);
}

/** One agent system user, for the delegation page's header. */
export async function getAgent(actor: ClientAdminActor, agentId: string): Promise<AgentSystemUserView> {
  return toAgentView(await administeredAgent(actor, agentId));
}

/** The facilitator's clients not yet delegated to the agent, each with `canAdd` and, if not, the reason. */
export async function listAvailableClients(actor: ClientAdminActor, agentId: string): Promise<ClientList<AvailableClientView>> {
  const agent = await administeredAgent(actor, agentId);
  const [clients, delegations] = await Promise.all([loadClientList(agent.reporteeOrgNo), loadDelegations(agent.id)]);
  return listOf(agent, availableClients(agent.accessPackages, clients, new Set(delegations.map((d) => d.clientOrgNo))));
}

/** The clients delegated to the agent. One whose relation to the firm has since ended is still listed (without roles), so it can be removed. */
export async function listDelegatedClients(actor: ClientAdminActor, agentId: string): Promise<ClientList<DelegatedClientView>> {
  const agent = await administeredAgent(actor, agentId);
  const [clients, delegations] = await Promise.all([loadClientList(agent.reporteeOrgNo), loadDelegations(agent.id)]);
  const byId = new Map(clients.map((c) => [c.clientId, c]));
  const out: DelegatedClientView[] = [];
  for (const d of delegations) {
    const c = byId.get(d.clientOrgNo) ?? {
      clientId: d.clientOrgNo,
      clientOrganizationNumber: d.clientOrgNo,
      clientOrganizationName: (await findOrgName(d.clientOrgNo)) ?? d.clientOrgNo,
      roles: [],
      accessPackages: [],
    };
    out.push({ ...c, delegated: d.created.toISOString(), self: d.clientOrgNo === agent.reporteeOrgNo });
  }
  return listOf(agent, out.sort((a, b) => a.clientOrganizationName.localeCompare(b.clientOrganizationName, "nb")));
}

/**
 * Adds clients to the agent, client by client (see rules.ts planAdd): the allowed ones are added together,
 * the refused ones are reported with their code; `"all"` means every client that can be added.
 */
export async function addClients(actor: ClientAdminActor, agentId: string, requested: readonly string[] | "all"): Promise<AddOutcome[]> {
  try {
    return await addClientsOnce(actor, agentId, requested);
  } catch (e) {
    // A concurrent add of the same client hit the unique index: the second attempt sees it as delegated.
    if (!isUniqueViolation(e)) throw e;
    return addClientsOnce(actor, agentId, requested);
  }
}

function addClientsOnce(actor: ClientAdminActor, agentId: string, requested: readonly string[] | "all"): Promise<AddOutcome[]> {
  return db.$transaction(async (tx) => {
    const agent = await administeredAgent(actor, agentId, tx);
    const [clients, delegations] = await Promise.all([loadClientList(agent.reporteeOrgNo, tx), loadDelegations(agent.id, tx)]);
    const delegated = new Set(delegations.map((d) => d.clientOrgNo));
    const ids = requested === "all" ? addableClientIds(agent.accessPackages, clients, delegated) : requested;
    const outcomes = planAdd(agent.accessPackages, clients, delegated, ids);
    for (const o of outcomes.filter((x) => x.status === "added")) {
      await tx.clientDelegation.create({ data: { systemUserId: agent.id, clientOrgNo: o.clientId, createdByPid: actor.pid } });
      await audit(`person:${actor.pid}`, "systemuser.client.added", agent.id, { facilitator: agent.reporteeOrgNo, client: o.clientId, accessPackages: agent.accessPackages }, tx);
    }
    return outcomes;
  });
}

/** Removes a delegated client from the agent (AUTH-00038 when it is not delegated). */
export async function removeClient(
  actor: ClientAdminActor,
  agentId: string,
  clientId: string,
): Promise<{ agent: string; client: string; clientId: string; clientOrganizationNumber: string; clientOrganizationName: string }> {
  return db.$transaction(async (tx) => {
    const agent = await administeredAgent(actor, agentId, tx);
    const { count } = await tx.clientDelegation.deleteMany({ where: { systemUserId: agent.id, clientOrgNo: clientId } });
    if (count === 0) throw clientProblems.notDelegated(clientId);
    await audit(`person:${actor.pid}`, "systemuser.client.removed", agent.id, { facilitator: agent.reporteeOrgNo, client: clientId }, tx);
    const name = (await findOrgName(clientId, tx)) ?? clientId;
    return { agent: agent.id, client: clientId, clientId, clientOrganizationNumber: clientId, clientOrganizationName: name };
  });
}

/** The firm's relationships for the picture: clients, their roles and packages, agents and their clients. */
export async function getRelationships(actor: ClientAdminActor, facilitatorOrgNo: string): Promise<RelationshipsView> {
  if (!(await isAdministratorOf(actor, facilitatorOrgNo))) throw clientProblems.notClientAdministrator(facilitatorOrgNo);
  const [firmName, clients, agents] = await Promise.all([findOrgName(facilitatorOrgNo), loadClientList(facilitatorOrgNo), loadAgents(facilitatorOrgNo)]);
  const delegations = await db.clientDelegation.findMany({ where: { systemUserId: { in: agents.map((a) => a.id) } }, select: { systemUserId: true, clientOrgNo: true } });
  const extra = delegations.map((d) => d.clientOrgNo).filter((o) => !clients.some((c) => c.clientId === o));
  const names = new Map((await db.organization.findMany({ where: { orgNo: { in: extra } }, select: { orgNo: true, name: true } })).map((o) => [o.orgNo, o.name]));
  return buildRelationships(
    { orgNo: facilitatorOrgNo, name: firmName ?? facilitatorOrgNo },
    clients,
    agents.map((a) => ({
      id: a.id,
      title: a.integrationTitle || a.systemName,
      systemId: a.systemId,
      accessPackages: a.accessPackages,
      delegatedClientOrgNos: delegations.filter((d) => d.systemUserId === a.id).map((d) => d.clientOrgNo),
    })),
    (orgNo) => names.get(orgNo) ?? orgNo,
  );
}
