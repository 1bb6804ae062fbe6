// The client-delegation API as Altinn answers it (SystemUserClientDelegationController.cs): the
// validation of `agent`/`client` first (AUTH.VLD-00014/15/16), then the PDP check read/write on
// `altinn_client_administration` for the facilitator (a bare 403), then the call. `clientId`/`client`
// are party UUIDs. The pages use lib/clients/service.ts, which adds what the simulator explains
// (roles, why a client cannot be added); none of that is in these answers.
import { db } from "../db";
import { UUID_RE as UUID } from "../parties/party-ids";
import type { SystemUserDto } from "../system-users/dto";
import { systemInternalId } from "../registry/mapping";
import { loadRelation } from "../parties/relations";
import { isClientAdministrator } from "../parties/roles";
import { BindingProblem, StatusAnswer, validationProblem, type ValidationError } from "../problems/problem";
import { clientProblems } from "./problems";
import { missingPackages } from "./rules";
import { addClients } from "./service";
import { loadClientList, loadDelegations, loadLiveSystemUser, type AgentRecord } from "./store";

export interface ClientInfo {
  clientId: string;
  clientOrganizationNumber: string;
  clientOrganizationName: string;
}

/** ClientInfoPaginated<ClientInfo> (Model/ClientInfoPaginated.cs): one page, `links.next` null. */
export interface ClientInfoPaginated {
  links: { next: null };
  systemUserInformation: { systemUserId: string; systemUserOwnerOrg: string };
  data: ClientInfo[];
}

/** SystemUserInternalDTO (Core/Models/SystemUserInternalDTO.cs), as the agents list serialises it. */
/** SystemUserInternalDTO: the vendor's system-user shape plus the owner's party and the packages. */
export interface SystemUserInternalDto extends SystemUserDto {
  systemInternalId: string;
  partyId: string;
  partyUuId: string;
  userType: "agent";
  accessPackages: { urn: string }[];
}

export type Access = "read" | "write";

const EMPTY = "00000000-0000-0000-0000-000000000000";

/**
 * `Guid` parameters bound from the route or query: absent binds to Guid.Empty (the controller's own
 * check answers it); a value that is not a GUID is ASP.NET's model-binding 400 ([ApiController]), before
 * the action runs.
 */
export function bindGuids<N extends string>(raw: Record<N, string | null>): Record<N, string> {
  const out = {} as Record<N, string>;
  const errors: Record<string, string[]> = {};
  for (const name of Object.keys(raw) as N[]) {
    const value = raw[name];
    if (value === null || value === "") out[name] = EMPTY;
    else if (!UUID.test(value)) errors[name] = [`The value '${value}' is not valid.`];
    else out[name] = value.toLowerCase();
  }
  if (Object.keys(errors).length > 0) throw new BindingProblem(errors);
  return out;
}

/** `[FromQuery] Guid agent` / `Guid client` of the client-delegation API. */
export function guidParams(query: URLSearchParams, names: readonly ("agent" | "client")[]): Record<"agent" | "client", string> {
  const raw = Object.fromEntries(names.map((n) => [n, query.get(n)])) as Record<"agent" | "client", string | null>;
  return Object.assign({ agent: EMPTY, client: EMPTY }, bindGuids(raw));
}

/** ValidateSystemUser + ValidateClient: the errors of both are reported together, paths `?agent`, `?client`. */
async function validated(agentId: string, clientId?: string): Promise<AgentRecord> {
  const errors: ValidationError[] = [];
  let agent: AgentRecord | null = null;
  if (agentId === EMPTY) errors.push({ code: "AUTH.VLD-00014", title: "The agent query parameter is missing or invalid", paths: ["?agent"] });
  else {
    agent = await loadLiveSystemUser(agentId);
    if (!agent) errors.push({ code: "AUTH.VLD-00014", title: "System user not found", paths: ["?agent"] });
    else if (agent.userType !== "agent") errors.push({ code: "AUTH.VLD-00015", title: "SystemUser is not a valid system user of type agent", paths: ["?agent"] });
  }
  if (clientId === EMPTY) errors.push({ code: "AUTH.VLD-00016", title: "The client query parameter is missing or invalid", paths: ["?client"] });
  if (errors.length > 0 || !agent) throw validationProblem(errors);
  return agent;
}

/** AuthorizeResourceAccess(altinn_client_administration, facilitator, user, read|write): Forbid() is a bare 403. */
async function authorizeClientAdministration(pid: string, facilitatorOrgNo: string): Promise<void> {
  if (!isClientAdministrator(await loadRelation(pid, facilitatorOrgNo))) throw new StatusAnswer(403);
}

async function administeredAgent(pid: string, agentId: string, clientId?: string): Promise<AgentRecord> {
  const agent = await validated(agentId, clientId);
  await authorizeClientAdministration(pid, agent.reporteeOrgNo);
  return agent;
}

async function partyUuids(orgNos: readonly string[]): Promise<Map<string, string>> {
  const rows = await db.organization.findMany({ where: { orgNo: { in: [...orgNos] } }, select: { orgNo: true, partyUuid: true } });
  return new Map(rows.map((r) => [r.orgNo, r.partyUuid]));
}

