// POST /simulator/api/scenarios/{name}: states a test needs, built on top of the current data through the
// same domain functions the APIs and pages use (requests, approval, clients, change requests), so a
// scenario's state is exactly what the real flow leaves behind. Each answers the ids, externalRefs,
// confirmUrls and the personas (national identity numbers of the cast) to log in as.
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { db } from "../db";
import { ORGS, PERSONS, SEED_RESOURCE_ID, SEED_SYSTEM_ID } from "../../prisma/cast";
import { createRequest } from "../requests/create";
import { approveRequest, rejectRequest } from "../approval/decide";
import { addClients } from "../clients/service";
import { deleteSystemUser } from "../system-users/delete";
import { createChangeRequest } from "../changerequests/create";
import { createSystem } from "../registry/systems";
import { partyUuidOf } from "../parties/party-ids";
import { Problem } from "../problems/problem";
import type { VendorActor } from "../registry/problems";
import type { SystemRight } from "../registry/schema";
import { SCENARIO_NAMES, type ScenarioName, type ScenarioParams, type ScenarioResult } from "./scenario-contract";

const VENDOR: VendorActor = { vendorOrgNo: ORGS.smartcloud.orgNo, audit: "system" };
const VENDOR_PERSONA = PERSONS.find((p) => p.roles.some((r) => r.org === "smartcloud"))!.pid;
const READ_RIGHT: SystemRight = { action: "read", resource: [{ id: "urn:altinn:resource", value: SEED_RESOURCE_ID }] };
const PKG = "urn:altinn:accesspackage:";
/** The agent scenario's system: SmartCloud's client product, registered on first use (client packages need isVisible false). */
export const AGENT_SYSTEM_ID = `${ORGS.smartcloud.orgNo}_smartcloud_klient`;
const AGENT_PACKAGE = `${PKG}regnskapsforer-med-signeringsrettighet`;

export const scenarioParams = z.strictObject({
  org: z.string().regex(/^\d{9}$/, "org must be a 9-digit organisation number").optional(),
  externalRef: z.string().trim().min(1).max(255).optional(),
  clients: z.array(z.string().regex(/^\d{9}$/)).max(20).optional(),
}) satisfies z.ZodType<ScenarioParams>;
export type { ScenarioName, ScenarioParams, ScenarioResult };

/** The cast's access manager of an organisation (the tilgangsstyrer package). */
function accessManagerOf(orgNo: string): string {
  const key = Object.entries(ORGS).find(([, o]) => o.orgNo === orgNo)?.[0];
  const person = PERSONS.find((p) => p.roles.some((r) => r.org === key && r.packages.includes(`${PKG}tilgangsstyrer`)));
  if (!person) throw new Problem(400, "SIM-00002", `No person of the cast is an access manager of ${orgNo}: choose another org.`);
  return person.pid;
}

async function pendingRequest(p: ScenarioParams, kind: "standard" | "agent" = "standard") {
  const partyOrgNo = p.org ?? (kind === "agent" ? ORGS.tiger.orgNo : ORGS.ape.orgNo);
  const accessManager = accessManagerOf(partyOrgNo);
  const externalRef = p.externalRef ?? `scenario-${randomUUID().slice(0, 8)}`;
  const { request, created } =
    kind === "standard"
      ? await createRequest(VENDOR, { kind, systemId: SEED_SYSTEM_ID, partyOrgNo, externalRef, rights: [READ_RIGHT] })
      : await createRequest(VENDOR, { kind, systemId: await agentSystem(), partyOrgNo, externalRef, accessPackages: [{ urn: AGENT_PACKAGE }] });
  // Altinn answers the triple's existing request (200) instead of a new one: a scenario would then promise
  // a state it did not build (that request may be decided already).
  if (!created) throw new Problem(409, "SIM-00008", `The externalRef '${externalRef}' of ${partyOrgNo} is taken by request ${request.id} (${request.status}): choose another or reset.`);
  return {
    request,
    result: {
      systemId: request.systemId,
      partyOrgNo,
      externalRef,
      requestId: request.id,
      confirmUrl: request.confirmUrl,
      status: request.status,
      personas: { vendor: VENDOR_PERSONA, accessManager },
    },
  };
}

