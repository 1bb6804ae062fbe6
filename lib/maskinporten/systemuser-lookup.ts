// The question Maskinporten asks Altinn before it issues a system-user token (reference §6):
// GET /authentication/api/v1/systemuser/byExternalId. One function, used by the token endpoint and by
// the mirrored Altinn route, so both always give the same answer.
import { dateColumn, hotRows } from "../db-hot";
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
