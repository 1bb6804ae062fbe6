// The relationships, drawn (issue 11): an accounting firm, its clients with the Enhetsregisteret role that
// makes each a client, the packages each role gives, and which agent system users hold which clients.
// Pure: built from the same client list as client delegation (rules.ts buildClientList), so the picture
// and the rules cannot disagree.
import { ER_CLIENT_ROLES, type ErClientRole } from "../parties/client-packages";
import { packageRef, type AccessPackageRef, type ClientView } from "./rules";

export interface RelationshipRole {
  code: ErClientRole;
  title: string;
  packages: AccessPackageRef[];
}

export interface RelationshipAgent {
  id: string;
  title: string;
  systemId: string;
  accessPackages: AccessPackageRef[];
  /** The clients delegated to it, by org number, in the client list's order. */
  clientOrgNos: string[];
}

export interface RelationshipsView {
  firm: { orgNo: string; name: string };
  /** The client roles the firm holds in at least one client, with the packages each gives. */
  roles: RelationshipRole[];
  clients: ClientView[];
  agents: RelationshipAgent[];
}

export interface AgentInput {
  id: string;
  title: string;
  systemId: string;
  accessPackages: readonly string[];
  delegatedClientOrgNos: readonly string[];
}

/**
 * A delegated client whose relation to the firm has ended is still drawn (without a role), as the
 * delegation page still lists it, so that the picture shows what the agent can still reach.
 */
export function buildRelationships(firm: { orgNo: string; name: string }, clients: readonly ClientView[], agents: readonly AgentInput[], orgName: (orgNo: string) => string): RelationshipsView {
  const all = [...clients];
  const known = new Set(clients.map((c) => c.clientId));
  for (const orgNo of new Set(agents.flatMap((a) => a.delegatedClientOrgNos))) {
    if (known.has(orgNo)) continue;
    known.add(orgNo);
    all.push({ clientId: orgNo, clientOrganizationNumber: orgNo, clientOrganizationName: orgName(orgNo), roles: [], accessPackages: [] });
  }
  const order = new Map(all.map((c, i) => [c.clientId, i]));
  const codes = new Set(all.flatMap((c) => c.roles.map((r) => r.code)));
  return {
    firm,
    roles: (Object.keys(ER_CLIENT_ROLES) as ErClientRole[])
      .filter((code) => codes.has(code))
      .map((code) => ({ code, title: ER_CLIENT_ROLES[code].title, packages: ER_CLIENT_ROLES[code].packages.map(packageRef) })),
    clients: all,
    agents: agents.map((a) => ({
      id: a.id,
      title: a.title,
      systemId: a.systemId,
      accessPackages: a.accessPackages.map(packageRef),
      clientOrgNos: [...a.delegatedClientOrgNos].sort((x, y) => (order.get(x) ?? 0) - (order.get(y) ?? 0)),
    })),
  };
}