async function agentSystem(): Promise<string> {
  if (await db.registeredSystem.findUnique({ where: { id: AGENT_SYSTEM_ID }, select: { id: true } })) return AGENT_SYSTEM_ID;
  const text = { nb: "SmartCloud klient", nn: "SmartCloud klient", en: "SmartCloud client" };
  await createSystem(VENDOR, {
    id: AGENT_SYSTEM_ID,
    vendor: { authority: "iso6523-actorid-upis", ID: `0192:${ORGS.smartcloud.orgNo}` },
    name: text,
    description: text,
    rights: [],
    accessPackages: [{ urn: AGENT_PACKAGE }],
    clientId: [],
    allowedRedirectUrls: [],
    isVisible: false,
  });
  return AGENT_SYSTEM_ID;
}

async function approved(p: ScenarioParams) {
  const { result } = await pendingRequest(p);
  await approveRequest(result.personas.accessManager, result.requestId, "standard");
  return { ...result, status: "Accepted", systemUserId: result.requestId };
}

type Builder = (p: ScenarioParams) => Promise<Omit<ScenarioResult, "scenario">>;

export const SCENARIOS: Record<ScenarioName, { description: string; build: Builder }> = {
  "pending-standard-request": {
    description: "A standard request from SmartCloud for the seeded system (read on ske-krav-og-betalinger), status New, waiting at its confirmUrl. Params: org (default 310904473), externalRef.",
    build: async (p) => (await pendingRequest(p)).result,
  },
  "approved-standard-system-user": {
    description: "The pending standard request approved by the org's access manager: a system user (id = request id) that SmartCloud's demo client can get tokens for. Params: org, externalRef.",
    build: approved,
  },
  "rejected-request": {
    description: "The pending standard request rejected by the org's access manager (status Rejected). Params: org, externalRef.",
    build: async (p) => {
      const { result } = await pendingRequest(p);
      await rejectRequest(result.personas.accessManager, result.requestId, "standard");
      return { ...result, status: "Rejected" };
    },
  },
  "agent-system-user-with-clients": {
    description: `An agent request for SmartCloud's client system (${AGENT_SYSTEM_ID}, package regnskapsforer-med-signeringsrettighet) approved by the firm, then clients delegated by its client administrator. Params: org (the firm, default 314250052), externalRef, clients (default 310609544 and 313872076).`,
    build: async (p) => {
      const { result } = await pendingRequest(p, "agent");
      const admin = result.personas.accessManager;
      await approveRequest(admin, result.requestId, "agent");
      const clientOrgNos = p.clients ?? [ORGS.veik.orgNo, ORGS.sitrongul.orgNo];
      const outcomes = await addClients({ pid: admin, party: result.partyOrgNo }, result.requestId, clientOrgNos);
      const refused = outcomes.filter((o) => o.status === "refused");
      if (refused.length) throw new Problem(400, refused[0]!.code ?? "SIM-00003", `Client ${refused[0]!.clientOrganizationNumber}: ${refused[0]!.detail ?? "refused"}`);
      return {
        ...result,
        status: "Accepted",
        systemUserId: result.requestId,
        clients: clientOrgNos.map((orgNo) => ({ orgNo, partyUuid: partyUuidOf("organization", orgNo) })),
        personas: { ...result.personas, clientAdministrator: admin },
      };
    },
  },
  "system-user-deleted": {
    description: "An approved standard system user, then deleted by the org's access manager: its token requests get MP-303 and its request is gone. Params: org, externalRef.",
    build: async (p) => {
      const r = await approved(p);
      await deleteSystemUser({ pid: r.personas.accessManager, orgNo: r.partyOrgNo }, r.systemUserId);
      return { ...r, status: "Deleted", confirmUrl: undefined };
    },
  },
  "change-request-pending": {
    description: "An approved standard system user and a pending change request from SmartCloud that removes its read right, waiting at its confirmUrl. Params: org, externalRef.",
    build: async (p) => {
      const r = await approved(p);
      const { request } = await createChangeRequest(VENDOR, randomUUID(), r.systemUserId, { unwantedRights: [READ_RIGHT] });
      return { ...r, changeRequestId: request.id, confirmUrl: request.confirmUrl, status: request.status };
    },
  },
};

export function listScenarios(): { name: string; description: string }[] {
  return Object.entries(SCENARIOS).map(([name, s]) => ({ name, description: s.description }));
}

const isScenarioName = (name: string): name is ScenarioName => (SCENARIO_NAMES as readonly string[]).includes(name);

export async function buildScenario(name: string, params: ScenarioParams): Promise<ScenarioResult> {
  if (!isScenarioName(name)) throw new Problem(404, "SIM-00001", `No scenario '${name}'. GET /simulator/api/scenarios lists them.`);
  return { scenario: name, ...(await SCENARIOS[name].build(params)) };
}
