// The question Maskinporten asks Altinn before it issues a system-user token (reference §6):
// GET /authentication/api/v1/systemuser/byExternalId. One function, used by the token endpoint and by
// the mirrored Altinn route, so both always give the same answer.
import { randomUUID } from "node:crypto";
import { db } from "../db";
import { env } from "../env";
import { currentFlow } from "../exchanges/flow";
import { recordExchange } from "../exchanges/recorder";
import { dateColumn, hotRows } from "../db-hot";
import { text, type Text } from "../i18n/text";
import { translatorFor } from "../i18n/translator";
import { toSystemUserDto, type SystemUserDto } from "../system-users/dto";

export interface SystemUserQuery {
  clientId: string;
  /** The vendor: the client's organisation. */
  systemProviderOrgNo: string;
  /** systemuser_org of the grant: the owner (standard) or the facilitator (agent). */
  systemUserOwnerOrgNo: string;
  /** Defaults to the owner's organisation number, as requests and system users do. */
  externalRef?: string;
}

/**
 * SystemUserController.CheckIfPartyHasIntegration: `productName` is the system id there. A live system user owned by the org, of a live system that lists the client id and belongs to the
 * client's organisation, with that externalRef; null when there is none.
 *
 * One prepared statement on the token path (issue 9; lib/db-hot.ts): a client id belongs to one system (SystemClientId's key), and
 * a live system user is found by its unique liveKey (system|owner|externalRef, set while not deleted), so
 * the lookup costs the same with 100,000 system users of one owner as with one.
 */
export async function findSystemUserForClient(q: SystemUserQuery): Promise<SystemUserDto | null> {
  const externalRef = q.externalRef || q.systemUserOwnerOrgNo;
  const [row] = await hotRows<SystemUserRow>(
    "token-system-user",
    `SELECT su."id", su."integrationTitle", su."systemId", su."reporteeOrgNo", su."created", su."externalRef", su."userType",
            s."vendorOrgNo", o."name" AS "vendorName"
     FROM "SystemClientId" ci
     JOIN "RegisteredSystem" s ON s."id" = ci."systemId"
     JOIN "SystemUser" su ON su."liveKey" = s."id" || '|' || CAST($3 AS TEXT) || '|' || CAST($4 AS TEXT)
     JOIN "Organization" o ON o."orgNo" = s."vendorOrgNo"
     WHERE ci."clientId" = $1 AND s."isDeleted" = false AND s."vendorOrgNo" = $2
       AND su."isDeleted" = false AND su."reporteeOrgNo" = $3 AND su."externalRef" = $4`,
    [q.clientId, q.systemProviderOrgNo, q.systemUserOwnerOrgNo, externalRef],
  );
  if (!row) return null;
  const { vendorOrgNo, vendorName, created, ...su } = row;
  return toSystemUserDto({ ...su, created: dateColumn(created), isDeleted: false, system: { vendorOrgNo, vendor: { name: vendorName } } }, su.systemId);
}

interface SystemUserRow {
  id: string;
  integrationTitle: string;
  systemId: string;
  reporteeOrgNo: string;
  /** Text on SQLite, a Date on PostgreSQL. */
  created: string | Date;
  externalRef: string;
  userType: string;
  vendorOrgNo: string;
  vendorName: string;
}

export interface LookupCondition {
  condition: string;
  holds: boolean;
  /** The values compared, in plain words. */
  compared: string;
}

export interface LookupExplanation {
  /** MP-303 in plain words: the first condition that failed. */
  verdict: string;
  conditions: LookupCondition[];
  /** The same texts as catalogue keys (namespace Explain), for the reader's language. */
  i18n?: { verdict: Text; conditions: { condition: Text; compared: Text }[] };
}

const english = translatorFor("en", "Explain");

/** The explanation with its English rendering beside the keys. */
function explanation(verdict: Text, conditions: { condition: Text; holds: boolean; compared: Text }[]): LookupExplanation {
  return {
    verdict: english(verdict),
    conditions: conditions.map((c) => ({ condition: english(c.condition), holds: c.holds, compared: english(c.compared) })),
    i18n: { verdict, conditions: conditions.map(({ condition, compared }) => ({ condition, compared })) },
  };
}

/**
 * Why the lookup above found nothing (the sequence view's MP-303 explanation, never in the token
 * endpoint's answer): each of its conditions checked on its own, with the values compared. Runs only for
 * a miss, when the recorder writes the exchange.
 */
