// The scenarios' contract (POST /simulator/api/scenarios/{name}): names, parameters and answer. Plain types
// with no imports, so the test kit (e2e/kit, a client of the public URLs) types its calls by the same
// definitions the portal answers with (lib/simulator/scenarios.ts) without loading any of the portal.
export const SCENARIO_NAMES = [
  "pending-standard-request",
  "approved-standard-system-user",
  "rejected-request",
  "agent-system-user-with-clients",
  "system-user-deleted",
  "change-request-pending",
] as const;
export type ScenarioName = (typeof SCENARIO_NAMES)[number];

export interface ScenarioParams {
  /** The customer's organisation number (agent scenario: the accounting firm). */
  org?: string;
  externalRef?: string;
  /** Agent scenario: the clients to delegate (organisation numbers of the firm's clients). */
  clients?: string[];
}

export interface ScenarioResult {
  scenario: ScenarioName;
  systemId: string;
  partyOrgNo: string;
  externalRef: string;
  requestId?: string;
  confirmUrl?: string;
  status?: string;
  systemUserId?: string;
  changeRequestId?: string;
  clients?: { orgNo: string; partyUuid: string }[];
  /** Who to log in as: the vendor's developer and the customer's access manager (national identity numbers). */
  personas: { vendor: string; accessManager: string; clientAdministrator?: string };
}
