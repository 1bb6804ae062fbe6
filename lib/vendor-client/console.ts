// The vendor console ("run it"): the portal acts as the vendor's machine for one of the vendor's live system
// users, over real HTTP against its own public base URL, with the same code as the CLI (flows.ts).
// Authorization first: only system users of the vendor's own live systems, and only with a key of a client
// that the vendor's organisation owns and that is registered on that system.
import { db } from "../db";
import { env } from "../env";
import { loadPrivateKey } from "./keys";
import { callFlow, type Flow } from "./flows";
import { portalDemoClient } from "./portal-keys";
import type { KravResponse } from "./skatteetaten";

export interface ConsoleTarget {
  systemUserId: string;
  userType: "standard" | "agent";
  systemId: string;
  systemName: string;
  /** The owner (standard) or the facilitator (agent): systemuser_org in the grant. */
  ownerOrgNo: string;
  ownerName: string;
  externalRef: string;
  integrationTitle: string;
  /** Agent: the clients delegated to it, the parties the API may be called for. */
  clients: { orgNo: string; name: string }[];
  /** The client id the console signs for, or null when the portal holds no key for the system. */
  demoClientId: string | null;
  systemClientIds: string[];
}

const liveSystemUsersOf = (vendorOrgNo: string) => ({
  isDeleted: false,
  system: { vendorOrgNo, isDeleted: false },
});

export async function listConsoleTargets(vendorOrgNo: string): Promise<ConsoleTarget[]> {
  const rows = await db.systemUser.findMany({
    where: liveSystemUsersOf(vendorOrgNo),
    orderBy: { created: "desc" },
    include: {
      reportee: { select: { name: true } },
      system: { select: { nameEn: true, clientIds: { select: { clientId: true } } } },
      clients: { orderBy: { created: "asc" }, select: { clientOrgNo: true } },
    },
  });
  const clientOrgNos = [...new Set(rows.flatMap((r) => r.clients.map((c) => c.clientOrgNo)))];
  const names = new Map(
    (await db.organization.findMany({ where: { orgNo: { in: clientOrgNos } }, select: { orgNo: true, name: true } })).map((o) => [o.orgNo, o.name]),
  );
  return rows.map((r) => {
    const systemClientIds = r.system.clientIds.map((c) => c.clientId);
    return {
      systemUserId: r.id,
      userType: r.userType === "agent" ? "agent" : "standard",
      systemId: r.systemId,
      systemName: r.system.nameEn,
      ownerOrgNo: r.reporteeOrgNo,
      ownerName: r.reportee.name,
      externalRef: r.externalRef,
      integrationTitle: r.integrationTitle,
      clients: r.clients.map((c) => ({ orgNo: c.clientOrgNo, name: names.get(c.clientOrgNo) ?? c.clientOrgNo })),
      demoClientId: portalDemoClient(vendorOrgNo, systemClientIds)?.clientId ?? null,
      systemClientIds,
    };
  });
}

export class ConsoleRefusal extends Error {}

export interface ConsoleRun {
  systemUserId: string;
  /** Whose claims to read: the owner (standard) or a client (agent); defaults to the owner. */
  partyOrgNo?: string;
}

export async function runConsoleCall(vendorOrgNo: string, input: ConsoleRun): Promise<Flow<KravResponse>> {
  const su = await db.systemUser.findFirst({
    where: { id: input.systemUserId, ...liveSystemUsersOf(vendorOrgNo) },
    include: { system: { select: { clientIds: { select: { clientId: true } } } } },
  });
  // Another vendor's system user and a deleted one look the same: nothing to run.
  if (!su) throw new ConsoleRefusal("No live system user with that id belongs to your organisation's systems.");
  const demo = portalDemoClient(vendorOrgNo, su.system.clientIds.map((c) => c.clientId));
  if (!demo) throw new ConsoleRefusal("The portal holds no private key for this system's Maskinporten clients: run the steps with `npm run vendor` and your own key.");
  const owner = await db.maskinportenClient.findFirst({ where: { clientId: demo.clientId, orgNo: vendorOrgNo }, select: { clientId: true } });
  if (!owner) throw new ConsoleRefusal("The demo client no longer belongs to your organisation.");
  const { privateKey } = await loadPrivateKey(demo.keyFile, "RS256");
  const creds = { baseUrl: env.baseUrl, clientId: demo.clientId, kid: demo.kid, alg: "RS256" as const, privateKey };
  return callFlow(creds, {
    systemUser: { orgNo: su.reporteeOrgNo, externalRef: su.externalRef },
    partyOrgNo: input.partyOrgNo || su.reporteeOrgNo,
  });
}
