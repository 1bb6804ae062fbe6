// Client delegation rules (reference §5), pure: which organisations are a facilitator's clients, which of
// them an agent system user can take, and what adding several clients does. The data is loaded by
// lib/clients/store.ts.
import { accessPackageName } from "../parties/access-packages";
import { ER_CLIENT_ROLES, isClientPackage, isErClientRole, packagesGivenByClient, type ErClientRole } from "../parties/client-packages";

export interface ClientRelationRole {
  code: ErClientRole;
  urn: string;
  title: string;
}

export interface AccessPackageRef {
  urn: string;
  name: string;
}

/** A client of the facilitator, as the API lists it (clientId is the client's org number here). */
export interface ClientView {
  clientId: string;
  clientOrganizationNumber: string;
  clientOrganizationName: string;
  /** The Enhetsregisteret roles the facilitator holds in the client. */
  roles: ClientRelationRole[];
  /** Every client package the client gives the facilitator (through its roles or directly). */
  accessPackages: AccessPackageRef[];
}

export interface ClientRefusal {
  code: string;
  detail: string;
  missingAccessPackages: AccessPackageRef[];
}

export interface AvailableClientView extends ClientView {
  canAdd: boolean;
  reason?: ClientRefusal;
}

export interface ErRoleRow {
  clientOrgNo: string;
  clientName: string;
  roleCode: string;
}

export interface DirectPackageRow {
  clientOrgNo: string;
  clientName: string;
  urn: string;
}

export const packageRef = (urn: string): AccessPackageRef => ({ urn, name: accessPackageName(urn) });

/**
 * The facilitator's client list: every org in which it holds an ER client role (REGN, REVI, FFØR), or which
 * delegated it a client package directly. Other roles and non-client packages do not make an org a client.
 */
export function buildClientList(erRoles: readonly ErRoleRow[], direct: readonly DirectPackageRow[]): ClientView[] {
  const byOrg = new Map<string, { name: string; roles: ErClientRole[]; direct: string[] }>();
  const entry = (orgNo: string, name: string) => {
    let e = byOrg.get(orgNo);
    if (!e) byOrg.set(orgNo, (e = { name, roles: [], direct: [] }));
    return e;
  };
  for (const r of erRoles) if (isErClientRole(r.roleCode)) entry(r.clientOrgNo, r.clientName).roles.push(r.roleCode);
  for (const d of direct) if (isClientPackage(d.urn)) entry(d.clientOrgNo, d.clientName).direct.push(d.urn);
  return [...byOrg.entries()]
    .map(([orgNo, e]) => {
      const roles = [...new Set(e.roles)].sort();
      return {
        clientId: orgNo,
        clientOrganizationNumber: orgNo,
        clientOrganizationName: e.name,
        roles: roles.map((code) => ({ code, urn: ER_CLIENT_ROLES[code].urn, title: ER_CLIENT_ROLES[code].title })),
        accessPackages: packagesGivenByClient(roles, e.direct).map(packageRef),
      };
    })
    .sort((a, b) => a.clientOrganizationName.localeCompare(b.clientOrganizationName, "nb") || a.clientId.localeCompare(b.clientId));
}

/** The agent's packages that the client does not give the facilitator, in the agent's order. */
export function missingPackages(agentPackages: readonly string[], client: ClientView): string[] {
  const given = new Set(client.accessPackages.map((p) => p.urn));
  return agentPackages.filter((urn) => !given.has(urn));
}

/** AUTH-00080: a client must give the facilitator every package the agent system user holds. */
export function missingPackagesRefusal(client: ClientView, missing: readonly string[]): ClientRefusal {
  const names = missing.map((urn) => accessPackageName(urn));
  return {
    code: "AUTH-00080",
    detail: `${client.clientOrganizationName} does not give the firm every access package the system user holds: missing ${names.join(", ")}.`,
    missingAccessPackages: missing.map(packageRef),
  };
}

export function notAClientRefusal(clientId: string): ClientRefusal {
  return {
    code: "AUTH-00079",
    detail: `${clientId} is not in the facilitator's client list: the firm holds no regnskapsfører, revisor or forretningsfører role in it, and it has delegated no client package to the firm.`,
    missingAccessPackages: [],
  };
}

/** A client as the agent's list of available clients shows it: whether it can be added, and if not, why. */
export function toAvailable(agentPackages: readonly string[], client: ClientView): AvailableClientView {
  const missing = missingPackages(agentPackages, client);
  return missing.length === 0 ? { ...client, canAdd: true } : { ...client, canAdd: false, reason: missingPackagesRefusal(client, missing) };
}

/** The clients not yet delegated to the agent, each with `canAdd`. */
export function availableClients(agentPackages: readonly string[], clients: readonly ClientView[], delegated: ReadonlySet<string>): AvailableClientView[] {
  return clients.filter((c) => !delegated.has(c.clientId)).map((c) => toAvailable(agentPackages, c));
}

export type AddStatus = "added" | "alreadyDelegated" | "refused";

export interface AddOutcome {
  clientId: string;
  clientOrganizationNumber: string;
  clientOrganizationName: string | null;
  status: AddStatus;
  code?: string;
  detail?: string;
}

/**
 * What adding `requested` clients to the agent does, client by client (duplicates once): not in the client
 * list → refused AUTH-00079; missing a package → refused AUTH-00080; delegated already → alreadyDelegated
 * (adding is idempotent); otherwise added. Refusals do not stop the others: the UI reports each client.
 */
export function planAdd(
  agentPackages: readonly string[],
  clients: readonly ClientView[],
  delegated: ReadonlySet<string>,
  requested: readonly string[],
): AddOutcome[] {
  const byId = new Map(clients.map((c) => [c.clientId, c]));
  return [...new Set(requested)].map((clientId): AddOutcome => {
    const client = byId.get(clientId);
    if (!client) {
      const r = notAClientRefusal(clientId);
      return { clientId, clientOrganizationNumber: clientId, clientOrganizationName: null, status: "refused", code: r.code, detail: r.detail };
    }
    const base = { clientId, clientOrganizationNumber: client.clientOrganizationNumber, clientOrganizationName: client.clientOrganizationName };
    if (delegated.has(clientId)) return { ...base, status: "alreadyDelegated" };
    const missing = missingPackages(agentPackages, client);
    if (missing.length > 0) {
      const r = missingPackagesRefusal(client, missing);
      return { ...base, status: "refused", code: r.code, detail: r.detail };
    }
    return { ...base, status: "added" };
  });
}

/** "Add all": every available client that can be added. */
export function addableClientIds(agentPackages: readonly string[], clients: readonly ClientView[], delegated: ReadonlySet<string>): string[] {
  return availableClients(agentPackages, clients, delegated)
    .filter((c) => c.canAdd)
    .map((c) => c.clientId);
}
