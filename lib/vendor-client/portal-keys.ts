// Which private keys the portal itself holds, to act as a vendor's machine in the console.
// Simulator decision: only the committed demo keys of the seeded vendor clients (prisma/fixtures/demo-keys,
// public on purpose). A client a vendor creates in self-service has a key only the vendor holds, so the
// portal cannot sign for it: the console then explains how to run the same steps with `npm run vendor`.
import { DEMO_CLIENTS, ORGS } from "../../prisma/cast";
import { demoKeyFile, type DemoClient } from "./keys";

export interface PortalDemoClient extends DemoClient {
  /** The organisation that owns the client; only its people may make the portal sign with the key. */
  orgNo: string;
}

export const PORTAL_DEMO_CLIENTS: readonly PortalDemoClient[] = (["smartcloud", "konkurrent"] as const).map((name) => ({
  clientId: DEMO_CLIENTS[name].clientId,
  kid: DEMO_CLIENTS[name].kid,
  keyFile: demoKeyFile(DEMO_CLIENTS[name].key),
  orgNo: ORGS[name].orgNo,
}));

/** The demo client among a system's client ids that belongs to the vendor, if the portal holds its key. */
export function portalDemoClient(vendorOrgNo: string, systemClientIds: readonly string[]): PortalDemoClient | null {
  return PORTAL_DEMO_CLIENTS.find((c) => c.orgNo === vendorOrgNo && systemClientIds.includes(c.clientId)) ?? null;
}