export async function explainLookupMiss(q: SystemUserQuery): Promise<LookupExplanation> {
  const externalRef = q.externalRef || q.systemUserOwnerOrgNo;
  const conditions: { condition: Text; holds: boolean; compared: Text }[] = [];
  const client = await db.systemClientId.findUnique({ where: { clientId: q.clientId }, select: { system: { select: { id: true, vendorOrgNo: true, isDeleted: true } } } });
  const system = client?.system;
  const onSystem = !!system && !system.isDeleted && system.vendorOrgNo === q.systemProviderOrgNo;
  conditions.push({
    condition: text("lookupClientOnSystem"),
    holds: onSystem,
    compared: !system
      ? text("lookupClientOnNoSystem", { client: q.clientId })
      : text("lookupClientIsOn", { client: q.clientId, system: system.id, vendor: system.vendorOrgNo, deleted: system.isDeleted ? text("deletedComma") : "", owner: q.systemProviderOrgNo }),
  });
  if (!onSystem) return explanation(text("lookupVerdictClient", { client: q.clientId, owner: q.systemProviderOrgNo }), conditions);

  const users = await db.systemUser.findMany({ where: { systemId: system.id, reporteeOrgNo: q.systemUserOwnerOrgNo }, select: { id: true, externalRef: true, isDeleted: true } });
  const live = users.filter((u) => !u.isDeleted);
  const sameRef = users.filter((u) => u.externalRef === externalRef);
  if (users.length === 0) {
    const asClient = await db.clientDelegation.findFirst({
      where: { clientOrgNo: q.systemUserOwnerOrgNo, systemUser: { systemId: system.id, isDeleted: false } },
      select: { systemUser: { select: { id: true, reporteeOrgNo: true } } },
    });
    const pending = await db.systemUserRequest.findFirst({
      where: { systemId: system.id, partyOrgNo: q.systemUserOwnerOrgNo, systemUserId: null },
      orderBy: { created: "desc" },
      select: { id: true, status: true, externalRef: true },
    });
    conditions.push({
      condition: text("lookupOwnerOwns", { system: system.id }),
      holds: false,
      compared: text("lookupOwnsNone", {
        org: q.systemUserOwnerOrgNo,
        system: system.id,
        asClient: asClient ? text("lookupAsClient", { agent: asClient.systemUser.id, facilitator: asClient.systemUser.reporteeOrgNo }) : "",
        pending: pending ? text("lookupPending", { request: pending.id, ref: pending.externalRef, status: pending.status }) : "",
      }),
    });
    const verdict = asClient
      ? text("lookupVerdictClientNamed", { org: q.systemUserOwnerOrgNo, facilitator: asClient.systemUser.reporteeOrgNo })
      : pending
        ? text("lookupVerdictPending", { org: q.systemUserOwnerOrgNo, request: pending.id, status: pending.status })
        : text("lookupVerdictNone", { org: q.systemUserOwnerOrgNo, system: system.id });
    return explanation(verdict, conditions);
  }
  conditions.push({
    condition: text("lookupRef"),
    holds: sameRef.length > 0,
    compared: text("lookupRefCompared", {
      ref: externalRef,
      defaulted: q.externalRef ? "" : text("lookupRefDefault"),
      refs: users.map((u) => text(u.isDeleted ? "quotedDeleted" : "quoted", { value: u.externalRef })),
    }),
  });
  if (sameRef.length === 0) {
    const refs = live.length ? live.map((u) => text("quoted", { value: u.externalRef })) : text("noneLive");
    return explanation(text("lookupVerdictRef", { ref: externalRef, refs }), conditions);
  }
  conditions.push({ condition: text("lookupNotDeleted"), holds: false, compared: text("lookupWasDeleted", { id: sameRef[0]!.id }) });
  return explanation(text("lookupVerdictDeleted", { id: sameRef[0]!.id, ref: externalRef }), conditions);
}

/**
 * The token endpoint's lookup. In one process it is a function call; the sequence view records it as the
 * exchange the real Maskinporten makes (GET byExternalId with these values, the DTO or a bare 404), with
 * the explanation of a miss.
 */
export async function lookupSystemUserForToken(q: SystemUserQuery): Promise<SystemUserDto | null> {
  const at = new Date();
  const su = await findSystemUserForClient(q);
  const params = new URLSearchParams({ clientId: q.clientId, systemProviderOrgNo: q.systemProviderOrgNo, systemUserOwnerOrgNo: q.systemUserOwnerOrgNo });
  if (q.externalRef) params.set("externalRef", q.externalRef);
  recordExchange({
    at,
    flowId: currentFlow()?.flowId ?? randomUUID(),
    from: "maskinporten",
    to: "authentication",
    method: "GET",
    url: `${env.baseUrl}/authentication/api/v1/systemuser/byExternalId?${params}`,
    status: su ? 200 : 404,
    durationMs: Date.now() - at.getTime(),
    requestHeaders: [["accept", "application/json"]],
    requestBody: null,
    responseHeaders: su ? [["content-type", "application/json; charset=utf-8"]] : [],
    responseBody: su ? JSON.stringify(su) : null,
    notes: su ? { systemUserId: su.id } : { lookup: () => explainLookupMiss(q), orgNos: [q.systemUserOwnerOrgNo, q.systemProviderOrgNo] },
  });
  return su;
}