async function page(agent: AgentRecord, clients: { orgNo: string; name: string }[]): Promise<ClientInfoPaginated> {
  const uuids = await partyUuids(clients.map((c) => c.orgNo));
  return {
    links: { next: null },
    systemUserInformation: { systemUserId: agent.id, systemUserOwnerOrg: agent.reporteeOrgNo },
    data: clients.map((c) => ({ clientId: uuids.get(c.orgNo) ?? "", clientOrganizationNumber: c.orgNo, clientOrganizationName: c.name })),
  };
}

/**
 * GET clients/available: the facilitator's clients that give it at least one of the agent's packages
 * (Access Management's client query filters on any of the packages; ClientDelegationService.GetClients).
 * Delegated clients are not excluded; a client lacking one of several packages is listed (POST then
 * answers AUTH-00080).
 */
export async function apiAvailableClients(pid: string, agentId: string): Promise<ClientInfoPaginated> {
  const agent = await administeredAgent(pid, agentId);
  const clients = (await loadClientList(agent.reporteeOrgNo)).filter((c) => missingPackages(agent.accessPackages, c).length < agent.accessPackages.length);
  return page(agent, clients.map((c) => ({ orgNo: c.clientOrganizationNumber, name: c.clientOrganizationName })));
}

/** GET clients: the clients delegated to the agent. */
export async function apiDelegatedClients(pid: string, agentId: string): Promise<ClientInfoPaginated> {
  const agent = await administeredAgent(pid, agentId);
  // the facilitator's own organisation (self-delegation, lib/clients/self.ts) is a package delegation
  // from the party itself in Access Management, not a client delegation through it: not listed here
  const delegations = (await loadDelegations(agent.id)).filter((d) => d.clientOrgNo !== agent.reporteeOrgNo);
  const orgs = await db.organization.findMany({ where: { orgNo: { in: delegations.map((d) => d.clientOrgNo) } }, select: { orgNo: true, name: true } });
  const names = new Map(orgs.map((o) => [o.orgNo, o.name]));
  return page(agent, delegations.map((d) => ({ orgNo: d.clientOrgNo, name: names.get(d.clientOrgNo) ?? d.clientOrgNo })));
}

/** The organisation whose party UUID is `client` (clients are organisations: AM discards other parties). */
async function clientOrgNo(client: string): Promise<string | null> {
  const org = await db.organization.findUnique({ where: { partyUuid: client }, select: { orgNo: true } });
  return org?.orgNo ?? null;
}

/** POST clients: 200 `{ agent, client }`; AUTH-00079 not a client, AUTH-00080 a package missing. */
export async function apiAddClient(pid: string, agentId: string, client: string): Promise<{ agent: string; client: string }> {
  await administeredAgent(pid, agentId, client);
  const orgNo = await clientOrgNo(client);
  if (!orgNo) throw clientProblems.clientNotFound();
  const [outcome] = await addClients({ pid }, agentId, [orgNo]);
  if (outcome?.status === "refused") throw outcome.code === "AUTH-00080" ? clientProblems.clientMissingPackages() : clientProblems.clientNotFound();
  return { agent: agentId, client };
}

/** DELETE clients: 200 `{ agent, client }`. */
export async function apiRemoveClient(pid: string, agentId: string, client: string): Promise<{ agent: string; client: string }> {
  const agent = await administeredAgent(pid, agentId, client);
  const orgNo = await clientOrgNo(client);
  const { count } = orgNo && orgNo !== agent.reporteeOrgNo ? await db.clientDelegation.deleteMany({ where: { systemUserId: agent.id, clientOrgNo: orgNo } }) : { count: 0 };
  if (count === 0) throw clientProblems.notDelegated();
  return { agent: agentId, client };
}

/** GET agents?party=<orgNo>: 404 ProblemDetails for an unknown party, bare 403 without the right. */
export async function apiAgents(pid: string, party: string | null): Promise<SystemUserInternalDto[]> {
  const org = party ? await db.organization.findUnique({ where: { orgNo: party }, select: { orgNo: true, partyId: true, partyUuid: true } }) : null;
  if (!org) throw clientProblems.partyNotFound(party ?? "");
  await authorizeClientAdministration(pid, org.orgNo);
  const rows = await db.systemUser.findMany({
    where: { reporteeOrgNo: org.orgNo, userType: "agent", isDeleted: false },
    include: { system: { select: { nameEn: true, vendorOrgNo: true, vendor: { select: { name: true } } } }, accessPackages: { select: { urn: true }, orderBy: { id: "asc" } } },
    orderBy: [{ created: "desc" }, { id: "asc" }],
  });
  return rows.map((r) => ({
    id: r.id,
    integrationTitle: r.integrationTitle,
    systemId: r.systemId,
    productName: r.system.nameEn,
    systemInternalId: systemInternalId(r.systemId),
    partyId: String(org.partyId),
    partyUuId: org.partyUuid,
    reporteeOrgNo: r.reporteeOrgNo,
    created: r.created.toISOString(),
    isDeleted: false,
    supplierName: r.system.vendor.name,
    supplierOrgno: r.system.vendorOrgNo,
    externalRef: r.externalRef,
    userType: "agent",
    accessPackages: r.accessPackages.map((p) => ({ urn: p.urn })),
  }));
}
