// The question Maskinporten asks Altinn before it issues a system-user token (reference §6):
// GET /authentication/api/v1/systemuser/byExternalId. One function, used by the token endpoint and by
// the mirrored Altinn route, so both always give the same answer.
import { db } from "../db";

export interface SystemUserQuery {
  clientId: string;
  /** The vendor: the client's organisation. */
  systemProviderOrgNo: string;
  /** systemuser_org of the grant: the owner (standard) or the facilitator (agent). */
  systemUserOwnerOrgNo: string;
  /** Defaults to the owner's organisation number, as requests and system users do. */
  externalRef?: string;
}

/** Reference §4's system user, as Altinn answers Maskinporten. */
export interface SystemUserInfo {
  id: string;
  integrationTitle: string;
  systemId: string;
  reporteeOrgNo: string;
  created: string;
  isDeleted: boolean;
  supplierName: string;
  supplierOrgno: string;
  externalRef: string;
  userType: string;
}

/**
 * A live system user owned by the org, of a live system that lists the client id and belongs to the
 * client's organisation, with that externalRef; null when there is none.
 */
export async function findSystemUserForClient(q: SystemUserQuery): Promise<SystemUserInfo | null> {
  const su = await db.systemUser.findFirst({
    where: {
      reporteeOrgNo: q.systemUserOwnerOrgNo,
      externalRef: q.externalRef ?? q.systemUserOwnerOrgNo,
      isDeleted: false,
      system: { isDeleted: false, vendorOrgNo: q.systemProviderOrgNo, clientIds: { some: { clientId: q.clientId } } },
    },
    include: { system: { include: { vendor: true } } },
  });
  if (!su) return null;
  return {
    id: su.id,
    integrationTitle: su.integrationTitle,
    systemId: su.systemId,
    reporteeOrgNo: su.reporteeOrgNo,
    created: su.created.toISOString(),
    isDeleted: su.isDeleted,
    supplierName: su.system.vendor.name,
    supplierOrgno: su.system.vendorOrgNo,
    externalRef: su.externalRef,
    userType: su.userType,
  };
}
