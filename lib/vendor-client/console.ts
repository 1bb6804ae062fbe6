// The vendor console ("run it"): the portal acts as the vendor's machine for one of the vendor's live system
// users, over real HTTP against its own public base URL, with the same code as the CLI (flows.ts).
// Authorization first: only system users of the vendor's own live systems, and only with a key of a client
// that the vendor's organisation owns and that is on that system (another vendor's client is never used).
import { db } from "../db";
import { env } from "../env";
import { relative } from "node:path";
import { loadPrivateKey, SMARTCLOUD_DEMO } from "./keys";
import { callFlow, type Flow } from "./flows";
import { findDemoSigningKey, type SigningClient } from "./portal-keys";
import type { KravResponse } from "./skatteetaten";
import { now as clockNow } from "../clock";

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
  /** Deleted by its owner: still offered, so the vendor sees Maskinporten refuse it (MP-303). */
  isDeleted: boolean;
  /** Agent: the clients delegated to it, the parties the API may be called for. */
  clients: { orgNo: string; name: string }[];
  /** The client id the console signs for, or null when the portal holds no key for the system. */
  demoClientId: string | null;
  /** The CLI's credential options for the same run (none: the CLI's default, SmartCloud's demo client). */
  cliCredentialFlags: string[];
}

function cliCredentialFlags(signer: SigningClient | undefined, systemClientIds: string[]): string[] {
  if (!signer) return [`--client-id ${systemClientIds[0] ?? "<your client id>"}`, "--key <your private key: JWK or PKCS#8 PEM>", "--kid <its kid>"];
  if (signer.clientId === SMARTCLOUD_DEMO.clientId && signer.kid === SMARTCLOUD_DEMO.kid) return [];
  const keyFlag = signer.keyFile === SMARTCLOUD_DEMO.keyFile ? [] : [`--key ${relative(process.cwd(), signer.keyFile)}`];
  return [`--client-id ${signer.clientId}`, ...keyFlag, `--kid ${signer.kid}`];
}

/** Per system client id owned by the vendor: the demo key the portal can sign with, if any. */
async function signingClients(vendorOrgNo: string, clientIds: string[]): Promise<Map<string, SigningClient>> {
  const keys = await db.clientKey.findMany({
    where: {
      clientId: { in: clientIds },
      client: { orgNo: vendorOrgNo },
      OR: [{ expiresAt: null }, { expiresAt: { gt: clockNow() } }],
    },
    orderBy: { createdAt: "desc" },
    select: { clientId: true, kid: true, jwk: true },
  });
  const out = new Map<string, SigningClient>();
  for (const clientId of clientIds) {
    const found = findDemoSigningKey(keys.filter((k) => k.clientId === clientId));
    if (found) out.set(clientId, found);
  }
  return out;
}

// The vendor's machine does not know that a customer deleted its system user: the console offers deleted
// ones too (marked), and running one shows what the machine sees, Maskinporten's MP-303.
const systemUsersOf = (vendorOrgNo: string) => ({
  system: { vendorOrgNo, isDeleted: false },
});

export async function listConsoleTargets(vendorOrgNo: string): Promise<ConsoleTarget[]> {
  const rows = await db.systemUser.findMany({
    where: systemUsersOf(vendorOrgNo),
    orderBy: [{ isDeleted: "asc" }, { created: "desc" }],
    include: {
      reportee: { select: { name: true } },
      system: { select: { nameEn: true, clientIds: { select: { clientId: true } } } },
      clients: { orderBy: { created: "asc" }, select: { clientOrgNo: true } },
    },
  });
  const clientOrgNos = [...new Set(rows.flatMap((r) => r.clients.map((c) => c.clientOrgNo)))];
  const signers = await signingClients(vendorOrgNo, [...new Set(rows.flatMap((r) => r.system.clientIds.map((c) => c.clientId)))]);
  const names = new Map(
    (await db.organization.findMany({ where: { orgNo: { in: clientOrgNos } }, select: { orgNo: true, name: true } })).map((o) => [o.orgNo, o.name]),
  );
  return rows.map((r) => {
    const systemClientIds = r.system.clientIds.map((c) => c.clientId);
    const signer = systemClientIds.map((id) => signers.get(id)).find((x) => x !== undefined);
    return {
      systemUserId: r.id,
      userType: r.userType === "agent" ? "agent" : "standard",
      systemId: r.systemId,
      systemName: r.system.nameEn,
      ownerOrgNo: r.reporteeOrgNo,
      ownerName: r.reportee.name,
      externalRef: r.externalRef,
      integrationTitle: r.integrationTitle,
      isDeleted: r.isDeleted,
      clients: r.clients.map((c) => ({ orgNo: c.clientOrgNo, name: names.get(c.clientOrgNo) ?? c.clientOrgNo })),
      demoClientId: signer?.clientId ?? null,
      cliCredentialFlags: cliCredentialFlags(signer, systemClientIds),
    };
  });
}

/** The console refuses before sending anything: `key` names its text (namespace ConsoleActions). */
export class ConsoleRefusal extends Error {
  constructor(readonly key: "noSuchSystemUser" | "noDemoKey") {
    super(key);
  }
}

export interface ConsoleRun {
  systemUserId: string;
  /** Whose claims to read: the owner (standard) or a client (agent); defaults to the owner. */
  partyOrgNo?: string;
}

export async function runConsoleCall(vendorOrgNo: string, input: ConsoleRun): Promise<Flow<KravResponse>> {
  const su = await db.systemUser.findFirst({
    where: { id: input.systemUserId, ...systemUsersOf(vendorOrgNo) },
    include: { system: { select: { clientIds: { select: { clientId: true } } } } },
  });
  // Another vendor's system user and an unknown id look the same: nothing to run.
  if (!su) throw new ConsoleRefusal("noSuchSystemUser");
  const signers = await signingClients(vendorOrgNo, su.system.clientIds.map((c) => c.clientId));
  const demo = signers.values().next().value;
  if (!demo) throw new ConsoleRefusal("noDemoKey");
  const { privateKey } = await loadPrivateKey(demo.keyFile, "RS256");
  const creds = { baseUrl: env.baseUrl, clientId: demo.clientId, kid: demo.kid, alg: "RS256" as const, privateKey };
  return callFlow(creds, {
    systemUser: { orgNo: su.reporteeOrgNo, externalRef: su.externalRef },
    partyOrgNo: input.partyOrgNo || su.reporteeOrgNo,
  });
}
